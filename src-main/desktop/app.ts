/** Starts the desktop app: one instance, hardened, serving the renderer from `app://` and the API over IPC. */
import { fileURLToPath } from 'node:url';
import { app, dialog, type BrowserWindow } from 'electron';
import { APP_ORIGIN, APP_START_URL, originOf } from '../security/app-origin.ts';
import { createServices, type Services } from '../services/index.ts';
import { registerIpc } from './ipc.ts';
import { hardenApp, hardenSession } from './hardening.ts';
import { requireElectronBinding } from './native-binding.ts';
import { electronPlatform } from './platform.ts';
import { registerAppScheme, serveAppScheme } from './protocol.ts';
import { createMainWindow } from './window.ts';

export function startDesktopApp(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
  const devOrigin = devUrl ? originOf(devUrl) : null;
  const allowedOrigins = devOrigin ? [APP_ORIGIN, devOrigin, devOrigin.replace(/^http/, 'ws')] : [APP_ORIGIN];

  registerAppScheme();
  hardenApp(allowedOrigins);

  let mainWindow: BrowserWindow | null = null;
  let services: Services | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  void app.whenReady().then(() => {
    hardenSession(allowedOrigins);
    serveAppScheme(fileURLToPath(new URL('../renderer', import.meta.url)));
    try {
      services = createServices({
        // AFTERWORD_DATA_DIR lets a test (or a user with two journals) point the app at another folder.
        dataDir: process.env.AFTERWORD_DATA_DIR || app.getPath('userData'),
        platform: electronPlatform(),
        nativeBinding: requireElectronBinding(),
      });
    } catch (error) {
      // A damaged or newer journal does not land here: the services start without it and the window offers the
      // ways out (the Recovery screen). This is for a data folder that cannot be made or read at all.
      dialog.showErrorBox('Afterword cannot open your journal', (error as Error).message);
      app.quit();
      return;
    }
    // In the background: the window need not wait for the copy, and the journal stays usable while it runs.
    services.backupAtStart().catch((error: unknown) => console.error(`[afterword] start-up backup failed: ${(error as Error).message}`));
    registerIpc(services.dispatch, allowedOrigins);
    const preload = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
    mainWindow = createMainWindow(preload, devUrl ?? APP_START_URL);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => services?.close());
}
