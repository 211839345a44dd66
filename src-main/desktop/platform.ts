/** The Electron side of the platform interface: clipboard, Save dialog, the system's default apps, notifications. */
import { app, BrowserWindow, clipboard, dialog, Notification, shell } from 'electron';
import { writeFileWhole } from '../journal/temporary-files.ts';
import type { Platform } from '../platform/platform.ts';

export function electronPlatform(): Platform {
  return {
    mode: 'desktop',
    appVersion: app.getVersion(),
    runtime: { electron: process.versions.electron ?? '', chrome: process.versions.chrome ?? '', node: process.versions.node },
    writeClipboard(text) {
      clipboard.writeText(text);
      return true;
    },
    async saveFile(request) {
      const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      const options = {
        defaultPath: request.defaultName,
        ...(request.filters ? { filters: request.filters } : {}),
      };
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      await writeFileWhole(result.filePath, request.content);
      return result.filePath;
    },
    async chooseFolder(title) {
      const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      const options = { title, buttonLabel: 'Save here', properties: ['openDirectory' as const, 'createDirectory' as const] };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async openPath(path) {
      return (await shell.openPath(path)) === '';
    },
    notify(title, body) {
      if (!Notification.isSupported()) return false;
      new Notification({ title, body, silent: false }).show();
      return true;
    },
  };
}
