// Sending a note your way in browser mode: write a thank-you note in five scripts, download it as an .eml draft and
// read the file back with a real mail parser, copy it to the clipboard, mark it as sent (it leaves Due) and undo
// (it comes back), then export every thank-you note of the interview as one download per interviewer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asLines, inspectBytes, parseWithPostalMime } from '../unit/export/mail-check.ts';
import { launchBrowser, openPage, type WatchedPage } from './support/browser.ts';
import { accessibilityViolations, expectHeading } from './support/journal-ui.ts';
import { callOk, startWebApp, type WebApp } from './support/web-app.ts';

const COMPANY = 'Zürich Rück';
const ZOE = { name: 'Zoë Ångström-Müller', email: 'zoe@zurich-rueck.example' };
const OLEG = { name: 'Олег Петров', email: 'oleg@zurich-rueck.example' };
/** How a mail parser reads the To header back. */
const mailbox = (person: { name: string; email: string }) => ({ name: person.name, address: person.email });
const SIGNATURE = 'Sam Rivera\n+41 79 555 01 01';
const SUBJECT = 'Merci, Zoë — спасибо 🙏';
const BODY_LINES = [
  'Dear Zoë,',
  '',
  'Thank you for the conversation about the café’s résumé pipeline.',
  'Спасибо за разговор о потоковой обработке данных.',
  '設計レビューの話がとても印象に残りました。',
  'Looking forward to the next step 🚀',
];
const BODY = BODY_LINES.join('\n');
const SIGNED_BODY = `${BODY}\n\n-- \n${SIGNATURE}\n`;

const ok = callOk;

interface DueItem {
  key: string;
  recipientName: string | null;
  kind: string;
}

async function seed(app: WebApp): Promise<number> {
  await ok(app, 'settings.update', { userName: 'Sam Rivera', userEmail: 'sam@example.org', signature: SIGNATURE });
  // Words this writer uses that the dictionary lacks: without them the send gate would (rightly) ask first.
  for (const word of ['café', 'résumé']) await ok(app, 'settings.addPersonalWord', { word });
  const application = await ok<{ id: number }>(app, 'applications.create', { company: COMPANY, role: 'Data engineer' });
  const ended = Date.now() - 2 * 3_600_000;
  await ok(app, 'interviews.create', {
    applicationId: application.id,
    round: 'panel',
    startsAt: new Date(ended - 3_600_000).toISOString(),
    endsAt: new Date(ended).toISOString(),
    timeZone: 'Europe/Zurich',
    topics: ['streaming pipelines'],
    newInterviewers: [ZOE, OLEG],
  });
  return application.id;
}

/** A time a few minutes back, as a `datetime-local` field takes it (the browser's clock). */
function localInputMinutesAgo(minutes: number): string {
  const when = new Date(Date.now() - minutes * 60_000);
  return new Date(when.getTime() - when.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

const thankYouKeys = async (app: WebApp) =>
  (await ok<{ items: DueItem[] }>(app, 'due.list')).items.filter((item) => item.kind === 'thank-you').map((item) => item.recipientName);

describe('sending a note in browser mode', () => {
  let app: WebApp;
  let applicationId: number;
  let browser: Browser;
  let watched: WatchedPage;
  let page: Page;
  let noteUrl = '';

  const status = () => page.getByRole('region', { name: 'Send' }).getByRole('status');

  beforeAll(async () => {
    app = await startWebApp();
    applicationId = await seed(app);
    browser = await launchBrowser();
    watched = await openPage(browser);
    page = watched.page;
    // What a person allows when the browser asks; without it a headless page may neither write nor read the clipboard.
    await watched.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  });
  afterAll(async () => {
    await watched?.context.close();
    await browser?.close();
    await app?.stop();
  });

  it('opens the thank-you note to an interviewer with an accented name and writes it in five scripts', async () => {
    await page.goto(app.appUrl);
    await page.getByRole('button', { name: `Write note: Thank-you note to ${ZOE.name}, ${COMPANY}` }).click();
    await expectHeading(page, `Thank-you note to ${ZOE.name}`);
    noteUrl = page.url();

    await page.getByRole('textbox', { name: 'Subject', exact: true }).click();
    await page.keyboard.insertText(SUBJECT);
    await page.getByRole('textbox', { name: 'Text', exact: true }).click();
    for (const [index, line] of BODY_LINES.entries()) {
      if (index > 0) await page.keyboard.press('Enter');
      if (line) await page.keyboard.insertText(line);
    }
    expect(await page.getByRole('region', { name: 'Send' }).getByRole('button', { name: 'Download .eml draft' }).isVisible()).toBe(true);
  });

  it('downloads an .eml draft that a mail parser reads back with the recipient, subject and signed body', async () => {
    // No wait for autosave: the card saves the editor itself before it exports.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .eml draft' }).click()]);
    const bytes = readFileSync(await (download as Download).path());
    const today = new Date().toLocaleDateString('sv-SE');
    expect(download.suggestedFilename()).toBe(`${COMPANY} - Data engineer - Thank you - ${ZOE.name} - ${today}.eml`);

    const parsed = await parseWithPostalMime(bytes);
    expect(parsed.to).toEqual([mailbox(ZOE)]);
    expect(parsed.from).toEqual([{ name: 'Sam Rivera', address: 'sam@example.org' }]);
    expect(parsed.subject).toBe(SUBJECT);
    expect(asLines(parsed.body)).toBe(SIGNED_BODY);
    expect(parsed.xUnsent).toBe('1');

    const report = inspectBytes(bytes);
    expect(report).toMatchObject({ bareLineFeeds: 0, bareCarriageReturns: 0, nonAsciiHeaderBytes: 0, nonAsciiBytes: 0 });
    expect(report.longestLine).toBeLessThanOrEqual(998);
    expect(report.headerBlock.split('\r\n')).toContain('X-Unsent: 1');

    await expect.poll(() => status().textContent()).toBe(`Downloaded ${download.suggestedFilename()}. Open it to send it from your mail app.`);
  });

  it('copies the subject and the signed body to the clipboard, and says so', async () => {
    await page.getByRole('button', { name: 'Copy both' }).click();
    await expect.poll(() => status().textContent()).toBe('Copied the body and subject.');
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(`Subject: ${SUBJECT}\n\n${SIGNED_BODY}`);
    await page.getByRole('button', { name: 'Copy subject' }).click();
    await expect.poll(() => page.evaluate<string>('navigator.clipboard.readText()')).toBe(SUBJECT);
  });

  it('has no accessibility violations on the follow-up screen with the Send card', async () => {
    expect(await accessibilityViolations(page)).toEqual([]);
    const folder = process.env.AFTERWORD_SCREENSHOTS ?? join(app.dataDir, 'screenshots');
    // The screen scrolls inside the app's frame, not the window: a taller window shows the whole side column.
    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.evaluate('for (const element of document.querySelectorAll("*")) element.scrollTop = 0');
    await page.screenshot({ path: join(folder, 'send-light.png') });
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it('offers to mark the note as sent at an editable time; it leaves Due, and Undo brings it back', async () => {
    const send = page.getByRole('region', { name: 'Send' });
    await expect.poll(() => send.getByText('Sent it? Mark it as sent, so it leaves the Due list.').isVisible()).toBe(true);
    const local = localInputMinutesAgo(15);
    await send.getByLabel('Sent at').fill(local);
    await send.getByRole('button', { name: 'Mark as sent' }).click();

    const noteId = Number(noteUrl.split('/').pop());
    const saved = () => ok<{ followUp: { status: string; sentAt: string | null } }>(app, 'followups.get', { id: noteId }).then((detail) => detail.followUp);
    await expect.poll(() => send.getByRole('button', { name: 'Undo mark as sent' }).isVisible()).toBe(true);
    // The keyboard stays where it was: on the undo that replaced the button just pressed.
    await expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.textContent')).toBe('Undo mark as sent');
    expect(await saved()).toEqual(expect.objectContaining({ status: 'sent', sentAt: new Date(`${local}:00`).toISOString() }));

    // Undo right where it was marked, then mark again.
    await send.getByRole('button', { name: 'Undo mark as sent' }).click();
    await expect.poll(() => saved().then((note) => note.status)).toBe('draft');
    await send.getByRole('button', { name: 'Mark as sent' }).click();
    await expect.poll(() => saved().then((note) => note.status)).toBe('sent');

    const zoeRow = page.getByRole('button', { name: new RegExp(`: Thank-you note to ${ZOE.name}, `) });
    const olegRow = page.getByRole('button', { name: `Write note: Thank-you note to ${OLEG.name}, ${COMPANY}` });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Due' }).click();
    await expectHeading(page, 'Due');
    await expect.poll(() => olegRow.isVisible()).toBe(true);
    expect(await zoeRow.count()).toBe(0);
    expect(await thankYouKeys(app)).toEqual([OLEG.name]);

    // Later, from the note itself: its status card undoes it too.
    await page.goBack();
    await page.getByRole('button', { name: 'Undo: back to draft' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Mark as sent' }).isVisible()).toBe(true);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Due' }).click();
    await expectHeading(page, 'Due');
    await expect.poll(() => zoeRow.isVisible()).toBe(true);
    expect((await thankYouKeys(app)).sort()).toEqual([OLEG.name, ZOE.name].sort());
  });

  it('exports every thank-you note of the interview as one draft per interviewer', async () => {
    const oleg = (await ok<{ items: DueItem[] }>(app, 'due.list')).items.find((item) => item.recipientName === OLEG.name);
    const note = await ok<{ id: number }>(app, 'followups.openDue', { key: oleg!.key });
    await ok(app, 'followups.saveDraft', { id: note.id, subject: 'Спасибо за интервью', body: 'Олег, спасибо за разговор.' });

    await page.goto(`${app.origin}/#/applications/${applicationId}`);
    await expectHeading(page, COMPANY);
    const downloads: Download[] = [];
    page.on('download', (download) => downloads.push(download));
    await page.getByRole('button', { name: 'Export all thank-you notes of the panel interview' }).click();
    await expect.poll(() => downloads.length).toBe(2);

    const drafts = await Promise.all(downloads.map(async (download) => parseWithPostalMime(readFileSync(await download.path()))));
    const byRecipient = new Map(drafts.map((draft) => [draft.to?.[0]?.name, draft]));
    expect(byRecipient.get(ZOE.name)).toMatchObject({ to: [mailbox(ZOE)], subject: SUBJECT });
    expect(asLines(byRecipient.get(ZOE.name)?.body ?? '')).toBe(SIGNED_BODY);
    expect(byRecipient.get(OLEG.name)).toMatchObject({ to: [mailbox(OLEG)], subject: 'Спасибо за интервью' });
    expect(asLines(byRecipient.get(OLEG.name)?.body ?? '')).toBe(`Олег, спасибо за разговор.\n\n-- \n${SIGNATURE}\n`);
    expect(new Set(downloads.map((download) => download.suggestedFilename())).size).toBe(2);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Downloaded 2 drafts' }).isVisible()).toBe(true);
    await page.screenshot({ path: join(process.env.AFTERWORD_SCREENSHOTS ?? join(app.dataDir, 'screenshots'), 'send-interview-light.png') });
    expect(watched.errors).toEqual([]);
  });

  it('marks all the exported notes as sent at an editable time; they leave Due, and Undo brings them back', async () => {
    const thankYouRows = page.getByRole('button', { name: new RegExp(`^(Write note|Continue draft): Thank-you note to `) });
    await expect.poll(() => thankYouRows.count()).toBe(2);
    const offer = page.getByRole('group', { name: 'Mark all as sent' });
    await expect.poll(() => offer.getByText('Sent them? Mark all as sent, so they leave the Due list.').isVisible()).toBe(true);
    const local = localInputMinutesAgo(10);
    await offer.getByLabel('Sent at').fill(local);
    await offer.getByRole('button', { name: 'Mark all as sent' }).click();

    const undo = page.getByRole('button', { name: 'Undo mark as sent' });
    await expect.poll(() => undo.isVisible()).toBe(true);
    await expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.textContent')).toBe('Undo mark as sent');
    expect(await page.getByText('Marked 2 notes as sent').isVisible()).toBe(true);
    await expect.poll(() => thankYouRows.count()).toBe(0);
    expect(await thankYouKeys(app)).toEqual([]);
    const sent = await ok<{ status: string; sentAt: string | null; kind: string }[]>(app, 'followups.list', { applicationId });
    expect(sent.filter((note) => note.kind === 'thank-you').map((note) => [note.status, note.sentAt])).toEqual([
      ['sent', new Date(`${local}:00`).toISOString()],
      ['sent', new Date(`${local}:00`).toISOString()],
    ]);

    await undo.click();
    await expect.poll(() => thankYouRows.count()).toBe(2);
    expect((await thankYouKeys(app)).sort()).toEqual([OLEG.name, ZOE.name].sort());
    await expect.poll(() => page.getByRole('button', { name: 'Mark all as sent' }).isVisible()).toBe(true);
    expect(watched.errors).toEqual([]);
  });

  it('plans a phone call on a sheet to copy or print, and counts the SMS segments of a text message', async () => {
    const oleg = (await ok<{ items: DueItem[] }>(app, 'due.list')).items.find((item) => item.recipientName === OLEG.name);
    const note = await ok<{ id: number }>(app, 'followups.openDue', { key: oleg!.key });
    await page.goto(`${app.origin}/#/followup/${note.id}`);
    await expectHeading(page, `Thank-you note to ${OLEG.name}`);
    await page.getByLabel('Channel').selectOption('phone');

    const sheet = page.getByRole('region', { name: 'Send' }).getByLabel('Call sheet');
    await expect.poll(() => sheet.textContent()).toContain(`Call to ${OLEG.name} at ${COMPANY}`);
    expect(await sheet.textContent()).toContain('- streaming pipelines');
    await page.getByRole('button', { name: 'Copy call sheet' }).click();
    await expect.poll(() => page.evaluate<string>('navigator.clipboard.readText()')).toBe(await sheet.textContent());

    // Printed, the sheet is all there is on the page.
    await page.emulateMedia({ media: 'print' });
    // As source text: this file is checked without the DOM's types.
    const visibility = (selector: string) => page.evaluate<string>(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).visibility`);
    expect(await visibility('[aria-label="Call sheet"]')).toBe('visible');
    expect(await visibility('#followup-heading')).toBe('hidden');
    expect(await visibility('nav')).toBe('hidden');
    await page.emulateMedia({ media: 'screen' });

    await page.getByLabel('Channel').selectOption('text');
    await page.getByRole('textbox', { name: 'Text', exact: true }).click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(`Олег, спасибо за разговор! ${'x'.repeat(60)}`);
    await page.getByRole('button', { name: 'Copy text' }).click();
    // Sixty x's are no word: the send gate asks first, and copying anyway is the user's call.
    const gate = page.getByRole('dialog', { name: 'This note is not finished' });
    await expect.poll(() => gate.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await gate.textContent()).toContain('xxxxxxxx');
    await gate.getByRole('button', { name: 'Copy anyway' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Send' }).getByRole('status').textContent()).toBe('Copied the text (2 SMS segments).');
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(`Олег, спасибо за разговор! ${'x'.repeat(60)}`);
    expect(watched.errors).toEqual([]);
  });
});
