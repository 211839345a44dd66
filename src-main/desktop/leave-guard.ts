/**
 * The page asks to stay (its `beforeunload` handler) while a note has text the journal does not have yet. Electron
 * shows no prompt of its own for that: it only emits 'will-prevent-unload'. This asks the user, and lets the
 * window close or reload only if they choose to leave.
 */
import { dialog, type BrowserWindow, type Event } from 'electron';

export const LEAVE = 0;

export function confirmLeavingUnsaved(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event: Event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      buttons: ['Leave', 'Stay'],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
      title: 'Unsaved changes',
      message: 'Leave without saving your latest changes?',
      detail: 'Part of the note you are writing is not saved in the journal yet. If you leave now, it is lost.',
    });
    // Preventing the default of this event overrides the page's request to stay.
    if (choice === LEAVE) event.preventDefault();
  });
}
