/**
 * The tray that keeps watch: an icon with the count of notes due, a menu of them (write, snooze, or no note), and
 * notifications when a thank-you note is nearly due or overdue, checked every minute whether or not the window is
 * open. Clicking a notification opens that note; on macOS its buttons snooze it or skip it, elsewhere the tray
 * menu offers the same.
 */
import { Menu, nativeImage, Notification, Tray, type MenuItemConstructorOptions, type NativeImage } from 'electron';
import type { DueItem } from '../../src-shared/api/journal-types.ts';
import type { Reminder } from '../../src-shared/due/reminders.ts';
import type { Services } from '../services/index.ts';
import { watchReminders } from '../services/reminder-watch.ts';
import { drawBadge } from './tray-badge.ts';

const CHECK_EVERY_MS = 60_000;
/** Items listed in the tray menu; the rest are a click away in the window. */
const MENU_ITEMS = 8;
const ICON_SIZE = 32;

export interface KeepWatchOptions {
  services: Services;
  iconPath: string;
  /** Shows and focuses the main window (creating it if needed). */
  showWindow: () => void;
  quit: () => void;
  /** Extra items for the tray menu (the invitation import). */
  extraItems?: MenuItemConstructorOptions[];
  clock?: () => number;
}

export interface KeepWatch {
  tray: Tray;
  /** Reads the due list now: updates the icon and menu and shows any notification due. */
  check(): void;
  stop(): void;
}

const WHAT: Record<DueItem['kind'], string> = {
  'thank-you': 'Thank-you note',
  'status-check': 'Check-in',
  'feedback-request': 'Feedback request',
  'recruiter-update': 'Update',
};

export function itemLabel(item: DueItem): string {
  return `${WHAT[item.kind]}${item.recipientName ? ` to ${item.recipientName}` : ''} · ${item.company}`;
}

export function trayTooltip(count: number): string {
  return count === 0 ? 'Afterword: nothing due' : `Afterword: ${count} note${count === 1 ? '' : 's'} due`;
}

function iconWithCount(base: NativeImage, count: number): NativeImage {
  const sized = base.resize({ width: ICON_SIZE, height: ICON_SIZE });
  if (count === 0) return sized;
  const pixels = new Uint8Array(sized.toBitmap());
  drawBadge(pixels, ICON_SIZE, count);
  return nativeImage.createFromBitmap(Buffer.from(pixels), { width: ICON_SIZE, height: ICON_SIZE, scaleFactor: 2 });
}

export function startKeepingWatch(options: KeepWatchOptions): KeepWatch {
  const { services } = options;
  const clock = options.clock ?? Date.now;
  const base = nativeImage.createFromPath(options.iconPath);
  const tray = new Tray(iconWithCount(base, 0));
  tray.setToolTip(trayTooltip(0));
  tray.on('click', () => options.showWindow());
  let shownCount = -1;

  const snooze = (key: string, until: 'hour' | 'tomorrow-morning') => {
    void services.dispatch('due.snooze', { key, until }).then(() => check());
  };
  const openNote = (key: string) => {
    services.askPage({ kind: 'open-due', key });
    options.showWindow();
  };
  const noNote = (key: string) => {
    // A reason is needed, and typed in the window's dialog.
    services.askPage({ kind: 'dismiss-due', key });
    options.showWindow();
  };

  function notify(reminder: Reminder): void {
    if (!Notification.isSupported()) return;
    const notification = new Notification({
      title: reminder.title,
      body: reminder.body,
      // Buttons show on macOS; elsewhere the tray menu holds the same actions.
      actions: [
        { type: 'button', text: 'Snooze 1 hour' },
        { type: 'button', text: 'Tomorrow morning' },
        { type: 'button', text: 'No note for this one…' },
      ],
    });
    notification.on('click', () => openNote(reminder.key));
    notification.on('action', (_event, index) => {
      if (index === 0) snooze(reminder.key, 'hour');
      else if (index === 1) snooze(reminder.key, 'tomorrow-morning');
      else noNote(reminder.key);
    });
    notification.show();
  }

  function menu(items: DueItem[], count: number): Menu {
    const listed: MenuItemConstructorOptions[] = items.slice(0, MENU_ITEMS).map((item) => ({
      label: itemLabel(item),
      submenu: [
        { label: 'Write the note', click: () => openNote(item.key) },
        { label: 'Snooze for an hour', click: () => snooze(item.key, 'hour') },
        { label: 'Snooze until tomorrow morning', click: () => snooze(item.key, 'tomorrow-morning') },
        { label: 'No note for this one…', click: () => noNote(item.key) },
      ],
    }));
    return Menu.buildFromTemplate([
      { label: trayTooltip(count).replace('Afterword: ', ''), enabled: false },
      ...listed,
      ...(items.length > MENU_ITEMS ? [{ label: `${items.length - MENU_ITEMS} more in Afterword…`, click: () => options.showWindow() }] : []),
      { type: 'separator' },
      { label: 'Open Afterword', click: () => options.showWindow() },
      ...(options.extraItems ?? []),
      { type: 'separator' },
      { label: 'Quit Afterword', click: () => options.quit() },
    ]);
  }

  function check(): void {
    // While the journal cannot be opened, or its database module not loaded, there is nothing to count; the window
    // shows the Recovery or the native-module screen.
    if (services.journalProblem || services.nativeModuleProblem) return;
    const now = clock();
    const { items, count, reminders } = watchReminders(services.db, now);
    if (count !== shownCount) {
      tray.setImage(iconWithCount(base, count));
      tray.setToolTip(trayTooltip(count));
      if (process.platform === 'darwin') tray.setTitle(count > 0 ? String(count) : '');
      shownCount = count;
    }
    tray.setContextMenu(menu(items.filter((item) => item.state !== 'waiting'), count));
    for (const reminder of reminders) notify(reminder);
  }

  check();
  const timer = setInterval(check, CHECK_EVERY_MS);
  return {
    tray,
    check,
    stop() {
      clearInterval(timer);
      tray.destroy();
    },
  };
}
