/**
 * Every status change kept with its date. The application row holds the latest (the due rules read it); this table
 * holds them all, so the board can undo a move and the insights can tell when an offer or a rejection came.
 */
import type { ApplicationStatus } from '../../src-shared/api/journal-types.ts';
import type { BoardMove, StatusChange } from '../../src-shared/api/tracker-types.ts';
import { AppError } from '../../src-shared/api/result.ts';
import { getApplication, updateApplication } from './applications.ts';
import { refreshDue } from './due.ts';
import { inTransaction, isoNow, sql, type Db } from './sql.ts';

interface ChangeRow {
  id: number;
  application_id: number;
  status: string;
  changed_at: string;
}

const toChange = (r: ChangeRow): StatusChange => ({ id: r.id, applicationId: r.application_id, status: r.status as ApplicationStatus, changedAt: r.changed_at });

/** Called inside the write that sets the status; answers the new entry. */
export function recordStatus(db: Db, applicationId: number, status: ApplicationStatus, at: string): StatusChange {
  return toChange(
    sql(db, 'INSERT INTO status_changes (application_id, status, changed_at) VALUES (?, ?, ?) RETURNING *').get(applicationId, status, at) as ChangeRow,
  );
}

/** Oldest first. */
export function statusHistory(db: Db, applicationId: number): StatusChange[] {
  getApplication(db, applicationId);
  return (sql(db, 'SELECT * FROM status_changes WHERE application_id = ? ORDER BY changed_at, id').all(applicationId) as ChangeRow[]).map(toChange);
}

/** A card dropped in another column. Moving to the column it is in already changes nothing and is refused. */
export function moveApplication(db: Db, id: number, status: ApplicationStatus, at: string | undefined, now: number = Date.now()): BoardMove {
  return inTransaction(db, () => {
    const current = getApplication(db, id);
    if (current.status === status) {
      throw new AppError('conflict', `${current.company} is already in “${status}”.`);
    }
    const application = updateApplication(db, { id, status, ...(at ? { statusChangedAt: at } : {}) }, now);
    const change = sql(db, 'SELECT * FROM status_changes WHERE application_id = ? ORDER BY id DESC LIMIT 1').get(id) as ChangeRow;
    return { application, change: toChange(change) };
  });
}

/**
 * Takes a move back: removes its history entry and puts the application back in the status before it, with that
 * status's own date, so reminders counted from it (a rejection's feedback request) are as they were. Only the
 * latest change of an application can be undone: undoing an older one would rewrite history under a later move.
 */
export function undoMove(db: Db, id: number, changeId: number, now: number = Date.now()): StatusChange[] {
  return inTransaction(db, () => {
    getApplication(db, id);
    const history = sql(db, 'SELECT * FROM status_changes WHERE application_id = ? ORDER BY changed_at, id').all(id) as ChangeRow[];
    const last = history.at(-1);
    if (!history.some((change) => change.id === changeId)) {
      throw new AppError('not-found', 'That move is not in this application’s history (it may have been undone already).');
    }
    if (last?.id !== changeId) throw new AppError('conflict', 'Only the latest move can be undone: the application has moved again since.');
    const before = history.at(-2);
    if (!before) throw new AppError('conflict', 'This is the application’s first status: there is nothing before it to go back to.');
    sql(db, 'DELETE FROM status_changes WHERE id = ?').run(changeId);
    sql(db, 'UPDATE applications SET status = ?, status_changed_at = ?, updated_at = ?, revision = revision + 1 WHERE id = ?').run(before.status, before.changed_at, isoNow(now), id);
    refreshDue(db, id);
    return history.slice(0, -1).map(toChange);
  });
}
