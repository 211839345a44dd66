/**
 * The real desktop app, driven through Playwright's Electron support. It runs wherever the Electron binary is
 * installed (`npm start` downloads it on a machine with internet); where it is not, the spec is skipped and says so.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const root = fileURLToPath(new URL('../..', import.meta.url));
// Electron refuses to run as root with its sandbox on (containers, CI boxes); the renderer's own sandbox stays on.
const switches = process.getuid?.() === 0 ? ['--no-sandbox'] : [];

function launch(dataDir: string, env: Record<string, string> = {}): Promise<ElectronApplication> {
  return _electron.launch({ executablePath: binary!, args: [root, ...switches], cwd: root, env: { ...process.env, AFTERWORD_DATA_DIR: dataDir, ...env } });
}

type MenuEntry = { label: string; role: string | null; id: string | null; submenu: MenuEntry[] };

describe.skipIf(!binary)(`desktop app (${binary ? 'Electron found' : reason})`, () => {
  let dataDir: string;
  let electronApp: ElectronApplication;
  let page: Page;

  beforeAll(async () => {
    prepareNative({ quiet: true });
    dataDir = mkdtempSync(join(tmpdir(), 'afterword-electron-'));
    electronApp = await launch(dataDir);
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

  it('has the application menu of a user’s copy: File, Edit, View, Window, Help, and no Reload or Developer Tools', async () => {
    const menu = await electronApp.evaluate(({ Menu }) => {
      type Item = { label: string; role?: string; id?: string; submenu?: { items: Item[] } | null };
      const describe = (item: Item): MenuEntry => ({
        label: item.label,
        role: item.role ?? null,
        id: item.id ?? null,
        submenu: item.submenu ? item.submenu.items.map(describe) : [],
      });
      return ((Menu.getApplicationMenu()?.items ?? []) as unknown as Item[]).map(describe);
    });
    const labels = menu.map((item) => item.label.replace('&', ''));
    expect(labels.slice(-5)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    const everything = (items: MenuEntry[]): MenuEntry[] => items.flatMap((item) => [item, ...everything(item.submenu)]);
    const roles = everything(menu).map((item) => (item.role ?? '').toLowerCase());
    expect(roles).not.toContain('toggledevtools');
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forcereload');
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectall', 'zoomin', 'zoomout', 'resetzoom', 'togglefullscreen']));
  });

  it('goes to the page the menu names: Help → Keyboard Shortcuts, then File → New Application', async () => {
    await electronApp.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('keyboard-shortcuts')?.click());
    await expect.poll(() => page.getByRole('heading', { name: 'Keyboard shortcuts' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('heading', { name: 'Anywhere in the app' }).isVisible()).toBe(true);
    await electronApp.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('new-application')?.click());
    await expect.poll(() => page.getByRole('textbox', { name: /Company/ }).isVisible()).toBe(true);
  });

  it('comes back at the size and place it was closed', async () => {
    await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.setBounds({ x: 40, y: 30, width: 900, height: 640 }));
    await electronApp.close();
    const saved = JSON.parse(readFileSync(join(dataDir, 'window-state.json'), 'utf8'));
    expect(saved).toMatchObject({ version: 1, bounds: { width: 900, height: 640 }, maximized: false });
    electronApp = await launch(dataDir);
    page = await electronApp.firstWindow();
    const bounds = await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getBounds());
    expect(bounds).toMatchObject({ width: 900, height: 640 });
  });
});

describe.skipIf(!binary)(`desktop app opened with an invitation (${binary ? 'Electron found' : reason})`, () => {
  let dataDir: string;
  let electronApp: ElectronApplication;

  beforeAll(async () => {
    prepareNative({ quiet: true });
    dataDir = mkdtempSync(join(tmpdir(), 'afterword-electron-open-'));
    const invitation = join(dataDir, 'invite.ics');
    writeFileSync(invitation, googleInvitation());
    // As the file association launches it on Windows and Linux: the file's path as the last argument.
    electronApp = await _electron.launch({ executablePath: binary!, args: [root, ...switches, invitation], cwd: root, env: { ...process.env, AFTERWORD_DATA_DIR: dataDir } });
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

describe.skipIf(!binary)(`desktop app without its database module (${binary ? 'Electron found' : reason})`, () => {
  let dataDir: string;
  let electronApp: ElectronApplication;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'afterword-electron-native-'));
    const foreign = join(dataDir, 'built-for-another-electron.node');
    writeFileSync(foreign, 'not a build for this Electron');
    electronApp = await launch(dataDir, { AFTERWORD_NATIVE_BINDING: foreign });
  });
  afterAll(async () => {
    await electronApp?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the native-module screen with the command that fixes it and browser mode as the alternative', async () => {
    const page = await electronApp.firstWindow();
    await expect.poll(() => page.getByRole('heading', { name: 'Afterword cannot open its database module' }).isVisible()).toBe(true);
    expect(await page.getByTestId('native-fix').textContent()).toBe('npm run prepare-native');
    expect(await page.getByRole('region', { name: 'Or carry on in your browser' }).textContent()).toContain('npm run web');
    expect(await page.getByTestId('about-journal-path').textContent()).toBe(join(dataDir, 'journal.sqlite3'));
    expect(await page.getByTestId('native-problem').textContent()).toMatch(/Electron \d+\.\d+\.\d+/);
  });
});
