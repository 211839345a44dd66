// The whole journey by keyboard alone: after the first page load only keys are pressed (Tab, Shift+Tab, Enter,
// Space, typing, F8, Ctrl+.). A new application, an interview with an interviewer and a topic, the thank-you note
// opened from Due, a misspelling fixed from the quick-fix card, and the note downloaded as an .eml draft. A step
// that cannot be reached this way is an accessibility bug in the app.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, launchBrowser } from './support/browser.ts';
import { expectHeading, interviewEndedTwoHoursAgo } from './support/journal-ui.ts';
import { startWebApp, type WebApp } from './support/web-app.ts';

const ZONE = 'America/New_York';
const COMPANY = 'Kestrel Labs';
const ANA = 'Ana Ruiz';

/** What has focus: its id, and the name a person hears (label, aria-label or text). */
async function focused(page: Page): Promise<{ id: string; name: string }> {
  // A string, evaluated in the page: this file is type-checked without the DOM's types.
  return page.evaluate<{ id: string; name: string }>(`(() => {
    const el = document.activeElement;
    if (!el) return { id: '', name: '' };
    const label = el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '';
    return { id: el.id, name: label.replace(/\\s+/g, ' ').trim() };
  })()`);
}

/** Presses Tab (or Shift+Tab) until the focused element is the one wanted; fails if it is never reached. */
async function tabTo(page: Page, wanted: { id?: string; name?: string | RegExp }, options: { back?: boolean; max?: number } = {}): Promise<void> {
  const matches = ({ id, name }: { id: string; name: string }) =>
    (wanted.id === undefined || id === wanted.id) &&
    (wanted.name === undefined || (typeof wanted.name === 'string' ? name === wanted.name : wanted.name.test(name)));
  for (let presses = 0; presses <= (options.max ?? 80); presses++) {
    if (matches(await focused(page))) return;
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Could not reach ${JSON.stringify(wanted)} by ${options.back ? 'Shift+Tab' : 'Tab'}; focus is on ${JSON.stringify(await focused(page))}`);
}

/** Focuses a field by Tab and types into it. */
async function typeInto(page: Page, wanted: { id?: string; name?: string | RegExp }, text: string): Promise<void> {
  await tabTo(page, wanted);
  await page.keyboard.type(text);
}

describe('keyboard only', () => {
  let app: WebApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    app = await startWebApp();
    // A returning user's name and address, which a draft's From needs.
    await app.call('settings.update', { userName: 'Jo Park', userEmail: 'jo.park@example.com' });
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 860 }, timezoneId: ZONE, serviceWorkers: 'block', acceptDownloads: true });
    page = await context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.stop();
  });

  it('creates an application', async () => {
    await page.goto(app.appUrl);
    await expectHeading(page, 'Due');
    await tabTo(page, { name: 'Add your first application' });
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Applications');
    // The focus starts in the form's first field.
    await expect.poll(async () => (await focused(page)).id).toBe('app-company');
    await page.keyboard.type(COMPANY);
    await typeInto(page, { id: 'app-role' }, 'Platform engineer');
    await tabTo(page, { name: 'Add application' });
    await page.keyboard.press('Enter');
    await expectHeading(page, COMPANY);
  });

  it('adds an interview with an interviewer and a topic', async () => {
    await tabTo(page, { name: 'Add the first interview' });
    await page.keyboard.press('Enter');
    await expectHeading(page, 'New interview');
    const when = interviewEndedTwoHoursAgo(Date.now(), ZONE);
    // A select moves through its options with the arrow keys.
    await tabTo(page, { id: 'iv-round' });
    await page.keyboard.press('ArrowDown');
    // The date picker starts at today; a start that names its day sets the day as well.
    await typeInto(page, { id: 'iv-startTime' }, `${when.date} ${when.start}`);
    await typeInto(page, { id: 'iv-endTime' }, when.end);
    await typeInto(page, { id: 'new-interviewer-name' }, ANA);
    await typeInto(page, { id: 'new-interviewer-email' }, 'ana.ruiz@example.com');
    await tabTo(page, { name: 'Add interviewer' });
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('list', { name: 'Chosen interviewers' }).textContent()).toContain(ANA);
    await tabTo(page, { id: 'iv-topics' }, { back: true });
    await page.keyboard.type('streaming pipelines');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('list', { name: 'Topics added' }).textContent()).toContain('streaming pipelines');
    await tabTo(page, { name: 'Add interview' });
    await page.keyboard.press('Enter');
    await expectHeading(page, COMPANY);
    await expect.poll(() => page.getByRole('list', { name: 'Interviews' }).textContent()).toContain(ANA);
  });

  it('opens the thank-you note from Due and fixes a misspelling from the quick-fix card', async () => {
    // Back from the heading into the sidebar.
    await tabTo(page, { name: 'Due' }, { back: true });
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Due');
    await tabTo(page, { name: `Write note: Thank-you note to ${ANA}, ${COMPANY}` });
    await page.keyboard.press('Enter');
    await expectHeading(page, `Thank-you note to ${ANA}`);

    // The focus starts in the note's text; the subject is just before it.
    await expect.poll(async () => (await focused(page)).name, { timeout: 15_000 }).toBe('Text');
    await tabTo(page, { name: 'Subject' }, { back: true });
    await page.keyboard.type('Thank you for today');
    await tabTo(page, { name: 'Text' });
    await page.keyboard.type(`Dear Ana,\n\nThank you for the talk about streaming pipelines at ${COMPANY}. I recieved a clear picture of the team.`);
    const flagged = page.locator('.cm-content .cm-flag-spelling');
    await expect.poll(() => flagged.allTextContents(), { timeout: 15_000 }).toContain('recieved');

    await page.keyboard.press('Control+Home');
    const card = page.getByRole('group', { name: /^Spelling: “recieved”/ });
    for (let presses = 0; presses < 10 && !(await card.isVisible()); presses++) await page.keyboard.press('F8');
    await expect.poll(() => card.isVisible()).toBe(true);
    await expect.poll(() => card.getByRole('button', { name: 'received', exact: true }).isVisible()).toBe(true);
    await page.keyboard.press('Control+.');
    // The card takes the focus once it is drawn (the next frame): Tab from there, not from the text.
    await expect.poll(() => page.evaluate<boolean>(`document.activeElement?.closest('.cm-flag-card') != null`)).toBe(true);
    await tabTo(page, { name: 'received' }, { max: 8 });
    await page.keyboard.press('Enter');
    const text = page.getByRole('textbox', { name: 'Text', exact: true });
    await expect.poll(() => text.innerText()).toContain('I received a clear picture');
    await expect.poll(() => flagged.allTextContents()).not.toContain('recieved');
    await expect.poll(() => page.getByTestId('save-state').textContent()).toBe('Saved');
  });

  it('downloads the note as an .eml draft', async () => {
    await tabTo(page, { name: 'Download .eml draft' });
    const downloaded = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const download: Download = await downloaded;
    const eml = readFileSync(await download.path()).toString('latin1');
    expect(eml).toMatch(/^To: .*ana\.ruiz@example\.com/m);
    expect(eml).toMatch(/^Subject: Thank you for today/m);
    // The body is quoted-printable: a soft line break (=CRLF) may fall anywhere in it.
    expect(eml.replace(/=\r\n/g, '')).toContain('I received a clear picture');
    const status = page.getByRole('region', { name: 'Send' }).getByRole('status');
    await expect.poll(() => status.textContent()).toContain(`Downloaded ${download.suggestedFilename()}`);

    expect(foreignRequests(requests, app.origin)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
