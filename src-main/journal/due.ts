/**
 * The journal side of the due rules: loads what the pure rules in `src-shared/due` need, and keeps each
 * application's `due_until` (the rules' horizon for it) current on every write. The due list then reads only
 * applications whose horizon is still ahead, so its cost follows the open work, not the size of the journal.
 */
import type { DueList } from '../../src-shared/api/journal-types.ts';
import { dueHorizon, dueItems, type DueApplication, type DueFollowUp, type DueInterview } from '../../src-shared/due/index.ts';
import type { ApplicationStatus, FollowUpKind, FollowUpStatus, InterviewRound } from '../../src-shared/api/journal-types.ts';
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
  application_id: number;
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
interface FollowUpRow {
  id: number;
  application_id: number;
  kind: string;
  interview_id: number | null;
  recipient_id: number | null;
  status: string;
  sent_at: string | null;
  reply_at: string | null;
  due_key: string | null;
}

/** Which applications to load: those whose horizon is after `now` (the due list), or one (after a write). */
const SCOPES = {
  open: 'SELECT id FROM applications WHERE due_until > ?',
  one: 'SELECT ?',
} as const;
type Scope = keyof typeof SCOPES;

function queries(scope: Scope) {
  const ids = SCOPES[scope];
  return {
    applications: `
      SELECT a.id, a.company, a.role, a.status, a.status_changed_at, a.recruiter_id, r.name AS recruiter_name
      FROM applications a LEFT JOIN people r ON r.id = a.recruiter_id
      WHERE a.id IN (${ids})`,
    interviews: `
      SELECT id, application_id, round, starts_at, ends_at, time_zone, next_step_by
      FROM interviews WHERE application_id IN (${ids})`,
    interviewers: `
      SELECT ip.interview_id, p.id, p.name
      FROM interviews i
      JOIN interview_people ip ON ip.interview_id = i.id
      JOIN people p ON p.id = ip.person_id
      WHERE i.application_id IN (${ids})
      ORDER BY ip.interview_id, ip.position`,
    followUps: `
      SELECT id, application_id, kind, interview_id, recipient_id, status, sent_at, reply_at, due_key
      FROM followups WHERE application_id IN (${ids}) AND kind <> 'other'`,
  };
}

/** `key` is the application id for `one`, the moment (ISO) for `open`. */
export function loadDueApplications(db: Db, scope: Scope, key: number | string): DueApplication[] {
  const q = queries(scope);
  const params = [key];
  const apps = new Map<number, DueApplication>();
  for (const r of sql(db, q.applications).all(...params) as AppRow[]) {
    apps.set(r.id, {
      id: r.id,
      company: r.company,
      role: r.role,
      status: r.status as ApplicationStatus,
      statusChangedAt: r.status_changed_at,
      recruiter: r.recruiter_id !== null && r.recruiter_name !== null ? { id: r.recruiter_id, name: r.recruiter_name } : null,
      interviews: [],
      followUps: [],
    });
  }
  const interviews = new Map<number, DueInterview>();
  for (const r of sql(db, q.interviews).all(...params) as InterviewRow[]) {
    const interview: DueInterview = {
      id: r.id,
      round: r.round as InterviewRound,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      timeZone: r.time_zone,
      nextStepBy: r.next_step_by,
      interviewers: [],
    };
    interviews.set(r.id, interview);
    apps.get(r.application_id)?.interviews.push(interview);
  }
  for (const r of sql(db, q.interviewers).all(...params) as InterviewerRow[]) {
    interviews.get(r.interview_id)?.interviewers.push({ id: r.id, name: r.name });
  }
  for (const r of sql(db, q.followUps).all(...params) as FollowUpRow[]) {
    const followUp: DueFollowUp = {
      id: r.id,
      kind: r.kind as FollowUpKind,
      interviewId: r.interview_id,
      recipientId: r.recipient_id,
      status: r.status as FollowUpStatus,
      sentAt: r.sent_at,
      replyAt: r.reply_at,
      dueKey: r.due_key,
    };
    apps.get(r.application_id)?.followUps.push(followUp);
  }
  return [...apps.values()];
}

/** Recomputes `due_until` of one application; call inside the transaction of every write that affects it. */
export function refreshDue(db: Db, applicationId: number): void {
  const app = loadDueApplications(db, 'one', applicationId)[0];
  if (!app) return;
  const horizon = dueHorizon(app);
  const until = horizon === null ? null : new Date(horizon).toISOString();
  sql(db, 'UPDATE applications SET due_until = @until WHERE id = @id AND due_until IS NOT @until').run({ until, id: applicationId });
}

export function refreshDueMany(db: Db, applicationIds: Iterable<number>): void {
  for (const id of new Set(applicationIds)) refreshDue(db, id);
}

export function listDue(db: Db, now: number = Date.now()): DueList {
  const at = new Date(now).toISOString();
  return { now: at, items: dueItems(loadDueApplications(db, 'open', at), now) };
}

export function dueForApplication(db: Db, applicationId: number, now: number = Date.now()) {
  const app = loadDueApplications(db, 'one', applicationId)[0];
  return app ? dueItems([app], now) : [];
}
