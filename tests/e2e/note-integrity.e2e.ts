// Autosave that never loses typing, no silent overwrite between two windows, and clean pastes, in browser mode.
// The journal is made to refuse writes from outside the app: a second connection to its file holds the write lock
// (BEGIN IMMEDIATE), as another program would, and lets go (COMMIT) when the test says so.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type WatchedPage } from './support/browser.ts';
import { lookInEveryTheme } from './support/looks.ts';
import { startWebApp, type WebApp } from './support/web-app.ts';

const COMPANY = 'Initech';
const ANA = 'Ana Ruiz';

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

async function seed(app: WebApp): Promise<void> {
  const application = await app.call<{ id: number }>('applications.create', { company: COMPANY, role: 'Data Engineer' });
  if (!application.ok) throw new Error(application.error.message);
  const interview = await app.call('interviews.create', {
    applicationId: application.value.id,
    round: 'technical',
    format: 'video',
    startsAt: hoursFromNow(-3),
    endsAt: hoursFromNow(-2),
    timeZone: 'Europe/London',
    topics: ['billing database migration'],
    newInterviewers: [{ name: ANA }],
  });
  if (!interview.ok) throw new Error(interview.error.message);
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('a note that must not lose a word', () => {
  let app: WebApp;
  let browser: Browser;
  let first: WatchedPage;
  let page: Page;
  let noteId = 0;

  const textOf = (on: Page): Locator => on.getByRole('textbox', { name: 'Text', exact: true });
  const status = (on: Page) => on.getByTestId('save-state');
  const stored = async () => {
    const result = await app.call<{ followUp: { body: string; revision: number; status: string } }>('followups.get', { id: noteId });
    if (!result.ok) throw new Error(result.error.message);
    return result.value.followUp;
  };

  const lookAt = (on: Page, name: string) => lookInEveryTheme(on, name, { fullPage: true });

  async function openNote(on: Page): Promise<void> {
    await on.goto(app.appUrl);
    if (noteId === 0) {
      await on.getByRole('button', { name: `Write note: Thank-you note to ${ANA}, ${COMPANY}` }).click();
      await expect.poll(() => on.url()).toMatch(/#\/followup\/\d+$/);
      noteId = Number(/(\d+)$/.exec(on.url())?.[1]);
    } else {
      await on.evaluate(`location.hash = '#/followup/${noteId}'`);
    }
    await expect.poll(() => textOf(on).isVisible(), { timeout: 15_000 }).toBe(true);
  }

  beforeAll(async () => {
    app = await startWebApp();
    await seed(app);
    browser = await launchBrowser();
    first = await openPage(browser);
    page = first.page;
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('keeps the text and says why while the journal refuses writes, warns on closing, then saves once it is free', async () => {
    await openNote(page);
    const other = new Database(join(app.dataDir, 'journal.sqlite3'));
    try {
      other.exec('BEGIN IMMEDIATE');
      const typed = 'Dear Ana, thank you for Tuesday.';
      await textOf(page).click();
      await page.keyboard.type(typed, { delay: 20 });
      await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toMatch(/^\s*Not saved: \S/);
      // Named for what it is (the journal is busy), not "Something went wrong".
      expect(await status(page).textContent()).not.toMatch(/Something went wrong|SQLITE|database is locked/);
      expect(await status(page).getAttribute('role')).toBe('status');
      expect(await status(page).getAttribute('aria-live')).toBe('polite');
      expect(normalise(await textOf(page).innerText())).toBe(typed);
      // Nothing reached the journal: the other connection, inside its transaction, still reads it empty.
      expect((other.prepare('SELECT body FROM followups WHERE id = ?').get(noteId) as { body: string }).body).toBe('');

      // Typing goes on while saves fail: all of it is kept.
      await page.keyboard.type(' It was a pleasure.', { delay: 20 });
      const all = `${typed} It was a pleasure.`;
      await expect.poll(async () => normalise(await textOf(page).innerText())).toBe(all);

      // Closing the tab now asks first; staying keeps the page and the text.
      const dialogs: string[] = [];
      page.once('dialog', (dialog) => {
        dialogs.push(dialog.type());
        void dialog.dismiss();
      });
      await page.close({ runBeforeUnload: true });
      await expect.poll(() => dialogs).toEqual(['beforeunload']);
      expect(page.isClosed()).toBe(false);
      expect(normalise(await textOf(page).innerText())).toBe(all);

      // Marking it as sent now would reopen it read-only without the text: refused, and said why.
      await page.getByRole('button', { name: 'Mark as sent' }).click();
      const refusedStatus = page.getByRole('alert').filter({ hasText: 'latest text is not saved yet, so its status was not changed' });
      await expect.poll(() => refusedStatus.isVisible(), { timeout: 30_000 }).toBe(true);
      expect(normalise(await textOf(page).innerText())).toBe(all);

      await status(page).scrollIntoViewIfNeeded();
      await lookAt(page, 'not-saved');
      // Still refused after all that (between attempts): the state did not give up or pretend.
      await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toMatch(/^\s*Not saved: /);
      expect((await stored()).body).toBe('');

      other.exec('COMMIT');
      // The next retry (at most 30 s away), or the window getting the focus back, saves it.
      await page.evaluate(`window.dispatchEvent(new Event('focus'))`);
      await expect.poll(() => status(page).textContent(), { timeout: 60_000 }).toMatch(/^\s*Saved\s*$/);
      expect(await stored()).toMatchObject({ body: all, status: 'draft' });
    } finally {
      if (other.inTransaction) other.exec('ROLLBACK');
      other.close();
    }
  }, 180_000);

  it('shows both texts when another tab saved the note first, changes nothing, and saves the hand-merged text', async () => {
    const second = await openPage(browser);
    try {
      await openNote(second.page);
      const before = await stored();
      // The first tab saves on top of what the second one loaded.
      await textOf(page).click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' From the first tab.', { delay: 10 });
      await expect.poll(async () => (await stored()).body, { timeout: 15_000 }).toBe(`${before.body} From the first tab.`);
      const firstTab = await stored();

      await textOf(second.page).click();
      await second.page.keyboard.press('Control+End');
      await second.page.keyboard.type(' From the second tab.', { delay: 10 });
      const heading = second.page.getByRole('heading', { name: 'This note was changed in another window' });
      await expect.poll(() => heading.isVisible(), { timeout: 15_000 }).toBe(true);
      expect(await status(second.page).textContent()).toMatch(/^\s*Not saved: This note was changed in another window\.\s*$/);
      expect(await second.page.getByTestId('conflict-mine').inputValue()).toBe(`${before.body} From the second tab.`);
      expect(await second.page.getByTestId('conflict-theirs').inputValue()).toBe(firstTab.body);
      // The stale save changed nothing.
      expect(await stored()).toEqual(firstTab);
      // While the choice is open the text cannot change under it.
      expect(await textOf(second.page).getAttribute('aria-readonly')).toBe('true');

      await lookAt(second.page, 'conflict');

      // By keyboard alone: from the heading (which took the focus) to "Merge by hand", then the merged text.
      expect(await second.page.evaluate('document.activeElement?.id')).toBe('conflict-heading');
      const merge = second.page.getByRole('button', { name: 'Merge by hand' });
      for (let step = 0; step < 12 && !(await merge.evaluate((node) => node === node.ownerDocument.activeElement)); step++) await second.page.keyboard.press('Tab');
      await second.page.keyboard.press('Enter');
      const merged = second.page.getByRole('textbox', { name: 'Merged text' });
      await expect.poll(() => merged.isVisible()).toBe(true);
      // The text to merge took the focus from the button that went away.
      await expect.poll(() => merged.evaluate((node) => node === node.ownerDocument.activeElement)).toBe(true);
      await lookAt(second.page, 'conflict-merge');
      await merged.focus();
      await second.page.keyboard.press('Control+End');
      await second.page.keyboard.type(' And from the first.');
      await second.page.getByRole('button', { name: 'Save merged text' }).focus();
      await second.page.keyboard.press('Enter');

      const expected = `${before.body} From the second tab. And from the first.`;
      await expect.poll(async () => (await stored()).body, { timeout: 15_000 }).toBe(expected);
      await expect.poll(() => status(second.page).textContent()).toMatch(/^\s*Saved\s*$/);
      expect(await heading.count()).toBe(0);
      expect(normalise(await textOf(second.page).innerText())).toBe(normalise(expected));
      expect(second.errors).toEqual([]);
    } finally {
      await second.context.close();
    }
  }, 180_000);

  it('takes control characters out of a paste, says so politely, and none reach the journal', async () => {
    // The first tab's copy is stale now: reload it on the saved note.
    await page.reload();
    await expect.poll(() => textOf(page).isVisible(), { timeout: 15_000 }).toBe(true);
    await textOf(page).click();
    await page.keyboard.press('Control+End');
    // A real paste event, carrying what a PDF or a terminal might put on the clipboard.
    await page.evaluate(`(() => {
      const data = new DataTransfer();
      data.setData('text/plain', ' Kind\\u0000 regards,\\u0007\\u001b\\nJo');
      document.querySelector('.body-editor .cm-content').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    })()`);
    const notice = page.getByTestId('paste-notice');
    await expect.poll(() => notice.textContent()).toBe('Removed 3 invisible control characters from the pasted text.');
    expect(await notice.getAttribute('role')).toBe('status');
    await expect.poll(async () => (await stored()).body, { timeout: 15_000 }).toMatch(/Kind regards,\nJo$/);
    expect((await stored()).body).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
    await lookAt(page, 'paste-notice');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    expect(await notice.textContent()).toBe('');
    expect(first.errors).toEqual([]);
  }, 120_000);
  it('offers back text that could not be saved before the user went to another screen', async () => {
    const before = await stored();
    const other = new Database(join(app.dataDir, 'journal.sqlite3'));
    try {
      other.exec('BEGIN IMMEDIATE');
      await textOf(page).click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' P.S. One more thing.', { delay: 10 });
      await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toMatch(/^\s*Not saved: /);
      // Away to another screen of the app, and back, while the journal still refuses.
      await page.getByRole('link', { name: 'Due', exact: true }).click();
      await expect.poll(() => page.getByRole('heading', { name: 'Due', level: 1 }).isVisible()).toBe(true);
      await page.evaluate(`location.hash = '#/followup/${noteId}'`);
      const heading = page.getByRole('heading', { name: 'Your latest text was not saved last time' });
      await expect.poll(() => heading.isVisible(), { timeout: 30_000 }).toBe(true);
      expect(await page.getByTestId('conflict-mine').inputValue()).toBe(`${before.body} P.S. One more thing.`);
      expect(await page.getByTestId('conflict-theirs').inputValue()).toBe(before.body);
      // Until the user chooses, the editor below cannot change under the two versions.
      expect(await textOf(page).getAttribute('aria-readonly')).toBe('true');
      await lookAt(page, 'recovered');

      other.exec('COMMIT');
      await page.getByRole('button', { name: 'Keep mine' }).click();
      await expect.poll(async () => (await stored()).body, { timeout: 30_000 }).toBe(`${before.body} P.S. One more thing.`);
      await expect.poll(() => status(page).textContent()).toMatch(/^\s*Saved\s*$/);
      // Settled: opening the note again offers nothing.
      await page.reload();
      await expect.poll(() => textOf(page).isVisible(), { timeout: 15_000 }).toBe(true);
      expect(await heading.count()).toBe(0);
    } finally {
      if (other.inTransaction) other.exec('ROLLBACK');
      other.close();
    }
  }, 180_000);
});
