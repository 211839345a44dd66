/** Starts the desktop app: one instance, hardened, serving the renderer from `app://` and the API over IPC. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import iconPath from '../../resources/icon.png?asset';
import type { Settings } from '../../src-shared/api/journal-types.ts';
import { MENU_COMMAND_CHANNEL } from '../../src-shared/api/menu.ts';
import { APP_NAME } from '../paths.ts';
import { APP_ORIGIN, APP_START_URL, originOf } from '../security/app-origin.ts';
import { createServices, type Services } from '../services/index.ts';
import { registerIpc } from './ipc.ts';
import { hardenApp, hardenSession } from './hardening.ts';
import { startKeepingWatch, type KeepWatch } from './keep-watch.ts';
import { setOpenAtLogin, startedHidden } from './login-item.ts';
import { importInvitationMenuItem, invitationRequest, listenForOpenedFiles } from './open-invitation.ts';
import { keepWindowInTray } from './tray-window.ts';
import { installApplicationMenu } from './menu.ts';
import { electronBindingPath, electronNativeModule } from './native-binding.ts';
import { electronPlatform } from './platform.ts';
import { registerAppScheme, serveAppScheme } from './protocol.ts';
import { WINDOW_STATE_FILE } from './window-state.ts';
import { createMainWindow } from './window.ts';

export function startDesktopApp(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // Set only by `npm run dev` (electron-vite's dev server); `npm start` and installed copies run the built page.
  const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
  const devOrigin = devUrl ? originOf(devUrl) : null;
  const allowedOrigins = devOrigin ? [APP_ORIGIN, devOrigin, devOrigin.replace(/^http/, 'ws')] : [APP_ORIGIN];

  registerAppScheme();
  hardenApp(allowedOrigins);

  let mainWindow: BrowserWindow | null = null;
  let services: Services | null = null;
  let watch: KeepWatch | null = null;
  let startWindow: () => BrowserWindow = () => {
    throw new Error('The window is made once the app is ready.');
  };

  /** The journal's settings, or null while it cannot be opened (then nothing keeps running after the window). */
  const settingsNow = (): Settings | null => {
    try {
      return services && !services.journalProblem ? (services.handlers['settings.get'](undefined) as Settings) : null;
    } catch {
      return null;
    }
  };

  function showError(message: string, detail: string): void {
    const options = { type: 'error' as const, message, detail };
    void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
  }

  function showWindow(): void {
    mainWindow ??= startWindow();
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  }

  const ready = app.whenReady();
  app.on('second-instance', () => void ready.then(() => services && showWindow()));
  app.on('activate', () => void ready.then(() => services && showWindow()));
  // Files the system opens with Afterword go to the Import screen, which shows them before anything is saved.
  const openInvitation = (path: string) =>
    void invitationRequest(path).then((request) => {
      services?.askPage(request);
      showWindow();
    });
  listenForOpenedFiles(openInvitation, ready.then(() => new Promise((resolve) => setImmediate(resolve))));

  void ready.then(() => {
    hardenSession(allowedOrigins);
    serveAppScheme(fileURLToPath(new URL('../renderer', import.meta.url)));
    // AFTERWORD_DATA_DIR lets a test (or a user with two journals) point the app at another folder.
    const dataDir = process.env.AFTERWORD_DATA_DIR || app.getPath('userData');
    try {
      services = createServices({
        dataDir,
        platform: electronPlatform(),
        nativeBinding: electronBindingPath(),
        nativeModule: electronNativeModule(),
        onSettingsChanged: (settings) => setOpenAtLogin(settings.openAtLogin),
      });
    } catch (error) {
      // A database module that cannot be loaded, a damaged or a newer journal: none lands here. The services start
      // without the journal and the window shows the way out (the native-module or Recovery screen). This is for a
      // data folder that cannot be made or read at all.
      dialog.showErrorBox('Afterword cannot open your journal', (error as Error).message);
      app.quit();
      return;
    }
    // In the background: the window need not wait for the copy, and the journal stays usable while it runs.
    services.backupAtStart().catch((error: unknown) => console.error(`[afterword] start-up backup failed: ${(error as Error).message}`));
    registerIpc(services.dispatch, allowedOrigins);
    const running = services;
    installApplicationMenu({
      platform: process.platform,
      appName: APP_NAME,
      development: devUrl !== undefined,
      fileItems: [importInvitationMenuItem(openInvitation, () => mainWindow)],
      actions: {
        send: (command) => {
          showWindow();
          mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);
        },
        exportJournal: () => {
          void running.dispatch('journal.exportJson', { save: true }).then((result) => {
            if (!result.ok) showError('The journal could not be exported', result.error.message);
          });
        },
        openDataFolder: () => {
          void shell.openPath(running.layout.dataDir).then((failure) => {
            if (failure) showError('The data folder could not be opened', `${running.layout.dataDir}: ${failure}`);
          });
        },
      },
    });
    const preload = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
    startWindow = () => {
      // Started at login, Afterword waits in the tray: the window is made but shown only when asked for.
      const window = createMainWindow({
        preloadPath: preload,
        startUrl: devUrl ?? APP_START_URL,
        iconPath,
        statePath: join(dataDir, WINDOW_STATE_FILE),
        show: !startedHidden() || mainWindow !== null,
      });
      keepWindowInTray(window, { closeToTray: () => settingsNow()?.closeToTray === true });
      window.on('closed', () => {
        mainWindow = null;
      });
      return window;
    };
    mainWindow = startWindow();
    const settings = settingsNow();
    if (settings) setOpenAtLogin(settings.openAtLogin);
    watch = startKeepingWatch({
      services,
      iconPath,
      showWindow,
      quit: () => app.quit(),
      extraItems: [importInvitationMenuItem(openInvitation, () => mainWindow)],
    });
  });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    watch?.stop();
    services?.close();
  });
}
