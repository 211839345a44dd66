// A first week as a new user lives it, in browser mode: two applications, one brought by a recruiter added on the
// spot; a panel interview; the recruiter update it makes due; a rejection whose feedback request goes to the
// recruiter, not the interviewer; the recruiter's page showing every part they play.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { expectHeading, fieldMessage } from './support/journal-ui.ts';
import { callOk, startWebApp, type WebApp } from './support/web-app.ts';

const ZONE = 'Europe/London';
const HOUR = 3_600_000;
const RITA = 'Rita Okafor';
/** The gate reviews notes in a worker that loads a dictionary first: on a busy machine that takes a few seconds. */
const SLOW = { timeout: 20_000 };

const ok = callOk;

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


  it('records yesterday’s 3 pm panel as it is said, checking each address as typed and every field at once', async () => {
    await page.goto(`${app.origin}/#/applications/${brightline}/interviews/new`);
    await expectHeading(page, 'New interview');
    // Today to start with, as a date picker.
    expect(await page.getByLabel('Date', { exact: true }).getAttribute('type')).toBe('date');
    expect(await page.getByLabel('Date', { exact: true }).inputValue()).toBe(await page.evaluate<string>('new Date().toLocaleDateString("sv-SE")'));
    await page.getByLabel('Round', { exact: true }).selectOption({ label: 'Panel' });
    await page.getByLabel('Starts at', { exact: true }).fill('yesterday 3pm');
    const yesterday = await page.evaluate<string>('new Date(Date.now() - 864e5).toLocaleDateString("en-US", { weekday: "long", day: "numeric", month: "long", year: "numeric" })');
    await expect.poll(() => page.getByTestId('read-as').textContent()).toContain('3:00 PM – 4:00 PM (an hour, as no end was given)');
    expect(await page.getByTestId('read-as').textContent()).toContain(yesterday);
    await page.getByLabel('Starts at', { exact: true }).press('Tab');
    // The day the words named moves into the date picker.
    expect(await page.getByLabel('Date', { exact: true }).inputValue()).toBe(await page.evaluate<string>('new Date(Date.now() - 864e5).toLocaleDateString("sv-SE")'));

    for (const [name, email] of [['Ana Ruiz', 'ana@brightline.example'], ['Bo Chen', 'bo@brightline'], ['Cy Park', '']] as const) {
      await page.getByLabel('Name', { exact: true }).fill(name);
      const address = page.getByLabel('Email', { exact: true });
      await address.fill(email);
      await address.press('Tab');
      if (name === 'Bo Chen') {
        // Checked as typed, with the export's rule: the row is not added with a bad address.
        expect(await fieldMessage(page, address)).toContain('The domain in “bo@brightline” is not valid');
        await page.getByRole('button', { name: 'Add interviewer' }).click();
        expect(await page.getByRole('list', { name: 'Chosen interviewers' }).textContent()).not.toContain('Bo Chen');
        await address.fill('bo@brightline.example');
      }
      await page.getByRole('button', { name: 'Add interviewer' }).click();
    }
    const chosen = page.getByRole('list', { name: 'Chosen interviewers' });
    await expect.poll(() => chosen.getByRole('listitem').count()).toBe(3);
    // Each row shows where its note will go, and can be edited in place.
    expect(await chosen.textContent()).toContain('bo@brightline.example');
    expect(await chosen.textContent()).toContain('no email address');
    await chosen.getByRole('button', { name: 'Edit Cy Park' }).click();
    await page.locator('#new-interviewer-2-email').fill('cy@brightline.example');
    await page.locator('#new-interviewer-2-email').press('Enter');
    await expect.poll(() => chosen.textContent()).toContain('cy@brightline.example');

    // Two problems, both reported at once: a start that is no time and an answer expected before the interview.
    await page.getByLabel('Starts at', { exact: true }).fill('after lunch-ish');
    await page.getByLabel('Answer expected by', { exact: true }).fill('2020-01-01');
    await page.getByRole('button', { name: 'Add interview', exact: true }).click();
    expect(await fieldMessage(page, page.getByLabel('Starts at', { exact: true }))).toContain('“after lunch-ish” is not a time Afterword can read');
    expect(await fieldMessage(page, page.getByLabel('Answer expected by', { exact: true }))).toContain('The answer cannot be expected before the interview itself');
    await page.getByLabel('Starts at', { exact: true }).fill('3pm');
    await page.getByRole('button', { name: 'Add interview', exact: true }).click();
    expect(await fieldMessage(page, page.getByLabel('Answer expected by', { exact: true }))).toContain('The answer cannot be expected before the interview itself');
    await page.getByLabel('Answer expected by', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Add interview', exact: true }).click();
    await expectHeading(page, 'Brightline Analytics');
  });

  it('makes a recruiter update due after the panel interview, beside one thank-you per interviewer', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Due' }).click();
    await expectHeading(page, 'Due');
    const main = page.getByRole('main');
    await expect.poll(async () => ((await main.textContent()) ?? '').split('Thank-you note to').length - 1).toBe(3);
    const text = (await main.textContent()) ?? '';
    expect(text.split(`Recruiter update to ${RITA}`).length - 1).toBe(1);
    const due = await ok<{ items: (DueItem & { key: string })[] }>(app, 'due.list');
    expect(due.items.filter((item) => item.kind === 'thank-you').map((item) => item.recipientName).sort()).toEqual(['Ana Ruiz', 'Bo Chen', 'Cy Park']);
  });

  it('asks before leaving a half-filled form, and keeps what was typed when the user stays', async () => {
    const northwind = (await ok<{ items: { id: number; company: string }[] }>(app, 'applications.list')).items.find((a) => a.company === 'Northwind')!;
    await page.goto(`${app.origin}/#/applications/${northwind.id}/interviews/new`);
    await expectHeading(page, 'New interview');
    await page.getByLabel('Location or meeting link', { exact: true }).fill('Room 4, 2nd floor');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Due' }).click();
    const ask = page.getByRole('dialog', { name: 'Leave without saving?' });
    await expect.poll(() => ask.isVisible()).toBe(true);
    await ask.getByRole('button', { name: 'Stay and finish' }).click();
    await expect.poll(() => ask.isVisible()).toBe(false);
    await expectHeading(page, 'New interview');
    expect(await page.getByLabel('Location or meeting link', { exact: true }).inputValue()).toBe('Room 4, 2nd floor');

    // An interview from six weeks ago: nothing will be due, and the form says why before saving.
    const longAgo = await page.evaluate<string>('new Date(Date.now() - 42 * 864e5).toLocaleDateString("sv-SE")');
    await page.getByLabel('Date', { exact: true }).fill(longAgo);
    await page.getByLabel('Starts at', { exact: true }).fill('10:00');
    await page.getByLabel('Name', { exact: true }).fill('Dee Lang');
    await page.getByRole('button', { name: 'Add interviewer' }).click();
    const why = page.getByRole('note', { name: 'Why nothing will be due' });
    await expect.poll(() => why.textContent()).toMatch(/This interview ended 4\d days ago\. Thank-you notes are listed for 14 days/);
    await page.getByRole('button', { name: 'Add interview', exact: true }).click();
    await expectHeading(page, 'Northwind');
    const offers = page.getByRole('complementary', { name: 'Nothing is due for the interview you just added' });
    await expect.poll(() => offers.isVisible()).toBe(true);
    await offers.getByRole('button', { name: 'Write a status check-in to Dee Lang' }).click();
    await expectHeading(page, 'Status check-in to Dee Lang');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Due' }).click();
    await expectHeading(page, 'Due');
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
