// A database module that cannot be loaded, in browser mode (AFTERWORD_NATIVE_BINDING points it at a file that is
// not a build for this Node, as a module left from another Node version would be): the app starts on a screen
// that says so in plain words, with the command that fixes it and where the journal is, and the journal is left
// exactly as it was. Screenshots in light and dark, at 800 and 1280 px, go to test-results/.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, launchBrowser, openPage } from './support/browser.ts';
import { actAsDesktop } from './support/desktop-bridge.ts';
import { checkEveryLook, expectHeading } from './support/journal-ui.ts';
import { startWebApp, type WebApp } from './support/web-app.ts';

const shots = fileURLToPath(new URL('../../test-results/native-module/', import.meta.url));

describe('a database module that cannot be loaded', () => {
  let browser: Browser;
  let app: WebApp;
  let dataDir: string;
  let journalBytes: Buffer;

  beforeAll(async () => {
    browser = await launchBrowser();
    dataDir = mkdtempSync(join(tmpdir(), 'afterword-e2e-native-'));
    // A journal already there, which must come through untouched.
    const db = new Database(join(dataDir, 'journal.sqlite3'));
    db.exec('CREATE TABLE kept (value TEXT); INSERT INTO kept VALUES (1);');
    db.close();
    journalBytes = readFileSync(join(dataDir, 'journal.sqlite3'));
    const foreign = join(dataDir, 'foreign-build.node');
    writeFileSync(foreign, 'built for another Node');
    app = await startWebApp({ dataDir, env: { AFTERWORD_NATIVE_BINDING: foreign } });
  });
  afterAll(async () => {
    await app?.stop();
    await browser?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('says what is wrong, the command that fixes it and where the journal is, reachable by keyboard and without axe violations', async () => {
    expect(app.output()).toContain('To fix it, stop this server and run: npm rebuild better-sqlite3');
    const { page, requests, errors, context } = await openPage(browser);
    await page.goto(app.appUrl);
    await expectHeading(page, 'Afterword cannot open its database module');
    expect(await page.getByTestId('native-problem').textContent()).toMatch(/was built for another version than Node \d+\.\d+\.\d+.*Your journal has not been opened or changed/);
    expect(await page.getByTestId('native-fix').textContent()).toBe('npm rebuild better-sqlite3');
    expect(await page.getByTestId('about-journal-path').textContent()).toBe(join(dataDir, 'journal.sqlite3'));
    // Browser mode is already the alternative: it is not offered again, and nothing else is offered either.
    expect(await page.getByRole('heading', { name: 'Or carry on in your browser' }).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);

    // By keyboard: the copy button, then the technical details.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string | null } | null } }).document.activeElement?.textContent)).toBe('Copy command');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('native-detail').isVisible()).toBe(true);
    expect(await page.getByTestId('native-detail').textContent()).toMatch(/invalid ELF header|file too short|not a valid/i);

    await checkEveryLook(page, shots, 'native-module');
    expect(foreignRequests(requests, app.origin)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers browser mode as the way to carry on in the desktop app', async () => {
    const { page, errors, context } = await openPage(browser);
    await actAsDesktop(page, app.secret);
    await page.goto(app.appUrl);
    await expectHeading(page, 'Afterword cannot open its database module');
    const alternative = page.getByRole('region', { name: 'Or carry on in your browser' });
    expect(await alternative.textContent()).toContain('npm run web');
    await checkEveryLook(page, shots, 'native-module-desktop');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('answers every journal call with the same explanation, and leaves the journal file as it was', async () => {
    const refused = await app.call('applications.list');
    expect(refused).toMatchObject({ ok: false, error: { code: 'native-module' } });
    const info = await app.call<{ nativeModuleProblem: { code: string } }>('app.info');
    expect(info.ok && info.value.nativeModuleProblem.code).toBe('native-mismatch');
    expect(readFileSync(join(dataDir, 'journal.sqlite3')).equals(journalBytes)).toBe(true);
    expect(readdirSync(dataDir).filter((name) => name.startsWith('journal'))).toEqual(['journal.sqlite3']);
  });
});
