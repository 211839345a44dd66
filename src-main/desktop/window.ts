/** The main window, with the renderer locked down: isolated, sandboxed, no Node. */
import { BrowserWindow } from 'electron';
import { confirmLeavingUnsaved } from './leave-guard.ts';

export function createMainWindow(preloadPath: string, startUrl: string, options: { show?: boolean } = {}): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 820,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Afterword',
    backgroundColor: '#1b1d21',
    webPreferences: {
      // Reviewed: the preload exposes only the contract's named functions through contextBridge, never
      // ipcRenderer (tests/e2e/electron.e2e.ts checks the names), so electronegativity's prompt to review it is settled.
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click would otherwise open links in a new window, bypassing the window-open handler's intent.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (options.show !== false) window.once('ready-to-show', () => window.show());
  confirmLeavingUnsaved(window);
  void window.loadURL(startUrl);
  return window;
}
