// The desktop shell's guards, run against a recording stand-in for Electron's API: Electron itself cannot run on
// every machine that runs the tests, but the wiring (which handler is registered, what it answers) can be checked
// everywhere. tests/e2e/electron.e2e.ts checks the same behaviour in the real app where Electron is installed.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../support/temp-dir.ts';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const state = {
    appListeners: new Map<string, Listener>(),
    ipcHandlers: new Map<string, Listener>(),
    permissionRequest: undefined as Listener | undefined,
    permissionCheck: undefined as Listener | undefined,
    devicePermission: undefined as Listener | undefined,
    beforeRequest: undefined as Listener | undefined,
    appWindows: new Set<unknown>(),
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, Listener>(),
    exposed: new Map<string, unknown>(),
    invoked: [] as Array<[string, unknown]>,
    rendererListeners: new Map<string, Set<Listener>>(),
    applicationMenu: null as unknown,
    windows: [] as Array<{ options: Record<string, unknown>; listeners: Map<string, Listener>; normalBounds: unknown; maximized: boolean; calls: string[] }>,
    workAreas: [{ x: 0, y: 0, width: 1920, height: 1080 }] as Array<{ x: number; y: number; width: number; height: number }>,
  };
  const electron = {
    app: { on: (name: string, listener: Listener) => state.appListeners.set(name, listener) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => (state.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => (state.permissionCheck = handler),
        setDevicePermissionHandler: (handler: Listener) => (state.devicePermission = handler),
        webRequest: { onBeforeRequest: (handler: Listener) => (state.beforeRequest = handler) },
      },
    },
    ipcMain: { handle: (channel: string, handler: Listener) => state.ipcHandlers.set(channel, handler) },
    BrowserWindow: Object.assign(
      function BrowserWindow(options: Record<string, unknown>) {
        const window = { options, listeners: new Map<string, Listener>(), normalBounds: null as unknown, maximized: false, calls: [] as string[] };
        state.windows.push(window);
        return {
          once: (name: string, listener: Listener) => window.listeners.set(name, listener),
          on: (name: string, listener: Listener) => window.listeners.set(name, listener),
          loadURL: async (url: string) => window.calls.push(`load ${url}`),
          show: () => window.calls.push('show'),
          maximize: () => window.calls.push('maximize'),
          getNormalBounds: () => window.normalBounds,
          isMaximized: () => window.maximized,
          webContents: { on: (name: string, listener: Listener) => window.listeners.set(`contents:${name}`, listener) },
        };
      },
      { fromWebContents: (contents: unknown) => (state.appWindows.has(contents) ? {} : null) },
    ),
    screen: { getAllDisplays: () => state.workAreas.map((workArea) => ({ workArea })) },
    Menu: {
      // The real Menu turns the template into MenuItems; the template itself is what the tests read.
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: unknown) => (state.applicationMenu = menu),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.schemes.push(...schemes),
      handle: (scheme: string, handler: Listener) => state.protocolHandlers.set(scheme, handler),
    },
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => state.exposed.set(key, value) },
    ipcRenderer: {
      invoke: async (channel: string, input: unknown) => {
        state.invoked.push([channel, input]);
        return { ok: true, value: null };
      },
      on: (channel: string, listener: Listener) => {
        if (!state.rendererListeners.has(channel)) state.rendererListeners.set(channel, new Set());
        state.rendererListeners.get(channel)!.add(listener);
      },
      removeListener: (channel: string, listener: Listener) => state.rendererListeners.get(channel)?.delete(listener),
    },
  };
  return { state, electron };
});

vi.mock('electron', () => fake.electron);

const { hardenApp, hardenSession } = await import('../../src-main/desktop/hardening.ts');
const { registerIpc } = await import('../../src-main/desktop/ipc.ts');
const { APP_ORIGIN } = await import('../../src-main/security/app-origin.ts');
const { methodNames } = await import('../../src-shared/api/contract.ts');
const { ipcChannel } = await import('../../src-shared/api/client.ts');
const { registerAppScheme, serveAppScheme } = await import('../../src-main/desktop/protocol.ts');
const { installApplicationMenu } = await import('../../src-main/desktop/menu.ts');
const { createMainWindow } = await import('../../src-main/desktop/window.ts');
const { MENU_COMMAND_CHANNEL } = await import('../../src-shared/api/menu.ts');

/** A web contents as the guards see it: records its listeners and window-open handler. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: Listener | undefined;
  return {
    listeners,
    open: (details: unknown) => openHandler?.(details),
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: Listener) => (openHandler = handler),
  };
}

function navigate(contents: ReturnType<typeof fakeContents>, kind: 'will-navigate' | 'will-redirect', url: string): boolean {
  let prevented = false;
  contents.listeners.get(kind)?.({ preventDefault: () => (prevented = true) }, url);
  return prevented;
}

describe('desktop hardening', () => {
  const allowed = [APP_ORIGIN];
  let contents: ReturnType<typeof fakeContents>;

  beforeEach(() => {
    hardenApp(allowed);
    hardenSession(allowed);
    contents = fakeContents();
    fake.state.appListeners.get('web-contents-created')?.({}, contents);
  });

  it('should block navigation and redirects away from the app, and allow moving within it', () => {
    expect(navigate(contents, 'will-navigate', 'https://example.com/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents, 'will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'app://afterword/index.html#/about')).toBe(false);
  });

  it('should deny every new window and every webview', () => {
    expect(contents.open({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.open({ url: 'app://afterword/index.html' })).toEqual({ action: 'deny' });
    let prevented = false;
    contents.listeners.get('will-attach-webview')?.({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });

  it('should refuse every permission request and check', () => {
    const answers: boolean[] = [];
    for (const permission of ['notifications', 'media', 'geolocation', 'clipboard-read', 'openExternal']) {
      fake.state.permissionRequest?.({}, permission, (granted: boolean) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false, false]);
    expect(fake.state.permissionCheck?.({}, 'notifications')).toBe(false);
    expect(fake.state.devicePermission?.({})).toBe(false);
  });

  it('should cancel every request that leaves the app', () => {
    const cancelled = (url: string) => {
      let answer: unknown;
      fake.state.beforeRequest?.({ url }, (response: { cancel: boolean }) => (answer = response.cancel));
      return answer;
    };
    expect(cancelled('https://fonts.example.com/font.woff2')).toBe(true);
    expect(cancelled('http://127.0.0.1:5173/')).toBe(true);
    expect(cancelled('app://afterword/assets/index.js')).toBe(false);
  });
});

describe('desktop IPC', () => {
  const appPage = { url: 'app://afterword/index.html#/due' };
  const appContents = { mainFrame: appPage };
  const dispatched: string[] = [];

  beforeEach(() => {
    dispatched.length = 0;
    fake.state.ipcHandlers.clear();
    fake.state.appWindows.clear();
    fake.state.appWindows.add(appContents);
    registerIpc(async (name) => {
      dispatched.push(name);
      return { ok: true, value: name };
    }, [APP_ORIGIN]);
  });

  const invoke = (event: unknown, channel = ipcChannel('app.info')) => fake.state.ipcHandlers.get(channel)?.(event, {});

  it('should register one channel per contract method and nothing else', () => {
    expect([...fake.state.ipcHandlers.keys()].sort()).toEqual(methodNames.map(ipcChannel).sort());
  });

  it('should answer the app page in the app window', async () => {
    expect(await invoke({ sender: appContents, senderFrame: appPage })).toEqual({ ok: true, value: 'app.info' });
    expect(dispatched).toEqual(['app.info']);
  });

  it('should refuse a frame inside the page, another origin, another window and a vanished frame, before dispatching', async () => {
    const iframe = { url: 'app://afterword/index.html' };
    const foreign = { url: 'https://example.com/' };
    const otherContents = { mainFrame: appPage };
    for (const event of [
      { sender: appContents, senderFrame: iframe },
      { sender: { mainFrame: foreign }, senderFrame: foreign },
      { sender: otherContents, senderFrame: appPage },
      { sender: appContents, senderFrame: null },
    ]) {
      expect(await invoke(event)).toEqual({ ok: false, error: { code: 'forbidden', message: 'This request did not come from the Afterword window.' } });
    }
    expect(dispatched).toEqual([]);
  });
});

describe('the app:// protocol', () => {
  const rendererDir = tempDir('afterword-renderer-');
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Afterword</title>');
  registerAppScheme();
  serveAppScheme(rendererDir);
  const serve = (url: string) => fake.state.protocolHandlers.get('app')?.({ url }) as Promise<Response>;

  it('should register app:// as a standard, secure scheme, so the page never runs from file://', () => {
    expect(fake.state.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
  });

  it('should serve the page with the Content-Security-Policy that forbids inline scripts and remote origins', async () => {
    const response = await serve('app://afterword/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Afterword</title>');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/https?:|unsafe-eval|script-src[^;]*unsafe-inline/);
  });

  it('should answer 404 for another host or a path outside the page folder', async () => {
    expect((await serve('app://elsewhere/index.html')).status).toBe(404);
    expect((await serve('app://afterword/../../etc/passwd')).status).toBe(404);
    expect((await serve('app://afterword/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
  });
});

describe('the preload', () => {
  it('should expose only the contract’s named functions, each bound to its own channel', async () => {
    await import('../../src-preload/index.ts');
    const exposed = fake.state.exposed.get('afterword') as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;
    expect([...fake.state.exposed.keys()]).toEqual(['afterword', 'afterwordMenu']);
    const names = Object.entries(exposed).flatMap(([area, functions]) => Object.keys(functions).map((action) => `${area}.${action}`));
    expect(names.sort()).toEqual([...methodNames].sort());
    expect(Object.values(exposed).flatMap((functions) => Object.values(functions)).every((value) => typeof value === 'function')).toBe(true);

    await exposed.app?.info?.();
    await exposed.settings?.get?.();
    expect(fake.state.invoked.map(([channel]) => channel)).toEqual([ipcChannel('app.info'), ipcChannel('settings.get')]);
  });
});

describe('the menu bridge in the preload', () => {
  type MenuBridge = { onCommand(listener: (command: string) => void): () => void };
  const fromMain = (command: unknown) => {
    for (const listener of fake.state.rendererListeners.get(MENU_COMMAND_CHANNEL) ?? []) listener({ sender: 'ipcRenderer', senderFrame: {} }, command);
  };

  it('should hand the page each menu command by name, and nothing else', async () => {
    await import('../../src-preload/index.ts');
    const bridge = fake.state.exposed.get('afterwordMenu') as MenuBridge;
    expect(Object.keys(bridge)).toEqual(['onCommand']);
    const heard: unknown[][] = [];
    const stop = bridge.onCommand((...args) => heard.push(args));
    fromMain('new-application');
    fromMain('about');
    // Names the page does not know, and anything that is not a name, never reach it.
    fromMain('toggle-devtools');
    fromMain({ command: 'about' });
    expect(heard).toEqual([['new-application'], ['about']]);
    stop();
    fromMain('about');
    expect(heard).toHaveLength(2);
  });

  it('should refuse a listener that is not a function', async () => {
    await import('../../src-preload/index.ts');
    const bridge = fake.state.exposed.get('afterwordMenu') as { onCommand(listener: unknown): unknown };
    expect(() => bridge.onCommand('alert(1)')).toThrow(TypeError);
  });
});

describe('the application menu', () => {
  type Item = { id?: string; label?: string; role?: string; type?: string; accelerator?: string; click?: () => void; submenu?: Item[] };
  const sent: string[] = [];
  const performed: string[] = [];
  const actions = { send: (command: string) => sent.push(command), exportJournal: () => performed.push('export'), openDataFolder: () => performed.push('data folder') };
  const install = (platform: NodeJS.Platform, development = false) => {
    installApplicationMenu({ platform, appName: 'Afterword', development, actions });
    return (fake.state.applicationMenu as { template: Item[] }).template;
  };
  const menu = (template: Item[], label: string) => template.find((item) => item.label?.replace('&', '') === label)?.submenu ?? [];
  const roles = (items: Item[]) => items.flatMap((item) => (item.role ? [item.role] : []));
  const everyItem = (items: Item[]): Item[] => items.flatMap((item) => [item, ...everyItem(item.submenu ?? [])]);
  const byId = (template: Item[], id: string) => everyItem(template).find((item) => item.id === id);

  beforeEach(() => {
    sent.length = 0;
    performed.length = 0;
  });

  it('should offer File, Edit, View, Window and Help on Linux and Windows, with no app menu', () => {
    for (const platform of ['linux', 'win32'] as const) {
      const template = install(platform);
      expect(template.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
      expect(menu(template, 'File').map((item) => item.label ?? item.role ?? item.type)).toEqual(['New Application', 'separator', 'Export Journal…', 'separator', 'quit']);
      expect(menu(template, 'Help').map((item) => item.label ?? item.type)).toEqual(['Keyboard Shortcuts', 'Open Data Folder', 'separator', 'About Afterword']);
    }
  });

  it('should put About and Quit in the app menu on macOS, and end File with Close Window', () => {
    const template = install('darwin');
    // No Alt-key markers on macOS, where they would show as `&`.
    expect(template.map((item) => item.label)).toEqual(['Afterword', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(template[0]?.submenu?.[0]?.label).toBe('About Afterword');
    expect(roles(template[0]?.submenu ?? [])).toEqual(['services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(roles(menu(template, 'File'))).toEqual(['close']);
    expect(roles(menu(template, 'Window'))).toEqual(['minimize', 'zoom', 'front']);
    expect(menu(template, 'Help').map((item) => item.label)).not.toContain('About Afterword');
  });

  it('should give the editing roles, and accelerators that follow each platform (Cmd on macOS, Ctrl elsewhere)', () => {
    const template = install('linux');
    expect(roles(menu(template, 'Edit'))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll']);
    const accelerators = everyItem(template).flatMap((item) => (item.accelerator ? [item.accelerator] : []));
    expect(accelerators).toEqual(['CmdOrCtrl+N', 'CmdOrCtrl+Shift+E', 'CmdOrCtrl+/']);
  });

  it('should have no Reload or Developer Tools in a user’s copy, and have them in `npm run dev`', () => {
    const production = roles(everyItem(install('linux')));
    expect(production).not.toContain('toggleDevTools');
    expect(production).not.toContain('reload');
    expect(production).not.toContain('forceReload');
    expect(roles(menu(install('linux'), 'View'))).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(roles(menu(install('darwin', true), 'View'))).toEqual(['reload', 'forceReload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('should send the page its commands, and export and open the data folder in main', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const template = install(platform);
      for (const id of ['new-application', 'about', 'keyboard-shortcuts', 'export-journal', 'open-data-folder']) byId(template, id)?.click?.();
    }
    expect(sent).toEqual(['new-application', 'about', 'keyboard-shortcuts', 'new-application', 'about', 'keyboard-shortcuts']);
    expect(performed).toEqual(['export', 'data folder', 'export', 'data folder']);
  });
});

describe('the main window', () => {
  const dir = tempDir('afterword-window-');
  const statePath = join(dir, 'window-state.json');
  const open = () => {
    createMainWindow({ preloadPath: '/app/out/preload/index.cjs', startUrl: 'app://afterword/index.html', iconPath: '/app/resources/icon.png', statePath });
    return fake.state.windows.at(-1)!;
  };

  beforeEach(() => {
    fake.state.windows.length = 0;
    fake.state.workAreas = [{ x: 0, y: 0, width: 1920, height: 1080 }];
    rmSync(statePath, { force: true });
  });

  it('should carry the app icon and open at the default size the first time', () => {
    const window = open();
    expect(window.options).toMatchObject({ icon: '/app/resources/icon.png', width: 1200, height: 820 });
    expect(window.options).not.toHaveProperty('x');
    // And it still asks before leaving unsaved text.
    expect(window.listeners.has('contents:will-prevent-unload')).toBe(true);
  });

  it('should come back where it was closed, maximized again if it was', () => {
    const first = open();
    first.normalBounds = { x: 300, y: 120, width: 1000, height: 700 };
    first.maximized = true;
    first.listeners.get('close')?.();
    expect(JSON.parse(readFileSync(statePath, 'utf8'))).toEqual({ version: 1, bounds: { x: 300, y: 120, width: 1000, height: 700 }, maximized: true });

    const second = open();
    expect(second.options).toMatchObject({ x: 300, y: 120, width: 1000, height: 700 });
    second.listeners.get('ready-to-show')?.();
    expect(second.calls).toEqual(['load app://afterword/index.html', 'maximize', 'show']);
  });

  it('should open on a display that exists when the one it was on is gone, and no larger than it', () => {
    writeFileSync(statePath, JSON.stringify({ version: 1, bounds: { x: 2200, y: 100, width: 1600, height: 1000 }, maximized: false }));
    // The second monitor (x ≥ 1920) was unplugged: back to the default place.
    expect(open().options).not.toHaveProperty('x');
    // Half off the right edge of a smaller screen: moved and shrunk onto it.
    fake.state.workAreas = [{ x: 0, y: 0, width: 1366, height: 728 }];
    writeFileSync(statePath, JSON.stringify({ version: 1, bounds: { x: 900, y: 300, width: 1600, height: 1000 }, maximized: false }));
    expect(open().options).toMatchObject({ x: 0, y: 0, width: 1366, height: 728 });
  });

  it('should ignore a state file that is damaged or not one it wrote, and open at the default size', () => {
    for (const content of ['{"version":1,"bounds":', JSON.stringify({ version: 2, bounds: { x: 0, y: 0, width: 800, height: 600 }, maximized: false }), JSON.stringify({ version: 1, bounds: { x: 0, y: 0, width: -5, height: 600 }, maximized: false })]) {
      writeFileSync(statePath, content);
      expect(open().options).toMatchObject({ width: 1200, height: 820 });
    }
  });
});
