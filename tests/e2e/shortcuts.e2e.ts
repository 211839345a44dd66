// The keyboard outside the editor: focus where work starts after each navigation, Ctrl+Enter saves a form, single-key
// shortcuts (never while typing), a help sheet on `?`, and arrow keys with Enter in the Due, search, application and
// people lists.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { expectHeading } from './support/journal-ui.ts';
import { callOk, startWebApp, type WebApp } from './support/web-app.ts';

const HOUR = 3_600_000;

const ok = callOk;

describe('the keyboard outside the editor', () => {
  let app: WebApp;
  let browser: Browser;
  let page: Page;
  const focused = () => page.evaluate<string>('(document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.labels?.[0]?.textContent ?? document.activeElement?.textContent ?? "").trim()');
  const focusedTag = () => page.evaluate<string>('document.activeElement?.tagName ?? ""');

  beforeAll(async () => {
    app = await startWebApp();
    const application = await ok<{ id: number }>(app, 'applications.create', { company: 'Brightline' });
    const ended = Date.now() - 2 * HOUR;
    await ok(app, 'interviews.create', {
      applicationId: application.id,
      round: 'panel',
      startsAt: new Date(ended - HOUR).toISOString(),
      endsAt: new Date(ended).toISOString(),
      timeZone: 'Europe/London',
      newInterviewers: [{ name: 'Ana Ruiz' }, { name: 'Bo Chen' }],
    });
    await ok(app, 'applications.create', { company: 'Brightline Labs', role: 'Analyst' });
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 860 }, timezoneId: 'Europe/London' })).newPage();
    await page.goto(app.appUrl);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows the shortcuts on ?, and Escape puts them away', async () => {
    await expectHeading(page, 'Due');
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => help.isVisible()).toBe(true);
    expect(await help.textContent()).toContain('New application');
    await page.keyboard.press('Escape');
    await expect.poll(() => help.isVisible()).toBe(false);
  });

  it('starts a new application on n with the focus in its first field, and saves it with Ctrl+Enter', async () => {
    await page.keyboard.press('n');
    await expectHeading(page, 'Applications');
    await expect.poll(focused).toBe('Company');
    // Typing an "n" or a "d" in a field stays text.
    await page.keyboard.type('Northwind and Dunmore');
    expect(await page.getByLabel('Company', { exact: true }).inputValue()).toBe('Northwind and Dunmore');
    await expectHeading(page, 'Applications');
    await page.keyboard.press('Control+Enter');
    await expectHeading(page, 'Northwind and Dunmore');
  });

  it('goes to Due on d, moves through it with the arrows, and opens a note with Enter, focus in its text', async () => {
    await page.locator('body').click({ position: { x: 5, y: 500 } });
    await page.keyboard.press('d');
    await expectHeading(page, 'Due');
    const writeAna = page.getByRole('button', { name: 'Write note: Thank-you note to Ana Ruiz, Brightline' });
    const writeBo = page.getByRole('button', { name: 'Write note: Thank-you note to Bo Chen, Brightline' });
    await writeAna.focus();
    await page.keyboard.press('ArrowDown');
    // Each row's first control is its company link; the arrows move row to row.
    expect(await focused()).not.toBe('Write note: Thank-you note to Ana Ruiz, Brightline');
    const rowOf = (name: string) => page.evaluate<boolean>(`document.activeElement?.closest('li')?.textContent?.includes(${JSON.stringify(name)}) ?? false`);
    expect((await rowOf('Bo Chen')) || (await rowOf('Ana Ruiz'))).toBe(true);
    await writeBo.focus();
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Thank-you note to Bo Chen');
    await expect.poll(focused, { timeout: 15_000 }).toBe('Text');
  });

  it('searches on / with the focus in the search box, and walks the results with the arrows', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).focus();
    await page.keyboard.press('/');
    await expectHeading(page, 'Search');
    await expect.poll(focusedTag).toBe('INPUT');
    await page.keyboard.type('Brightline');
    const results = page.getByRole('list', { name: 'Results' });
    await expect.poll(() => results.getByRole('listitem').count()).toBeGreaterThan(1);
    await results.getByRole('link').first().focus();
    const first = await focused();
    await page.keyboard.press('ArrowDown');
    expect(await focused()).not.toBe(first);
    await page.keyboard.press('Home');
    expect(await focused()).toBe(first);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).not.toContain('#/search');
  });

  it('walks the applications and people lists with the arrows and opens one with Enter', async () => {
    await page.evaluate('location.hash = "#/applications"');
    await expectHeading(page, 'Applications');
    const apps = page.getByRole('list', { name: 'Applications' });
    await expect.poll(() => apps.getByRole('listitem').count()).toBe(3);
    const links = apps.getByRole('link');
    await links.first().focus();
    await page.keyboard.press('End');
    const last = ((await links.last().textContent()) ?? '').trim();
    expect(await focused()).toBe(last);
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe(((await links.nth(1).textContent()) ?? '').trim());
    await page.keyboard.press('End');
    const lastCompany = ((await links.last().locator('strong').textContent()) ?? '').trim();
    await page.keyboard.press('Enter');
    await expectHeading(page, lastCompany);

    await page.evaluate('location.hash = "#/people"');
    await expectHeading(page, 'People');
    const people = page.getByRole('list', { name: 'People' });
    await people.getByRole('link').first().focus();
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toContain('Bo Chen');
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Bo Chen');
  });
});
