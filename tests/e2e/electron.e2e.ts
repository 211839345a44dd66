/**
 * The real desktop app, driven through Playwright's Electron support. It runs wherever the Electron binary is
 * installed (`npm start` downloads it on a machine with internet); where it is not, the spec is skipped and says so.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronBinary } from '../../scripts/electron-binary.js';
import { prepareNative } from '../../scripts/prepare-native.js';
import { methodNames } from '../../src-shared/api/contract.ts';
import { googleInvitation } from '../unit/calendar/invitations.ts';

const binary = electronBinary();
const reason = 'skipped: the Electron binary is not installed on this machine (it cannot be downloaded here); run `npm start` once on a machine with internet to install it';
if (!binary) console.warn(`electron.e2e.ts ${reason}`);

describe.skipIf(!binary)(`desktop app (${binary ? 'Electron found' : reason})`, () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  let dataDir: string;
  let electronApp: ElectronApplication;
  let page: Page;

  beforeAll(async () => {
    prepareNative({ quiet: true });
    dataDir = mkdtempSync(join(tmpdir(), 'afterword-electron-'));
    electronApp = await _electron.launch({
      executablePath: binary!,
      args: [root],
      cwd: root,
      env: { ...process.env, AFTERWORD_DATA_DIR: dataDir },
    });
    page = await electronApp.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });
  afterAll(async () => {
    await electronApp?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the app from its own protocol, not file://', () => {
    expect(page.url()).toMatch(/^app:\/\/afterword\//);
  });

  it('shows the journal path in About', async () => {
    await page.getByRole('link', { name: 'About' }).click();
    await expect.poll(() => page.getByTestId('about-journal-path').textContent()).toBe(join(dataDir, 'journal.sqlite3'));
  });

  it('exposes only the contract’s named functions and no Node', async () => {
    const exposed = await page.evaluate(() => {
      // Runs in the page; tsconfig.node has no DOM types, so the page's globals are reached through globalThis.
      const window = globalThis as unknown as { afterword: Record<string, Record<string, unknown>>; require?: unknown; process?: unknown };
      const api = window.afterword;
      return {
        names: Object.entries(api).flatMap(([area, fns]) => Object.keys(fns).map((fn) => `${area}.${fn}`)).sort(),
        allFunctions: Object.values(api).every((fns) => Object.values(fns).every((fn) => typeof fn === 'function')),
        hasRequire: typeof window.require !== 'undefined',
        hasProcess: typeof window.process !== 'undefined',
      };
    });
    expect(exposed.names).toEqual([...methodNames].sort());
    expect(exposed.allFunctions).toBe(true);
    expect(exposed.hasRequire).toBe(false);
    expect(exposed.hasProcess).toBe(false);
  });

  it('denies new windows and navigation away from the app', async () => {
    const opened = await page.evaluate(() => (globalThis as unknown as { open(url: string): unknown }).open('https://example.com') === null);
    expect(opened).toBe(true);
    await page.evaluate(() => {
      (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/afterword\//);
    expect(electronApp.windows()).toHaveLength(1);
  });

  it('runs with context isolation and the sandbox on', async () => {
    const prefs = await electronApp.evaluate(({ BrowserWindow }) => {
      const window = BrowserWindow.getAllWindows()[0];
      const webPreferences = (window?.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> }).getLastWebPreferences();
      return { contextIsolation: webPreferences.contextIsolation, sandbox: webPreferences.sandbox, nodeIntegration: webPreferences.nodeIntegration };
    });
    expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  });

  it('imports an invitation through the preload and plans a thank-you note for each interviewer', async () => {
    const result = await page.evaluate(async (base64) => {
      const api = (globalThis as unknown as { afterword: Record<string, Record<string, (input?: unknown) => Promise<{ ok: boolean; value?: unknown }>>> }).afterword;
      await api.settings!.update!({ userEmail: 'sam.candidate@gmail.com' });
      const imported = await api.calendar!.importInvitation!({ base64, newApplication: { company: 'Northwind Labs' } });
      const due = await api.due!.list!({ now: '2026-12-04T09:00:00Z' });
      return { imported: imported.ok, names: (due.value as { items: { kind: string; recipientName: string }[] }).items.filter((i) => i.kind === 'thank-you').map((i) => i.recipientName) };
    }, Buffer.from(googleInvitation()).toString('base64'));
    expect(result).toEqual({ imported: true, names: ['Dana Whitfield', 'Priya Raman'] });
  });

  it('keeps running in the tray when the window is closed with the setting on, and shows the window again', async () => {
    await page.evaluate(() =>
      (globalThis as unknown as { afterword: { settings: { update(input: unknown): Promise<unknown> } } }).afterword.settings.update({ closeToTray: true, trayExplained: true }),
    );
    const state = await electronApp.evaluate(async ({ BrowserWindow }) => {
      const window = BrowserWindow.getAllWindows()[0]!;
      window.close();
      await new Promise((resolve) => setTimeout(resolve, 300));
      const hidden = { count: BrowserWindow.getAllWindows().length, visible: window.isVisible() };
      window.show();
      return hidden;
    });
    expect(state).toEqual({ count: 1, visible: false });
    await page.evaluate(() =>
      (globalThis as unknown as { afterword: { settings: { update(input: unknown): Promise<unknown> } } }).afterword.settings.update({ closeToTray: false }),
    );
  });
});

describe.skipIf(!binary)(`desktop app opened with an invitation (${binary ? 'Electron found' : reason})`, () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  let dataDir: string;
  let electronApp: ElectronApplication;

  beforeAll(async () => {
    prepareNative({ quiet: true });
    dataDir = mkdtempSync(join(tmpdir(), 'afterword-electron-open-'));
    const invitation = join(dataDir, 'invite.ics');
    writeFileSync(invitation, googleInvitation());
    // As the file association launches it on Windows and Linux: the file's path as the last argument.
    electronApp = await _electron.launch({ executablePath: binary!, args: [root, invitation], cwd: root, env: { ...process.env, AFTERWORD_DATA_DIR: dataDir } });
  });
  afterAll(async () => {
    await electronApp?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the Import screen with what the invitation says', async () => {
    const page = await electronApp.firstWindow();
    await expect.poll(() => page.getByTestId('invitation-summary').textContent(), { timeout: 20_000 }).toContain('Northwind Labs — Technical interview');
  });
});
