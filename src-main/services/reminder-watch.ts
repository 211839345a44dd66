/**
 * The desktop tray's side of the reminders, in plain Node: how many notes are due now (the tray's count) and which
 * notifications to show, remembering each in the journal so a restart (or a login) does not repeat it. The rule of
 * when to notify is the page's own (`src-shared/due/reminders.ts`).
 */
import type { DueItem } from '../../src-shared/api/journal-types.ts';
import { reminderId, remindersDue, type Reminder, type ReminderStage } from '../../src-shared/due/reminders.ts';
import { listDue, markNotified, notifiedStages } from '../journal/index.ts';
import type { Db } from '../journal/sql.ts';

/** Items to act on now: open or overdue, and not snoozed. Waiting check-ins are not yet owed. */
export function dueNowCount(items: readonly DueItem[], now: number): number {
  return items.filter((item) => item.state !== 'waiting' && !(item.snoozedUntil && Date.parse(item.snoozedUntil) > now)).length;
}

export interface WatchResult {
  items: DueItem[];
  count: number;
  /** Notifications to show now; already recorded as shown. */
  reminders: Reminder[];
}

const STAGES: Record<ReminderStage, ReminderStage[]> = { soon: ['soon'], overdue: ['soon', 'overdue'] };

export function watchReminders(db: Db, now: number): WatchResult {
  const items = listDue(db, now).items;
  const shown = new Set<string>();
  for (const [key, stage] of notifiedStages(db)) for (const s of STAGES[stage]) shown.add(reminderId(key, s));
  const reminders = remindersDue(items, now, shown);
  for (const reminder of reminders) markNotified(db, reminder.key, reminder.stage);
  return { items, count: dueNowCount(items, now), reminders };
}
