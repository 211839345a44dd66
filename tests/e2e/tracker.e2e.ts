// The tracker as someone coming from a spreadsheet meets it: their CSV brought in through the mapping step, the
// board's cards moved by mouse and by keyboard (and a move undone), and the insights page with a table beside
// every chart. Each state is checked with axe in both themes, and the page must make no request but its own.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, launchBrowser, openPage, type WatchedPage } from './support/browser.ts';
import { accessibilityViolations, expectHeading } from './support/journal-ui.ts';
import { startWebApp, type WebApp } from './support/web-app.ts';
import { tempDir } from '../support/temp-dir.ts';

// A European spreadsheet export: semicolons, a byte-order mark, a quoted cell with a line break, day-first dates,
// an employer column the guesser cannot name, and one row whose status nobody could read.
const CSV = [
  '\uFEFFFirm;Job Title;Stage;Date Applied;Source;Notes',
  'Brightline Health;Product manager;Applied;03/11/2026;LinkedIn;"Met them at a meetup;\nfollow up soon"',
  'Globex;Data engineer;Interviewing;05/11/2026;Referral;',
  'Initech;Analyst;Rejected;25/10/2026;Company website;',
  'Umbrella;QA lead;Maybe later;26/10/2026;;',
].join('\r\n');

const columnCards = (page: Page, status: string) => page.locator(`section[data-status="${status}"] li[data-card]`);
const cardNames = async (page: Page, status: string) => (await columnCards(page, status).locator('strong').allTextContents()).sort();
const columnCount = (page: Page, status: string) => page.locator(`section[data-status="${status}"] .count`).textContent();

async function noViolations(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
}

describe('the tracker in browser mode', () => {
  let app: WebApp;
  let browser: Browser;
  let watched: WatchedPage;
  let page: Page;
  const csvPath = join(tempDir('afterword-csv-'), 'my applications.csv');

  beforeAll(async () => {
    app = await startWebApp();
    browser = await launchBrowser();
    watched = await openPage(browser);
    page = watched.page;
    writeFileSync(csvPath, CSV);
  });
  afterAll(async () => {
    await watched?.context.close();
    await browser?.close();
    await app?.stop();
  });

  it('imports a CSV through the mapping step, writing nothing before Import', async () => {
    // The printed address hands the page its key; the screen is then opened by its own address.
    await page.goto(app.appUrl);
    await expectHeading(page, 'Due');
    await page.goto(`${app.origin}/#/spreadsheets`);
    await expectHeading(page, 'Import or export CSV');
    await page.getByLabel('CSV file').setInputFiles(csvPath);

    // The header's "Firm" is not a name the guesser knows: the company must be chosen by hand.
    await expect.poll(() => page.getByText('6 columns separated by semicolons').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Choose the column that holds the company').isVisible()).toBe(true);
    await noViolations(page);
    await page.getByRole('combobox', { name: 'Firm' }).selectOption('company');

    const preview = page.getByRole('table', { name: '2. Preview' });
    await expect.poll(() => preview.getByRole('row').count()).toBe(4);
    expect(await preview.getByRole('row').nth(1).innerText()).toMatch(/Brightline Health\s+Product manager\s+Active\s+Job board\s+(Nov 3, 2026|3 Nov 2026)/);
    await expect.poll(() => page.getByText('1 row cannot be imported').isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: '1 row cannot be imported' }).innerText()).toMatch(/Row 5, Stage: “Maybe later” is not a status we know/);
    expect(((await app.call<{ total: number }>('applications.list')) as { value: { total: number } }).value.total).toBe(0);

    await page.getByRole('button', { name: 'Dry run: check every row' }).click();
    await expect.poll(() => page.getByText('Dry run: 3 rows can be imported, 1 cannot (listed above). Nothing has been written.').isVisible()).toBe(true);
    expect(((await app.call<{ total: number }>('applications.list')) as { value: { total: number } }).value.total).toBe(0);
    await noViolations(page);

    await page.getByRole('button', { name: 'Import 3 applications' }).click();
    await expect.poll(() => page.getByText('Imported 3 applications from my applications.csv. 1 row was left out.').isVisible()).toBe(true);
    const list = (await app.call<{ items: { company: string; notes: string }[] }>('applications.list')) as { value: { items: { company: string; notes: string }[] } };
    expect(list.value.items.map((a) => a.company).sort()).toEqual(['Brightline Health', 'Globex', 'Initech']);
    expect(list.value.items.find((a) => a.company === 'Brightline Health')!.notes).toBe('Met them at a meetup;\nfollow up soon');
  });

  it('shows the imported applications on the board, a count per column', async () => {
    await page.getByRole('link', { name: 'See them on the board' }).click();
    await expectHeading(page, 'Board');
    await expect.poll(() => cardNames(page, 'active')).toEqual(['Brightline Health', 'Globex']);
    expect(await cardNames(page, 'rejected')).toEqual(['Initech']);
    expect(await columnCount(page, 'active')).toBe('2');
    expect(await columnCount(page, 'offer')).toBe('0');
    await noViolations(page);
  });

  it('moves a card by mouse, and keeps the move in the application’s history', async () => {
    const globex = columnCards(page, 'active').filter({ hasText: 'Globex' });
    await globex.dragTo(page.locator('section[data-status="offer"]'));
    await expect.poll(() => cardNames(page, 'offer')).toEqual(['Globex']);
    expect(await cardNames(page, 'active')).toEqual(['Brightline Health']);
    expect(await columnCount(page, 'offer')).toBe('1');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Globex moved to Offer.' }).isVisible()).toBe(true);
  });

  it('undoes a move with Ctrl+Z, and moves by keyboard alone', async () => {
    await page.keyboard.press('Control+z');
    await expect.poll(() => cardNames(page, 'active')).toEqual(['Brightline Health', 'Globex']);
    expect(await cardNames(page, 'offer')).toEqual([]);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Globex is back in Active.' }).isVisible()).toBe(true);

    // Focus stays on the card that moved: Shift+→ carries it one column on, Shift+← back.
    const brightline = columnCards(page, 'active').filter({ hasText: 'Brightline Health' }).getByRole('link');
    await brightline.focus();
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => cardNames(page, 'offer')).toEqual(['Brightline Health']);
    await expect.poll(() => page.evaluate<string | null>(`document.activeElement?.closest('section[data-status]')?.getAttribute('data-status') ?? null`)).toBe('offer');
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => cardNames(page, 'rejected')).toEqual(['Brightline Health', 'Initech']);

    // The "Move to" menu, by keyboard: open, arrow down, Enter.
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string>('document.activeElement?.textContent ?? ""')).toMatch(/Move to…/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('list', { name: 'Move Brightline Health to' }).isVisible()).toBe(true);
    await noViolations(page);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate<string>('document.activeElement?.textContent ?? ""')).toBe('Offer');
    await page.keyboard.press('Enter');
    await expect.poll(() => cardNames(page, 'offer')).toEqual(['Brightline Health']);

    const history = (await app.call('board.history', { applicationId: 1 })) as { value: { status: string }[] };
    expect(history.value.map((c) => c.status)).toEqual(['active', 'offer', 'rejected', 'offer']);
  });

  it('filters the board by company and source, counting only what it shows', async () => {
    await page.getByRole('combobox', { name: 'Company' }).fill('glob');
    await expect.poll(() => cardNames(page, 'active')).toEqual(['Globex']);
    await expect.poll(() => columnCount(page, 'offer')).toBe('0');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('combobox', { name: 'Source' }).selectOption('company-site');
    await expect.poll(() => cardNames(page, 'rejected')).toEqual(['Initech']);
    expect(await cardNames(page, 'offer')).toEqual([]);
    await page.getByRole('button', { name: 'Clear filters' }).click();
  });

  it('shows the insights page with a table beside every chart, in both themes', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights' }).click();
    await expectHeading(page, 'Insights');
    await expect.poll(() => page.locator('canvas').count()).toBe(6);
    // Drawn, not just placed: the chart library loads when the first chart is drawn, and each canvas gets ink.
    const inked = `[...document.querySelectorAll('canvas')].filter((canvas) => {
      const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      for (let alpha = 3; alpha < pixels.length; alpha += 4) if (pixels[alpha] !== 0) return true;
      return false;
    }).length`;
    await expect.poll(() => page.evaluate<number>(inked)).toBe(6);
    const funnel = page.getByRole('table', { name: 'From applying to an offer' });
    expect(await funnel.getByRole('row').allInnerTexts()).toEqual(['Step\tApplications\tShare', 'Applied\t3\t100%', 'First reply\t2\t67%', 'Interview\t0\t0%', 'Offer\t1\t33%']);
    for (const name of ['Replies by stage', 'Replies by source', 'Thank-you notes', 'Check-ins per application', 'Activity per week']) {
      expect(await page.getByRole('table', { name }).isVisible()).toBe(true);
    }
    await noViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await noViolations(page);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('made no request outside the app, and logged no error', () => {
    expect(foreignRequests(watched.requests, app.origin)).toEqual([]);
    expect(watched.errors).toEqual([]);
  });
});
