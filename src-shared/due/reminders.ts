/**
 * When to raise a desktop notification for a thank-you note: once when it is two hours from its deadline, once when
 * the deadline passes, never while the user has it snoozed. Pure, so the rule is tested without a clock or a
 * browser; the page (browser mode) and the desktop app's tray watcher both use it.
 */
import type { DueItem } from '../api/journal-types.ts';

export const SOON_MS = 2 * 60 * 60 * 1000;

export type ReminderStage = 'soon' | 'overdue';

export interface Reminder {
  key: string;
  stage: ReminderStage;
  title: string;
  body: string;
}

/** How a sent reminder is remembered: one entry per item and stage. */
export const reminderId = (key: string, stage: ReminderStage) => `${key}|${stage}`;

function stageAt(item: DueItem, now: number): ReminderStage | null {
  const dueAt = Date.parse(item.dueAt);
  if (now > dueAt) return 'overdue';
  if (dueAt - now <= SOON_MS) return 'soon';
  return null;
}

/**
 * The notifications to show at `now`. An item that became overdue without its "soon" notice (the app was closed)
 * gets only the overdue one: two notices at once for one note would be noise.
 */
export function remindersDue(items: readonly DueItem[], now: number, alreadySent: ReadonlySet<string>): Reminder[] {
  const reminders: Reminder[] = [];
  for (const item of items) {
    if (item.kind !== 'thank-you') continue;
    if (item.snoozedUntil !== null && Date.parse(item.snoozedUntil) > now) continue;
    const stage = stageAt(item, now);
    if (!stage || alreadySent.has(reminderId(item.key, stage))) continue;
    const who = item.recipientName ?? 'your interviewer';
    const where = item.role ? `${item.company} (${item.role})` : item.company;
    reminders.push(
      stage === 'soon'
        ? {
            key: item.key,
            stage,
            title: `Thank-you note to ${who} due within 2 hours`,
            body: `${where}: a short note sent today, while the interview is fresh, still lands well.`,
          }
        : {
            key: item.key,
            stage,
            title: `Thank-you note to ${who} is overdue`,
            body: `${where}: the 24 hours have passed. Send it soon, or skip it with a reason.`,
          },
    );
  }
  return reminders;
}

/** Keeps only memories of items still on the list, so the stored set cannot grow forever. */
export function pruneSent(sent: ReadonlySet<string>, items: readonly DueItem[]): Set<string> {
  const keys = new Set(items.map((item) => item.key));
  return new Set([...sent].filter((id) => keys.has(id.slice(0, id.lastIndexOf('|')))));
}
