/**
 * Closing the window while "keep running in the tray" is on hides it instead, so reminders keep coming; quitting
 * (the tray's Quit, Cmd+Q, the system shutting down) still quits. The first hide of a run says where Afterword went.
 */
import { app, Notification, type BrowserWindow } from 'electron';

export interface TrayWindowOptions {
  /** Read at each close: the setting may change while the app runs. */
  closeToTray: () => boolean;
}

export function keepWindowInTray(window: BrowserWindow, options: TrayWindowOptions): { quitting: () => boolean } {
  let quitting = false;
  let told = false;
  app.on('before-quit', () => {
    quitting = true;
  });
  window.on('close', (event) => {
    if (quitting || !options.closeToTray()) return;
    event.preventDefault();
    window.hide();
    if (!told && Notification.isSupported()) {
      told = true;
      new Notification({
        title: 'Afterword is still running',
        body: 'It stays in the tray to remind you of notes due. Quit it from the tray icon’s menu, or turn this off in Settings.',
      }).show();
    }
  });
  return { quitting: () => quitting };
}
