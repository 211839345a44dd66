// The desktop shell's guards, run against a recording stand-in for Electron's API: Electron itself cannot run on
// every machine that runs the tests, but the wiring (which handler is registered, what it answers) can be checked
// everywhere. tests/e2e/electron.e2e.ts checks the same behaviour in the real app where Electron is installed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

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
    BrowserWindow: { fromWebContents: (contents: unknown) => (state.appWindows.has(contents) ? {} : null) },
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
    },
  };
  return { state, electron };
});

vi.mock('electron', () => fake.electron);

const { hardenApp, hardenSession } = await import('../../src-main/desktop/hardening.ts');
const { registerIpc } = await import('../../src-main/desktop/ipc.ts');
const { APP_ORIGIN } = await import('../../src-main/security/app-origin.ts');
const { ipcChannel, methodNames } = await import('../../src-shared/api/contract.ts');
const { registerAppScheme, serveAppScheme } = await import('../../src-main/desktop/protocol.ts');

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
  const rendererDir = mkdtempSync(join(tmpdir(), 'afterword-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Afterword</title>');
  registerAppScheme();
  serveAppScheme(rendererDir);
  const serve = (url: string) => fake.state.protocolHandlers.get('app')?.({ url }) as Promise<Response>;

  it('should register app:// as a standard, secure scheme, so the page never runs from file://', () => {
    expect(fake.state.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
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
    expect([...fake.state.exposed.keys()]).toEqual(['afterword']);
    const names = Object.entries(exposed).flatMap(([area, functions]) => Object.keys(functions).map((action) => `${area}.${action}`));
    expect(names.sort()).toEqual([...methodNames].sort());
    expect(Object.values(exposed).flatMap((functions) => Object.values(functions)).every((value) => typeof value === 'function')).toBe(true);

    await exposed.app?.info?.();
    await exposed.settings?.get?.();
    expect(fake.state.invoked.map(([channel]) => channel)).toEqual([ipcChannel('app.info'), ipcChannel('settings.get')]);
  });
});
