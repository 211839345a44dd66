// A journal that cannot be opened, in browser mode: the app starts on the Recovery screen, says what is wrong,
// lists the backups, and restoring the latest one brings back the normal app with the backup's data, while the
// damaged file is kept, unchanged, under a name that says so. A journal from a newer Afterword is set aside for a
// new, empty one after the user confirms.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, launchBrowser, openPage } from './support/browser.ts';
import { accessibilityViolations, expectHeading } from './support/journal-ui.ts';
import { startWebApp, type WebApp } from './support/web-app.ts';

/** A data folder whose journal holds `companies` and has a backup of them. */
async function journalWithBackup(companies: string[]): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'afterword-e2e-recovery-'));
  const app = await startWebApp({ dataDir });
  try {
    for (const company of companies) expect((await app.call('applications.create', { company, role: 'Data engineer' })).ok).toBe(true);
    expect((await app.call('backups.create')).ok).toBe(true);
  } finally {
    await app.stop();
  }
  return dataDir;
}

describe('a journal that cannot be opened', () => {
  let browser: Browser;
  const folders: string[] = [];
  let app: WebApp | null = null;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await app?.stop();
    await browser?.close();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it('is explained on the Recovery screen, and restoring the latest backup brings back its data', async () => {
    const dataDir = await journalWithBackup(['Kestrel Labs', 'Hollis & Co']);
    folders.push(dataDir);
    const garbage = randomBytes(16_384);
    writeFileSync(join(dataDir, 'journal.sqlite3'), garbage);
    app = await startWebApp({ dataDir });
    expect(app.output()).toContain('The journal cannot be opened');

    const { page, requests, errors, context } = await openPage(browser);
    await page.goto(app.appUrl);
    await expectHeading(page, 'Your journal could not be opened');
    expect(await page.getByTestId('journal-problem').textContent()).toContain('is not a readable Afterword journal');
    // Nothing else is offered until the journal is sorted out.
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    const backups = page.getByRole('table', { name: 'Backups, newest first' }).getByRole('row');
    await expect.poll(() => backups.count()).toBe(2);
    expect((await accessibilityViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

    await page.getByRole('button', { name: 'Restore the latest backup' }).click();
    await expectHeading(page, 'Your backup is back in place');
    const keptAs = (await page.getByTestId('kept-as').textContent()) ?? '';
    expect(keptAs).toMatch(new RegExp(`^${dataDir}/journal\\.damaged-\\d{8}-\\d{6}\\.sqlite3$`));
    expect(readFileSync(keptAs)).toEqual(garbage);

    await page.getByRole('button', { name: 'Continue to Afterword' }).click();
    await expectHeading(page, 'Due');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Applications' }).click();
    await expectHeading(page, 'Applications');
    await expect.poll(() => page.getByRole('link', { name: 'Kestrel Labs' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Hollis & Co' }).isVisible()).toBe(true);
    // After a reload, too: the restored journal is the journal now.
    await page.reload();
    await expect.poll(() => page.getByRole('link', { name: 'Kestrel Labs' }).isVisible()).toBe(true);

    expect(foreignRequests(requests, app.origin)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
    await app.stop();
    app = null;
  });

  it('from a newer Afterword is set aside, after confirming, for a new journal', async () => {
    const dataDir = await journalWithBackup(['Globex']);
    folders.push(dataDir);
    const db = new Database(join(dataDir, 'journal.sqlite3'));
    db.pragma('user_version = 999');
    db.close();
    const newer = readFileSync(join(dataDir, 'journal.sqlite3'));
    app = await startWebApp({ dataDir });

    const { page, errors, context } = await openPage(browser, { colorScheme: 'dark' });
    await page.goto(app.appUrl);
    await expectHeading(page, 'Your journal is from a newer Afterword');
    expect(await page.getByTestId('journal-problem').textContent()).toContain('Update Afterword to open it');
    expect((await accessibilityViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

    await page.getByRole('button', { name: 'Start a new journal…' }).click();
    const confirm = page.getByRole('group', { name: 'Confirm starting a new journal' });
    // Cancelling changes nothing.
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(readdirSync(dataDir).filter((name) => name.includes('newer-version'))).toEqual([]);
    await page.getByRole('button', { name: 'Start a new journal…' }).click();
    await confirm.getByRole('button', { name: 'Start the new journal' }).click();
    await expectHeading(page, 'A new journal is ready');
    const keptAs = (await page.getByTestId('kept-as').textContent()) ?? '';
    expect(keptAs).toMatch(new RegExp(`^${dataDir}/journal\\.newer-version-\\d{8}-\\d{6}\\.sqlite3$`));
    expect(readFileSync(keptAs)).toEqual(newer);

    await page.getByRole('button', { name: 'Continue to Afterword' }).click();
    await expectHeading(page, 'Due');
    await expect.poll(() => page.getByText('Welcome to Afterword').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
