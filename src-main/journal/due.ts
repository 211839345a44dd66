/**
 * The journal side of the due rules. Every write that can change what is due for an application ends, inside its
 * transaction, with `refreshDue`: it loads what the pure rules in `src-shared/due` need for that one application
 * and rewrites its planned items in `due_items`. Reading the due list is then a single indexed query over the
 * items still live at that moment, however large the journal.
 */
import type { ApplicationStatus, DueItem, DueKind, DueList, InterviewRound } from '../../src-shared/api/journal-types.ts';
import { itemAt, planDueItems, type DueApplication, type DueInterview, type PlannedDueItem } from '../../src-shared/due/index.ts';
import { toFollowUpState, type FollowUpStateRow } from './rows.ts';
import { sql, type Db } from './sql.ts';

interface AppRow {
  id: number;
  company: string;
  role: string;
  status: string;
  status_changed_at: string;
  recruiter_id: number | null;
  recruiter_name: string | null;
}
interface InterviewRow {
  id: number;
  round: string;
  starts_at: string;
  ends_at: string;
  time_zone: string;
  next_step_by: string | null;
}
interface InterviewerRow {
  interview_id: number;
  id: number;
  name: string;
}

/** What the rules need to know about one application. */
export function loadDueApplication(db: Db, applicationId: number): DueApplication | undefined {
  const r = sql(
    db,
    `SELECT a.id, a.company, a.role, a.status, a.status_changed_at, a.recruiter_id, p.name AS recruiter_name
     FROM applications a LEFT JOIN people p ON p.id = a.recruiter_id WHERE a.id = ?`,
  ).get(applicationId) as AppRow | undefined;
  if (!r) return undefined;
  const interviews = new Map<number, DueInterview>();
  for (const i of sql(db, 'SELECT id, round, starts_at, ends_at, time_zone, next_step_by FROM interviews WHERE application_id = ? AND cancelled_at IS NULL').all(
    applicationId,
  ) as InterviewRow[]) {
    interviews.set(i.id, {
      id: i.id,
      round: i.round as InterviewRound,
      startsAt: i.starts_at,
      endsAt: i.ends_at,
      timeZone: i.time_zone,
      nextStepBy: i.next_step_by,
      interviewers: [],
    });
  }
  for (const p of sql(
    db,
    `SELECT ip.interview_id, p.id, p.name FROM interviews i
     JOIN interview_people ip ON ip.interview_id = i.id JOIN people p ON p.id = ip.person_id
     WHERE i.application_id = ? AND i.cancelled_at IS NULL ORDER BY ip.interview_id, ip.position`,
  ).all(applicationId) as InterviewerRow[]) {
    interviews.get(p.interview_id)?.interviewers.push({ id: p.id, name: p.name });
  }
  const followUps = (
    sql(
      db,
      `SELECT id, kind, interview_id, recipient_id, status, sent_at, reply_at, due_key FROM followups
       WHERE application_id = ? AND kind <> 'other'`,
    ).all(applicationId) as FollowUpStateRow[]
  ).map(toFollowUpState);
  return {
    id: r.id,
    company: r.company,
    role: r.role,
    status: r.status as ApplicationStatus,
    statusChangedAt: r.status_changed_at,
    recruiter: r.recruiter_id !== null && r.recruiter_name !== null ? { id: r.recruiter_id, name: r.recruiter_name } : null,
    interviews: [...interviews.values()],
    followUps,
  };
}

/** Rewrites the planned items of one application; call inside the transaction of every write that affects it. */
export function refreshDue(db: Db, applicationId: number): void {
  sql(db, 'DELETE FROM due_items WHERE application_id = ?').run(applicationId);
  const app = loadDueApplication(db, applicationId);
  if (!app) return;
  const insert = sql(
    db,
    `INSERT INTO due_items (key, application_id, kind, interview_id, recipient_id, time_zone, sequence, opens_at, due_at, listed_from, lapses_at, draft_id)
     VALUES (@key, @applicationId, @kind, @interviewId, @recipientId, @timeZone, @sequence, @opensAt, @dueAt, @listedFrom, @lapsesAt, @draftId)`,
  );
  for (const item of planDueItems(app)) {
    insert.run({
      key: item.key,
      applicationId: item.applicationId,
      kind: item.kind,
      interviewId: item.interviewId,
      recipientId: item.recipientId,
      timeZone: item.timeZone,
      sequence: item.sequence,
      opensAt: item.opensAt,
      dueAt: item.dueAt,
      listedFrom: item.listedFrom,
      lapsesAt: item.lapsesAt,
      draftId: item.draftId,
    });
  }
}

export function refreshDueMany(db: Db, applicationIds: Iterable<number>): void {
  for (const id of new Set(applicationIds)) refreshDue(db, id);
}

/** Replans every application: for imports and repairs that wrote rows without the repositories. */
export function rebuildDue(db: Db): void {
  db.transaction(() => {
    sql(db, 'DELETE FROM due_items').run();
    for (const { id } of sql(db, 'SELECT id FROM applications').all() as { id: number }[]) refreshDue(db, id);
  }).immediate();
}

interface ItemRow {
  key: string;
  application_id: number;
  kind: string;
  interview_id: number | null;
  recipient_id: number | null;
  time_zone: string;
  sequence: number | null;
  opens_at: string;
  due_at: string;
  listed_from: string;
  lapses_at: string;
  draft_id: number | null;
  company: string;
  role: string;
  recipient_name: string | null;
  interview_round: string | null;
  interview_ends_at: string | null;
  snoozed_until: string | null;
}

const ITEM_COLUMNS = `
  d.*, a.company, a.role, p.name AS recipient_name, i.round AS interview_round, i.ends_at AS interview_ends_at,
  r.snoozed_until
  FROM due_items d
  JOIN applications a ON a.id = d.application_id
  LEFT JOIN due_reminders r ON r.key = d.key
  LEFT JOIN people p ON p.id = d.recipient_id
  LEFT JOIN interviews i ON i.id = d.interview_id`;

function toPlanned(r: ItemRow): PlannedDueItem {
  return {
    key: r.key,
    kind: r.kind as DueKind,
    applicationId: r.application_id,
    interviewId: r.interview_id,
    recipientId: r.recipient_id,
    recipientName: r.recipient_name,
    company: r.company,
    role: r.role,
    interviewRound: r.interview_round as InterviewRound | null,
    interviewEndsAt: r.interview_ends_at,
    timeZone: r.time_zone,
    sequence: r.sequence,
    opensAt: r.opens_at,
    dueAt: r.due_at,
    draftId: r.draft_id,
    listedFrom: r.listed_from,
    lapsesAt: r.lapses_at,
  };
}

/** Everything listed at `now`, soonest deadline first. */
export function listDue(db: Db, now: number = Date.now()): DueList {
  const at = new Date(now).toISOString();
  const rows = sql(db, `SELECT ${ITEM_COLUMNS} WHERE d.lapses_at >= @at AND d.listed_from <= @at ORDER BY d.due_at, d.key`).all({ at }) as ItemRow[];
  return { now: at, items: rows.map((r) => itemAt(toPlanned(r), now, r.snoozed_until)) };
}

/** What one application lists at `now`. */
export function dueForApplication(db: Db, applicationId: number, now: number = Date.now()): DueItem[] {
  const at = new Date(now).toISOString();
  const rows = sql(
    db,
    `SELECT ${ITEM_COLUMNS} WHERE d.application_id = @id AND d.lapses_at >= @at AND d.listed_from <= @at ORDER BY d.due_at, d.key`,
  ).all({ id: applicationId, at }) as ItemRow[];
  return rows.map((r) => itemAt(toPlanned(r), now, r.snoozed_until));
}

/** A planned item by key, whether or not it is listed right now (a check-in can be drafted before its day). */
export function plannedItem(db: Db, key: string): PlannedDueItem | undefined {
  const row = sql(db, `SELECT ${ITEM_COLUMNS} WHERE d.key = ?`).get(key) as ItemRow | undefined;
  return row ? toPlanned(row) : undefined;
}
