// A first week as a new user lives it, in browser mode: two applications, one brought by a recruiter added on the
// spot; a panel interview; the recruiter update it makes due; a rejection whose feedback request goes to the
// recruiter, not the interviewer; the recruiter's page showing every part they play.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { expectHeading, fieldMessage } from './support/journal-ui.ts';
import { startWebApp, type WebApp } from './support/web-app.ts';

const ZONE = 'Europe/London';
const HOUR = 3_600_000;
const RITA = 'Rita Okafor';
/** The gate reviews notes in a worker that loads a dictionary first: on a busy machine that takes a few seconds. */
const SLOW = { timeout: 20_000 };

async function ok<T>(app: WebApp, method: string, input?: unknown): Promise<T> {
  const result = await app.call<T>(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

interface DueItem {
  kind: string;
  company: string;
  recipientName: string | null;
}

describe('the first week, with a recruiter in the process', () => {
  let app: WebApp;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  let brightline = 0;

  beforeAll(async () => {
    app = await startWebApp();
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, timezoneId: ZONE, serviceWorkers: 'block' });
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    // The page keeps the key from this first address for the rest of the session.
    await page.goto(app.appUrl);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('adds an application brought by a recruiter created on the spot, checking her address as it is typed', async () => {
    await page.goto(`${app.origin}/#/applications?new=1`);
    await expectHeading(page, 'Applications');
    await page.getByLabel('Company', { exact: true }).fill('Brightline Analytics');
    await page.getByLabel('Role', { exact: true }).fill('Data analyst');
    // No recruiter field until the application says it came through one.
    expect(await page.getByLabel('Recruiter', { exact: true }).count()).toBe(0);
    await page.getByLabel('Found through', { exact: true }).selectOption({ label: 'Recruiter' });
    await page.getByLabel('Recruiter', { exact: true }).selectOption({ label: 'Someone new…' });
    await page.getByLabel('Their name', { exact: true }).fill(RITA);
    const email = page.getByLabel('Their email', { exact: true });
    await email.fill('rita@talentbridge');
    await email.press('Tab');
    expect(await fieldMessage(page, email)).toContain('The domain in “rita@talentbridge” is not valid');
    await email.fill('rita@talentbridge.example');
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe(null);
    // Applied on starts at today, on the computer's calendar.
    expect(await page.getByLabel('Applied on', { exact: true }).inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await page.getByRole('button', { name: 'Add application' }).click();
    await expectHeading(page, 'Brightline Analytics');
    await expect.poll(() => page.getByRole('link', { name: RITA }).first().isVisible()).toBe(true);
    brightline = Number(/applications\/(\d+)/.exec(page.url())?.[1]);
    expect(brightline).toBeGreaterThan(0);
    await ok(app, 'applications.create', { company: 'Northwind', role: 'Analyst', source: 'job-board' });
  });

  it('makes a recruiter update due after the panel interview, beside one thank-you per interviewer', async () => {
    const ended = Date.now() - 2 * HOUR;
    await ok(app, 'interviews.create', {
      applicationId: brightline,
      round: 'panel',
      startsAt: new Date(ended - HOUR).toISOString(),
      endsAt: new Date(ended).toISOString(),
      timeZone: ZONE,
      newInterviewers: [
        { name: 'Ana Ruiz', email: 'ana@brightline.example' },
        { name: 'Bo Chen', email: 'bo@brightline.example' },
        { name: 'Cy Park', email: 'cy@brightline.example' },
      ],
    });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Due' }).click();
    await expectHeading(page, 'Due');
    const now = page.getByRole('list', { name: 'Due now' });
    await expect.poll(() => now.getByRole('listitem').count()).toBe(4);
    const texts = await now.getByRole('listitem').allTextContents();
    expect(texts.filter((text) => text.includes(`Recruiter update to ${RITA}`))).toHaveLength(1);
    expect(texts.filter((text) => text.includes('Thank-you note to'))).toHaveLength(3);
  });

  it('asks before copying or downloading a note that still holds a placeholder, naming it, and sends only when told', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    await page.evaluate('navigator.clipboard.writeText("untouched")');
    await page.getByRole('button', { name: 'Write note: Thank-you note to Ana Ruiz, Brightline Analytics' }).click();
    await expectHeading(page, 'Thank-you note to Ana Ruiz');
    await page.getByLabel('Subject', { exact: true }).fill('Thank you for the panel today');
    await page.getByLabel('Text', { exact: true }).fill('Dear Ana,\n\nThank you for the panel conversation about churn models at Brightline Analytics.\n\nBest regards,\n[[Your name]]');
    await expect.poll(() => page.getByTestId('save-state').textContent(), SLOW).toBe('Saved');

    await page.getByRole('button', { name: 'Copy body' }).click();
    const gate = page.getByRole('dialog', { name: 'This note is not finished' });
    await expect.poll(() => gate.isVisible(), SLOW).toBe(true);
    expect(await gate.textContent()).toContain('[[Your name]]');
    // Going back is the default: Enter on the focused button leaves the clipboard as it was.
    expect(await page.evaluate<string>('document.activeElement?.textContent ?? ""')).toBe('Go back and finish');
    await page.keyboard.press('Enter');
    await expect.poll(() => gate.isVisible()).toBe(false);
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe('untouched');
    expect(await page.getByRole('status').filter({ hasText: 'Not sent' }).count()).toBe(1);

    // Escape goes back too; "Download anyway" is the deliberate way through.
    await page.getByRole('button', { name: 'Download .eml draft' }).click();
    await expect.poll(() => gate.isVisible(), SLOW).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => gate.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Download .eml draft' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), gate.getByRole('button', { name: 'Download anyway' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.eml$/);

    // Finished, it goes straight through.
    await page.getByLabel('Text', { exact: true }).fill('Dear Ana,\n\nThank you for the panel conversation about churn models at Brightline Analytics.\n\nBest regards,\nSam');
    await expect.poll(() => page.getByTestId('save-state').textContent(), SLOW).toBe('Saved');
    await page.getByRole('button', { name: 'Copy body' }).click();
    await expect.poll(() => page.evaluate<string>('navigator.clipboard.readText()'), SLOW).toContain('churn models');
    expect(await gate.isVisible()).toBe(false);
  });

  it('asks before exporting all thank-you notes while some are unfinished, naming whose', async () => {
    for (const name of ['Bo Chen', 'Cy Park']) {
      const due = (await ok<{ items: (DueItem & { key: string })[] }>(app, 'due.list')).items.find((item) => item.recipientName === name)!;
      const note = await ok<{ id: number }>(app, 'followups.openDue', { key: due.key });
      await ok(app, 'followups.saveDraft', { id: note.id, subject: 'Thank you', body: `Dear ${name},\n\n[[Say what you discussed]]\n\nSam` });
    }
    await page.goto(`${app.origin}/#/applications/${brightline}`);
    await expectHeading(page, 'Brightline Analytics');
    await page.getByRole('button', { name: /^Export all thank-you notes/ }).click();
    const gate = page.getByRole('dialog', { name: /notes are not finished/ });
    await expect.poll(() => gate.isVisible(), SLOW).toBe(true);
    const text = (await gate.textContent()) ?? '';
    expect(text).toContain('To Bo Chen');
    expect(text).toContain('To Cy Park');
    expect(text).not.toContain('To Ana Ruiz');
    await gate.getByRole('button', { name: 'Go back and finish' }).click();
    await expect.poll(() => page.getByText('Nothing exported').isVisible(), SLOW).toBe(true);
  });

  it('sends the feedback request after a rejection to the recruiter, not to an interviewer', async () => {
    await page.goto(`${app.origin}/#/applications/${brightline}`);
    await expectHeading(page, 'Brightline Analytics');
    await page.getByLabel('Where this application stands', { exact: true }).selectOption({ label: 'Rejected' });
    await page.getByRole('button', { name: 'Save outcome' }).click();
    await expect.poll(async () => (await ok<{ items: DueItem[] }>(app, 'due.list')).items.filter((item) => item.kind === 'feedback-request').map((item) => item.recipientName)).toEqual([RITA]);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Due' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Due now' }).textContent()).toContain(`Feedback request to ${RITA}`);
    expect(await page.getByRole('list', { name: 'Due now' }).textContent()).not.toContain('Feedback request to Ana Ruiz');
  });

  it('shows on the recruiter’s page the application she brought and her part in it', async () => {
    await page.goto(`${app.origin}/#/people`);
    await page.getByRole('link', { name: RITA }).first().click();
    await expectHeading(page, RITA);
    const list = page.getByRole('list', { name: 'Applications' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    const text = (await list.textContent()) ?? '';
    expect(text).toContain('Brightline Analytics · Data analyst');
    expect(text).toContain('Recruiter');
    expect(text).not.toContain('Northwind');
    expect(errors).toEqual([]);
  });
});
