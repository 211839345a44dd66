// Interview invitations in browser mode: drop an .ics on the Import screen, or choose an .eml with the file picker;
// check what was read, import it, and find a thank-you note due for each attendee (never for the user). Then snooze
// one, skip another with a reason, and add the rest to the calendar as an .ics download read back with ical.js.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ics, invitationEmail } from '../unit/calendar/invitations.ts';
import { launchBrowser, openPage, type WatchedPage } from './support/browser.ts';
import { accessibilityViolations, expectHeading } from './support/journal-ui.ts';
import { startWebApp, type WebApp } from './support/web-app.ts';

const HOUR = 3_600_000;
const stamp = (time: number) => new Date(time).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** A Google-shaped invitation for an interview that ended two hours ago, so its thank-you notes are due now. */
function recentInvitation(uid: string, company: string, domain: string, people: [string, string][]): string {
  const ended = Date.now() - 2 * HOUR;
  return ics([
    'BEGIN:VCALENDAR',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'VERSION:2.0',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    `DTSTART:${stamp(ended - HOUR)}`,
    `DTEND:${stamp(ended)}`,
    `UID:${uid}`,
    `ORGANIZER;CN=${people[0]![0]}:mailto:${people[0]![1]}@${domain}`,
    ...people.map(([name, local]) => `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;CN=${name}:mailto:${local}@${domain}`),
    'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;CN=Sam Rivera:mailto:sam@example.org',
    'X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij',
    `SUMMARY:${company} — Technical interview`,
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
}

async function dropFile(page: Page, name: string, text: string, type: string, target = '[data-testid="invitation-drop-zone"]'): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, text, type }) => {
      // Runs in the page; tsconfig.node has no DOM types, so the page's globals are reached through globalThis.
      const page = globalThis as unknown as {
        DataTransfer: new () => { items: { add(file: unknown): void } };
        File: new (parts: string[], name: string, options: { type: string }) => unknown;
      };
      const transfer = new page.DataTransfer();
      transfer.items.add(new page.File([text], name, { type }));
      return transfer;
    },
    { name, text, type },
  );
  await page.dispatchEvent(target, 'drop', { dataTransfer });
}

describe('importing invitations in browser mode', () => {
  let app: WebApp;
  let browser: Browser;
  let watched: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    app = await startWebApp();
    const settings = await app.call('settings.update', { userName: 'Sam Rivera', userEmail: 'sam@example.org' });
    if (!settings.ok) throw new Error(settings.error.message);
    browser = await launchBrowser();
    watched = await openPage(browser);
    page = watched.page;
    await page.goto(app.appUrl);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('imports a dropped .ics: shows what it read, then lists a thank-you note for each attendee but not the user', async () => {
    await page.getByRole('link', { name: 'Import an invitation…' }).click();
    await expectHeading(page, 'Import an invitation');
    await dropFile(page, 'invite.ics', recentInvitation('drop-1@google.com', 'Northwind Labs', 'northwind-labs.com', [['Dana Whitfield', 'dana'], ['Priya Raman', 'priya']]), 'text/calendar');
    const summary = page.getByTestId('invitation-summary');
    await expect.poll(() => summary.textContent()).toContain('Northwind Labs — Technical interview');
    expect(await summary.textContent()).toContain('Google Meet: https://meet.google.com/abc-defg-hij');
    expect(await summary.textContent()).toContain('1 h');
    await expect.poll(() => page.getByText('You (your address in Settings): left out').count()).toBe(1);
    expect(await page.getByLabel('Company').inputValue()).toBe('Northwind Labs');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Create the interview' }).click();
    await expect.poll(() => page.getByTestId('import-result').textContent()).toContain('The interview is in your journal.');
    await page.getByRole('link', { name: 'Go to the Due list' }).click();
    await expectHeading(page, 'Due');
    const buttons = page.getByRole('button', { name: /^Write note: Thank-you note to/ });
    await expect.poll(() => buttons.allTextContents().then((t) => t.length)).toBe(2);
    const labels = await buttons.evaluateAll((all) => all.map((b) => b.getAttribute('aria-label')));
    expect(labels.sort()).toEqual(['Write note: Thank-you note to Dana Whitfield, Northwind Labs', 'Write note: Thank-you note to Priya Raman, Northwind Labs']);
    expect(await page.getByText('Thank-you note to Sam Rivera').count()).toBe(0);
  });

  it('imports an .eml chosen with the file picker into the application it matches', async () => {
    await page.goto(`${app.origin}/#/import`);
    await expectHeading(page, 'Import an invitation');
    const email = invitationEmail(recentInvitation('picker-1@google.com', 'Contoso', 'contoso.example', [['Jonas Müller', 'jonas']]));
    await page.locator('input[type="file"]').setInputFiles({ name: 'Invitation.eml', mimeType: 'message/rfc822', buffer: Buffer.from(email) });
    const summary = page.getByTestId('invitation-summary');
    await expect.poll(() => summary.textContent()).toContain('Contoso — Technical interview');
    await page.getByLabel('Company').fill('Contoso');
    await page.getByRole('button', { name: 'Create the interview' }).click();
    await expect.poll(() => page.getByTestId('import-result').count()).toBe(1);
    await page.goto(`${app.origin}/#/due`);
    await expect.poll(() => page.getByRole('button', { name: 'Write note: Thank-you note to Jonas Müller, Contoso' }).count()).toBe(1);
  });

  it('reads pasted invitation text, and shows an update for an invitation already imported', async () => {
    await page.goto(`${app.origin}/#/import`);
    await page.getByText('Or paste the invitation’s text').click();
    await page.getByLabel('Invitation text').fill(recentInvitation('drop-1@google.com', 'Northwind Labs', 'northwind-labs.com', [['Dana Whitfield', 'dana'], ['Priya Raman', 'priya']]));
    await page.getByRole('button', { name: 'Read the pasted text' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'An update to an interview you imported' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Update the interview' }).count()).toBe(1);
    // Nothing is written until asked: choosing another file leaves the interview as it was.
    await page.getByRole('button', { name: 'Choose another file' }).click();
    await expect.poll(() => page.getByTestId('invitation-drop-zone').count()).toBe(1);
  });

  it('refuses a file that is not an invitation, saying why, and stays ready for another', async () => {
    await page.goto(`${app.origin}/#/import`);
    await dropFile(page, 'notes.txt', 'See you Thursday!', 'text/plain');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('notes.txt is neither a calendar file (.ics) nor an invitation email (.eml).');
    expect(await page.getByTestId('invitation-drop-zone').count()).toBe(1);
  });

  it('snoozes a note and skips another with a reason from the Due list, by keyboard', async () => {
    await page.goto(`${app.origin}/#/due`);
    const more = page.getByRole('button', { name: 'More actions (Thank-you note to Dana Whitfield, Northwind Labs)' });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('menuitem', { name: 'Add to calendar' }).evaluate((el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('menuitem', { name: 'Snooze for an hour' }).evaluate((el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    // The row says so, and the status line confirms it.
    await expect.poll(() => page.getByRole('listitem').filter({ hasText: 'Dana Whitfield' }).getByText(/^Snoozed until/).count()).toBe(1);
    expect(await page.getByRole('status').first().textContent()).toMatch(/^Snoozed until/);
    const due = await app.call<{ items: { recipientName: string | null; snoozedUntil: string | null }[] }>('due.list');
    if (!due.ok) throw new Error(due.error.message);
    expect(due.value.items.find((i) => i.recipientName === 'Dana Whitfield')?.snoozedUntil).not.toBeNull();

    await page.getByRole('button', { name: 'More actions (Thank-you note to Priya Raman, Northwind Labs)' }).click();
    await page.getByRole('menuitem', { name: 'No note for this one…' }).click();
    const dialog = page.getByRole('dialog', { name: 'No note for this one?' });
    await dialog.getByRole('button', { name: 'Skip this note' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('Say in a few words why');
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByLabel('Why?').fill('We agreed on the call that I would not follow up.');
    await dialog.getByRole('button', { name: 'Skip this note' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Write note: Thank-you note to Priya Raman, Northwind Labs' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Skipped: no note to Priya Raman');
  });

  it('adds every upcoming follow-up to the calendar as one .ics file that ical.js reads back', async () => {
    await page.goto(`${app.origin}/#/due`);
    const [download] = (await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add all upcoming to calendar' }).click()])) as [Download, unknown];
    const text = readFileSync((await download.path())!, 'utf8');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('summary')));
    expect(events).toContain('Due: Thank-you note to Dana Whitfield · Northwind Labs');
    expect(events).toContain('Due: Thank-you note to Jonas Müller · Contoso');
    expect(events.some((title) => title.includes('Priya Raman'))).toBe(false);
    expect(watched.errors).toEqual([]);
  });

  it('takes an invitation dropped anywhere in the window to the Import screen', async () => {
    await page.goto(`${app.origin}/#/applications`);
    await expectHeading(page, 'Applications');
    await dropFile(page, 'invite.ics', recentInvitation('anywhere-1@google.com', 'Fabrikam', 'fabrikam.example', [['Oliver Grant', 'oliver']]), 'text/calendar', 'main');
    await expectHeading(page, 'Import an invitation');
    await expect.poll(() => page.getByTestId('invitation-summary').textContent()).toContain('Fabrikam — Technical interview');
  });
});
