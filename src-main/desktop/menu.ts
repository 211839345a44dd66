/**
 * The application menu, built from a template so a test can read it without Electron. Items that act in the page
 * send a menu command (src-shared/api/menu.ts) that the page turns into navigation; the rest are Electron's own
 * roles, whose labels and accelerators already follow each platform, or actions main performs itself.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../src-shared/api/menu.ts';

export interface MenuActions {
  /** Hands a command to the page of the focused (or only) window. */
  send(command: MenuCommand): void;
  /** Saves the whole journal as a JSON file, asking where. */
  exportJournal(): void;
  /** Shows the data folder in the system's file manager. */
  openDataFolder(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** `npm run dev` only: adds Reload and Toggle Developer Tools, which a user's copy must not have. */
  development: boolean;
  actions: MenuActions;
  /** More File items after Export (Import Invitation…, from the module that handles invitations). */
  fileItems?: MenuItemConstructorOptions[];
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function menuTemplate({ platform, appName, development, actions, fileItems = [] }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  // `&` marks the Alt-key letter on Linux and Windows; macOS menus have none and would show the character.
  const title = (label: string) => (mac ? label.replace('&', '') : label);
  const about: MenuItemConstructorOptions = { id: 'about', label: `About ${appName}`, click: () => actions.send('about') };

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [about, separator, { role: 'services' }, separator, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, { role: 'quit' }],
  };
  const file: MenuItemConstructorOptions = {
    label: title('&File'),
    submenu: [
      { id: 'new-application', label: 'New Application', accelerator: 'CmdOrCtrl+N', click: () => actions.send('new-application') },
      separator,
      { id: 'export-journal', label: 'Export Journal…', accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.exportJournal() },
      ...fileItems,
      separator,
      // On macOS, Quit lives in the app menu and File ends with Close Window.
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: title('&Edit'),
    submenu: [{ role: 'undo' }, { role: 'redo' }, separator, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'delete' }, separator, { role: 'selectAll' }],
  };
  const view: MenuItemConstructorOptions = {
    label: title('&View'),
    submenu: [
      ...(development ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator] satisfies MenuItemConstructorOptions[] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
  const window: MenuItemConstructorOptions = {
    label: title('&Window'),
    role: 'window',
    submenu: mac ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }],
  };
  const help: MenuItemConstructorOptions = {
    label: title('&Help'),
    role: 'help',
    submenu: [
      { id: 'keyboard-shortcuts', label: 'Keyboard Shortcuts', accelerator: 'CmdOrCtrl+/', click: () => actions.send('keyboard-shortcuts') },
      { id: 'open-data-folder', label: 'Open Data Folder', click: () => actions.openDataFolder() },
      // On macOS, About is the app menu's first item.
      ...(mac ? [] : [separator, about]),
    ],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, window, help];
}

export function installApplicationMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
