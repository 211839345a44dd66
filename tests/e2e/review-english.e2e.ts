// The journal's English, Your name and the reading grade, from Settings to the editor: British spellings and the
// sender's name pass, the dictionary for the chosen English loads in the review worker, and Settings refuses a
// grade out of range with the field named.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type WatchedPage } from './support/browser.ts';
import { accessibilityViolations, expectHeading, fieldMessage } from './support/journal-ui.ts';
import { foreignRequests } from './support/browser.ts';
import { startWebApp, type WebApp } from './support/web-app.ts';

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

describe('English, name and reading grade', () => {
  let app: WebApp;
  let browser: Browser;
  let watched: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    app = await startWebApp();
    const application = await app.call<{ id: number }>('applications.create', { company: 'Brightline Health', role: 'Platform Engineer' });
    if (!application.ok) throw new Error(application.error.message);
    const interview = await app.call('interviews.create', {
      applicationId: application.value.id,
      round: 'panel',
      format: 'video',
      startsAt: hoursFromNow(-3),
      endsAt: hoursFromNow(-2),
      timeZone: 'Europe/London',
      topics: ['incident review programme'],
      newInterviewers: [{ name: 'Jake Turner' }, { name: 'Jill Okafor' }],
    });
    if (!interview.ok) throw new Error(interview.error.message);
    browser = await launchBrowser();
    watched = await openPage(browser);
    page = watched.page;
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('saves British English, a reading grade and Your name from Settings, and refuses a grade out of range', async () => {
    await page.goto(app.appUrl);
    await page.getByRole('link', { name: 'Settings' }).click();
    await expectHeading(page, 'Settings');
    const english = page.getByLabel('English', { exact: true });
    expect(await english.locator('option').allTextContents()).toEqual([
      expect.stringMatching(/^Match the system \((US|British|Canadian|Australian) English\)$/),
      'US English',
      'British English',
      'Canadian English',
      'Australian English',
    ]);
    await page.getByLabel('Your name').fill('Siobhan Ní Bhriain');
    const grade = page.getByLabel('Reading grade to aim for');
    await grade.fill('40');
    await page.getByRole('button', { name: 'Save settings' }).click();
    expect(await fieldMessage(page, grade)).toMatch(/^Reading grade must be between 3 and 17\./);

    await grade.fill('9');
    await english.selectOption('en-GB');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved.' }).count()).toBe(1);
    const saved = await app.call<{ dialect: string; readingGrade: number; userName: string }>('settings.get');
    expect(saved.ok && { dialect: saved.value.dialect, readingGrade: saved.value.readingGrade, userName: saved.value.userName }).toEqual({
      dialect: 'en-GB',
      readingGrade: 9,
      userName: 'Siobhan Ní Bhriain',
    });
  });

  it('reviews the note in British English with the sender’s name and a panel greeting unflagged', async () => {
    await page.goto(app.appUrl);
    await page.getByRole('button', { name: 'Write note: Thank-you note to Jake Turner, Brightline Health' }).click();
    const text = page.getByRole('textbox', { name: 'Text', exact: true });
    await expect.poll(() => text.isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Loading dictionary…').count(), { timeout: 15_000 }).toBe(0);
    const stats = page.getByLabel('Note statistics');
    await expect.poll(() => stats.textContent()).toContain('EnglishBritish English');
    expect(await stats.textContent()).toContain('aim: 9 or below');

    await text.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type(
      'Hi Jake and Jill,\n\nThank you for the talk about the Platform Engineer role at Brightline. I would love to help customise the incident review programme and prioritise the backlog; its a colourful challenge.\n\nBest wishes,\nSiobhan Ní Bhriain',
    );
    // The only flags: the its/it's slip (grammar). No British spelling, no name, no panel greeting, no company.
    await expect.poll(() => page.locator('.cm-content .cm-flag-grammar').allTextContents(), { timeout: 15_000 }).toEqual(['its']);
    expect(await page.locator('.cm-content .cm-flag-spelling').count()).toBe(0);
    expect(await page.locator('.cm-content .cm-flag-reference').count()).toBe(0);
    const folder = process.env.AFTERWORD_SCREENSHOTS ?? join(app.dataDir, 'screenshots');
    mkdirSync(folder, { recursive: true });
    await page.screenshot({ path: join(folder, 'editor-british-light-1280.png') });
    expect(foreignRequests(watched.requests, app.origin)).toEqual([]);
    expect(watched.errors).toEqual([]);
  });

  it('opens only the British dictionary when a British journal starts, and flags “color” but never “colour”', async () => {
    // A fresh page starts a fresh review worker: which dictionaries does it read? (Jill's note: Jake's has a draft.)
    const fresh = await openPage(browser);
    const flagged = new Set<string>();
    try {
      await fresh.page.goto(app.appUrl);
      await fresh.page.getByRole('button', { name: 'Write note: Thank-you note to Jill Okafor, Brightline Health' }).click();
      const text = fresh.page.getByRole('textbox', { name: 'Text', exact: true });
      await expect.poll(() => text.isVisible()).toBe(true);
      await text.click();
      await fresh.page.keyboard.press('Control+a');
      await fresh.page.keyboard.type('The colour of the logo and the color of the site.');
      await expect
        .poll(
          async () => {
            for (const word of await fresh.page.locator('.cm-content .cm-flag-spelling').allTextContents()) flagged.add(word);
            return [...flagged];
          },
          { timeout: 15_000 },
        )
        .toEqual(['color']);
      const dictionaries = fresh.requests.filter((url) => url.endsWith('.dictionary')).map((url) => url.replace(/^.*\/assets\/dictionary-(en(?:-[a-z]{2})?)-index-.*$/, '$1'));
      expect(dictionaries).toEqual(['en-gb']);
      expect(fresh.errors).toEqual([]);
    } finally {
      await fresh.context.close();
    }
  });

  it('looks settled in light and dark, at 800 and 1280 px, and passes an accessibility check', async () => {
    const folder = process.env.AFTERWORD_SCREENSHOTS ?? join(app.dataDir, 'screenshots');
    mkdirSync(folder, { recursive: true });
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [800, 1280]) {
        const shot = await openPage(browser, { colorScheme: scheme });
        await shot.page.setViewportSize({ width, height: 900 });
        await shot.page.goto(app.appUrl);
        await shot.page.getByRole('link', { name: 'Settings' }).click();
        await expectHeading(shot.page, 'Settings');
        await shot.page.getByLabel('English', { exact: true }).focus();
        await shot.page.screenshot({ path: join(folder, `settings-${scheme}-${width}.png`), fullPage: true });
        expect(await accessibilityViolations(shot.page)).toEqual([]);
        await shot.page.getByRole('link', { name: 'About' }).click();
        await expectHeading(shot.page, 'About Afterword');
        await shot.page.getByRole('heading', { name: 'Credits' }).waitFor();
        await shot.page.screenshot({ path: join(folder, `about-${scheme}-${width}.png`), fullPage: true });
        expect(await accessibilityViolations(shot.page)).toEqual([]);
        await shot.context.close();
      }
    }
  });
});
