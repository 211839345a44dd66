/**
 * What the user asked of a reminder: snooze it (an hour, until tomorrow morning), or say no note is wanted
 * ("no note for this one", with a reason: the advice allows it after an interview that went badly). Also which
 * notification the desktop app last showed for each item, so a restart does not repeat it.
 */
import type { FollowUp } from '../../src-shared/api/journal-types.ts';
import type { ReminderStage } from '../../src-shared/due/reminders.ts';
import { AppError } from '../../src-shared/api/result.ts';
import { plannedItem } from './due.ts';
import { openDue, setFollowUpStatus } from './followups.ts';
import { inTransaction, sql, utc, type Db } from './sql.ts';

function requirePlanned(db: Db, key: string) {
  const item = plannedItem(db, key);
  if (!item) throw new AppError('not-found', 'This reminder is no longer open: its note was sent or skipped, or the interview changed.');
  return item;
}

/** Quiet until `until`; the notification for the stage it is in is shown again when the snooze ends. */
export function snoozeDue(db: Db, key: string, until: string): { key: string; snoozedUntil: string } {
  requirePlanned(db, key);
  const at = utc(until);
  sql(
    db,
    `INSERT INTO due_reminders (key, snoozed_until, notified) VALUES (?, ?, '')
     ON CONFLICT (key) DO UPDATE SET snoozed_until = excluded.snoozed_until, notified = ''`,
  ).run(key, at);
  return { key, snoozedUntil: at };
}

export function unsnoozeDue(db: Db, key: string): { key: string } {
  sql(db, 'UPDATE due_reminders SET snoozed_until = NULL WHERE key = ?').run(key);
  return { key };
}

/** "No note for this one": the item's note (the draft, or a new empty one) is marked skipped with the reason. */
export function dismissDue(db: Db, key: string, reason: string, now: number = Date.now()): FollowUp {
  return inTransaction(db, () => {
    requirePlanned(db, key);
    const note = openDue(db, key, now);
    sql(db, 'DELETE FROM due_reminders WHERE key = ?').run(key);
    return setFollowUpStatus(db, { id: note.id, status: 'skipped', reason }, now);
  });
}

/** The stage each item was last announced at (desktop notifications). */
export function notifiedStages(db: Db): Map<string, ReminderStage> {
  const rows = sql(db, "SELECT key, notified FROM due_reminders WHERE notified <> ''").all() as { key: string; notified: ReminderStage }[];
  return new Map(rows.map((r) => [r.key, r.notified]));
}

export function markNotified(db: Db, key: string, stage: ReminderStage): void {
  sql(db, `INSERT INTO due_reminders (key, notified) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET notified = excluded.notified`).run(key, stage);
}
