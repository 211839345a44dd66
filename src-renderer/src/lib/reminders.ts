/**
 * Checks the due list every minute and raises the notifications `remindersDue` asks for: through the desktop app
 * when it can, else through the browser's Notification API when the user allowed it (asked from Settings only).
 */
import { api } from './api.ts';
import { router } from './router.svelte.ts';
import { pruneSent, reminderId, remindersDue, type Reminder } from '../../../src-shared/due/reminders.ts';

const STORAGE_KEY = 'afterword.remindersSent';
const CHECK_EVERY_MS = 60_000;

function loadSent(): Set<string> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return new Set(Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

function saveSent(sent: Set<string>): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify([...sent]));
}

export function webNotificationsState(): NotificationPermission | 'unavailable' {
  return typeof Notification === 'undefined' ? 'unavailable' : Notification.permission;
}

/** Must run from a click: browsers ignore permission requests made on their own. */
export async function allowWebNotifications(): Promise<NotificationPermission | 'unavailable'> {
  if (typeof Notification === 'undefined') return 'unavailable';
  return Notification.requestPermission();
}

async function show(reminder: Reminder): Promise<boolean> {
  const shown = await api.app.notify({ title: reminder.title, body: reminder.body });
  if (shown.ok && shown.value) return true;
  if (webNotificationsState() !== 'granted') return false;
  const notification = new Notification(reminder.title, { body: reminder.body, tag: reminderId(reminder.key, reminder.stage) });
  // As in the desktop app: clicking the notification opens that note.
  notification.onclick = () => {
    window.focus();
    void api.followups.openDue({ key: reminder.key }).then((note) => router.go(note.ok ? `followup/${note.value.id}` : 'due'));
  };
  return true;
}

async function check(): Promise<void> {
  const due = await api.due.list();
  if (!due.ok) return;
  const sent = pruneSent(loadSent(), due.value.items);
  for (const reminder of remindersDue(due.value.items, Date.now(), sent)) {
    // Remembered only once shown, so a reminder blocked now is shown after permission is granted.
    if (await show(reminder)) sent.add(reminderId(reminder.key, reminder.stage));
  }
  saveSent(sent);
}

/** After a snooze: the notification for the item's current stage may come again once the snooze ends. */
export function forgetShownReminders(key: string): void {
  const sent = loadSent();
  for (const id of [...sent]) if (id.startsWith(`${key}|`)) sent.delete(id);
  saveSent(sent);
}

let timer: ReturnType<typeof setInterval> | undefined;

export function startReminders(): void {
  if (timer !== undefined) return;
  void check();
  timer = setInterval(() => void check(), CHECK_EVERY_MS);
}
