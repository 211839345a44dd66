// axe on every transient state the first week opens — the send gate, the leave-without-saving question, the
// shortcut sheet, the undo toast, the import preview, the note's drawer, the flag card, a form full of errors and a
// recruiter added on the spot, a Due row's menu — in both themes, at 800 and 1280 px: no serious or critical
// violation anywhere.
// With AFTERWORD_SCREENSHOTS set, the states are also saved there as pictures for docs/screenshots.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { accessibilityViolations, expectHeading } from './support/journal-ui.ts';
import { callOk, startWebApp, type WebApp } from './support/web-app.ts';

const HOUR = 3_600_000;
const SLOW = { timeout: 20_000 };

const ok = callOk;

interface Seeded {
  applicationId: number;
  noteId: number;
  personId: number;
  journalText: string;
}

async function seed(app: WebApp): Promise<Seeded> {
  await ok(app, 'settings.update', { userName: 'Sam Rivera', userEmail: 'sam@example.org' });
  const { id: applicationId } = await ok<{ id: number }>(app, 'applications.create', {
    company: 'Brightline Analytics',
    role: 'Data analyst',
    source: 'recruiter',
    newRecruiter: { name: 'Rita Okafor', email: 'rita@talentbridge.example' },
  });
  const ended = Date.now() - 20 * HOUR;
  const interview = await ok<{ id: number; interviewers: { id: number; name: string }[] }>(app, 'interviews.create', {
    applicationId,
    round: 'panel',
    startsAt: new Date(ended - HOUR).toISOString(),
    endsAt: new Date(ended).toISOString(),
    timeZone: 'Europe/London',
    topics: ['churn models', 'dashboard migration'],
    newInterviewers: [
      { name: 'Ana Ruiz', email: 'ana@brightline.example', title: 'Head of analytics' },
      { name: 'Bo Chen', email: 'bo@brightline.example' },
      { name: 'Cy Park', email: 'cy@brightline.example' },
    ],
  });
  const due = await ok<{ items: { key: string; recipientName: string | null }[] }>(app, 'due.list');
  const key = due.items.find((item) => item.recipientName === 'Ana Ruiz')!.key;
  const { id: noteId } = await ok<{ id: number }>(app, 'followups.openDue', { key });
  await ok(app, 'followups.saveDraft', {
    id: noteId,
    subject: 'Thank you for the panel',
    body: 'Dear Ana,\n\nThank you for the conversation about churn models. I realy enjoyed hearing how the team works.\n\nBest regards,\n[[Your name]]',
  });
  const journalText = (await ok<{ text: string }>(app, 'journal.exportJson')).text;
  await ok(app, 'applications.create', { company: 'Northwind', role: 'Analyst' });
  await ok(app, 'backups.create');
  return { applicationId, noteId, personId: interview.interviewers[0]!.id, journalText };
}

describe.each([
  ['light', 1280],
  ['dark', 1280],
  ['light', 800],
  ['dark', 800],
] as const)('transient states in the %s theme at %i px', (scheme, width) => {
  let app: WebApp;
  let browser: Browser;
  let page: Page;
  let seeded: Seeded;
  const folder = process.env.AFTERWORD_SCREENSHOTS;

  beforeAll(async () => {
    app = await startWebApp();
    seeded = await seed(app);
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width, height: 860 }, colorScheme: scheme, timezoneId: 'Europe/London' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    page = await context.newPage();
    await page.goto(app.appUrl);
    if (folder) mkdirSync(folder, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const go = (hash: string) => page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
  /** Only what blocks or misleads people: serious and critical. */
  async function check(state: string): Promise<void> {
    const blocking = (await accessibilityViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(blocking, `${state}, ${scheme}, ${width} px`).toEqual([]);
    if (folder) await page.screenshot({ path: join(folder, `${state}-${scheme}-${width}.png`) });
  }

  it('the application form with a recruiter added on the spot and every field in error', async () => {
    await go('#/applications?new=1');
    await expectHeading(page, 'Applications');
    await page.getByLabel('Found through', { exact: true }).selectOption({ label: 'Recruiter' });
    await page.getByLabel('Recruiter', { exact: true }).selectOption({ label: 'Someone new…' });
    await page.getByLabel('Their email', { exact: true }).fill('rita@talentbridge');
    await page.getByLabel('Job posting link', { exact: true }).fill('not a link');
    await page.getByRole('button', { name: 'Add application' }).click();
    await expect.poll(() => page.locator('[aria-invalid="true"]').count()).toBeGreaterThan(1);
    await check('application-form-errors');
  });

  it('the leave-without-saving question', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Due' }).click();
    const ask = page.getByRole('dialog', { name: 'Leave without saving?' });
    await expect.poll(() => ask.isVisible()).toBe(true);
    await check('leave-dialog');
    await ask.getByRole('button', { name: 'Leave without saving' }).click();
    await expectHeading(page, 'Due');
  });

  it('the Due list, a row’s menu and the shortcut sheet', async () => {
    await check('due');
    await page.getByRole('button', { name: /^More actions/ }).first().click();
    await expect.poll(() => page.getByRole('menu').first().isVisible()).toBe(true);
    await check('due-menu');
    await page.keyboard.press('Escape');
    await page.keyboard.press('?');
    await expect.poll(() => page.getByRole('dialog', { name: 'Keyboard shortcuts' }).isVisible()).toBe(true);
    await check('shortcuts');
    await page.keyboard.press('Escape');
  });

  it('the interview form: what it read, a late interview explained, an interviewer being edited, errors', async () => {
    await go(`#/applications/${seeded.applicationId}/interviews/new`);
    await expectHeading(page, 'New interview');
    await page.getByLabel('Date', { exact: true }).fill(await page.evaluate<string>('new Date(Date.now() - 40 * 864e5).toLocaleDateString("sv-SE")'));
    await page.getByLabel('Starts at', { exact: true }).fill('3pm');
    await page.getByLabel('Name', { exact: true }).fill('Dee Lang');
    await page.getByLabel('Email', { exact: true }).fill('dee@brightline.example');
    await page.getByRole('button', { name: 'Add interviewer' }).click();
    await page.getByRole('button', { name: 'Edit Dee Lang' }).click();
    await page.locator('#new-interviewer-0-email').fill('dee@bright');
    await page.locator('#new-interviewer-0-email').press('Tab');
    await page.getByLabel('Answer expected by', { exact: true }).fill('2020-01-01');
    await page.getByRole('button', { name: 'Add interview', exact: true }).click();
    await expect.poll(() => page.getByRole('note', { name: 'Why nothing will be due' }).isVisible()).toBe(true);
    await check('interview-form');
    // Leave without keeping it.
    await page.getByRole('link', { name: 'Cancel' }).click();
  });

  it('the note with a flag card open', async () => {
    await go(`#/followup/${seeded.noteId}`);
    await expectHeading(page, 'Thank-you note to Ana Ruiz');
    const text = page.getByRole('textbox', { name: 'Text', exact: true });
    await expect.poll(() => page.locator('.cm-content .cm-flag-spelling').count(), SLOW).toBeGreaterThan(0);
    await text.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('F8');
    await expect.poll(() => page.locator('.cm-flag-card').count()).toBeGreaterThan(0);
    await check('flag-card');
    await page.keyboard.press('Escape');
  });

  it('the note’s drawer at narrow widths, and the send gate', async () => {
    await go(`#/followup/${seeded.noteId}`);
    await expectHeading(page, 'Thank-you note to Ana Ruiz');
    // The drawer is checked with the review's flags in it, not while the dictionary loads.
    await expect.poll(() => page.locator('.cm-content .cm-flag-spelling').count(), SLOW).toBeGreaterThan(0);
    if (width < 1000) {
      await page.getByRole('button', { name: 'Review and interview' }).click();
      await expect.poll(() => page.locator('#note-side').getByRole('heading', { name: 'Review' }).isVisible()).toBe(true);
      await check('drawer');
      await page.keyboard.press('Escape');
    }
    await page.getByRole('button', { name: 'Copy body' }).click();
    const gate = page.getByRole('dialog', { name: 'This note is not finished' });
    await expect.poll(() => gate.isVisible(), SLOW).toBe(true);
    await check('send-gate');
    await page.keyboard.press('Escape');
  });

  it('the import preview, the backups with what they hold, and the undo toast', async () => {
    await go('#/settings');
    await expectHeading(page, 'Settings');
    await expect.poll(() => page.getByRole('table', { name: 'Backups, newest first' }).textContent()).toContain('Newest note');
    await page.getByLabel('Journal file').setInputFiles({ name: 'older.json', mimeType: 'application/json', buffer: Buffer.from(seeded.journalText) });
    await page.getByRole('button', { name: 'Import from JSON…' }).click();
    const preview = page.getByRole('region', { name: /^Importing .* would$/ });
    await expect.poll(() => preview.isVisible()).toBe(true);
    await preview.getByText('Already in your journal').click();
    await check('import-preview');

    await go(`#/people/${seeded.personId}`);
    await expectHeading(page, 'Ana Ruiz');
    await page.getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => page.getByText('Deleted Ana Ruiz.').isVisible()).toBe(true);
    await check('undo-toast');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expectHeading(page, 'Ana Ruiz');
  });
});
