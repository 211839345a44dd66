/** The main window, with the renderer locked down: isolated, sandboxed, no Node. */
import { BrowserWindow, screen } from 'electron';
import { confirmLeavingUnsaved } from './leave-guard.ts';
import { fitToDisplays, readWindowState, writeWindowState } from './window-state.ts';

export interface MainWindowOptions {
  preloadPath: string;
  startUrl: string;
  /** The app icon (Linux and Windows show it in the title bar and task switcher; macOS uses the bundle's). */
  iconPath: string;
  /** Where the window's size and position are kept between runs. */
  statePath: string;
  /** `false` starts it hidden (in the tray); it is shown later. */
  show?: boolean;
}

const DEFAULT_SIZE = { width: 1200, height: 820 };
const MINIMUM_SIZE = { width: 720, height: 520 };

export function createMainWindow({ preloadPath, startUrl, iconPath, statePath, show = true }: MainWindowOptions): BrowserWindow {
  const saved = readWindowState(statePath);
  const placed = saved
    ? fitToDisplays(
        saved.bounds,
        screen.getAllDisplays().map((display) => display.workArea),
        MINIMUM_SIZE,
      )
    : null;
  const window = new BrowserWindow({
    ...(placed ?? DEFAULT_SIZE),
    minWidth: MINIMUM_SIZE.width,
    minHeight: MINIMUM_SIZE.height,
    show: false,
    title: 'Afterword',
    icon: iconPath,
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
  window.once('ready-to-show', () => {
    if (placed && saved?.maximized) window.maximize();
    if (show) window.show();
  });
  // The normal bounds, so a maximized window comes back maximized over the size it had before.
  window.on('close', () => {
    try {
      writeWindowState(statePath, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
    } catch (error) {
      console.error(`[afterword] could not save the window's size and position: ${(error as Error).message}`);
    }
  });
  confirmLeavingUnsaved(window);
  void window.loadURL(startUrl);
  return window;
}
