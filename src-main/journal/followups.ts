/** Follow-up notes: drafts, what was sent and when, what was skipped and why. */
import type { z } from 'zod';
import type { FollowUp, FollowUpDetail, IgnoredFlag } from '../../src-shared/api/journal-types.ts';
import { LIMITS, type followUpCreate, type followUpIgnoredFlag, type followUpList, type followUpSetStatus, type followUpUpdate } from '../../src-shared/api/journal-schemas.ts';
import { AppError } from '../../src-shared/api/result.ts';
import { parseDueKey } from '../../src-shared/due/index.ts';
import { plannedItem, refreshDue } from './due.ts';
import { getPerson } from './people.ts';
import { toFollowUp, type FollowUpRow, type InterviewRow } from './rows.ts';
import { assertRevision, inTransaction, invalid, isoNow, notFound, sql, touchApplication, utc, type Db } from './sql.ts';

export type FollowUpInput = z.output<typeof followUpCreate>;
export type FollowUpPatch = z.output<typeof followUpUpdate>;
export type FollowUpStatusChange = z.output<typeof followUpSetStatus>;
export type FollowUpFilter = NonNullable<z.output<typeof followUpList>>;
export type FollowUpIgnoredFlag = z.output<typeof followUpIgnoredFlag>;

export function getFollowUp(db: Db, id: number): FollowUp {
  const row = sql(db, 'SELECT * FROM followups WHERE id = ?').get(id) as FollowUpRow | undefined;
  if (!row) throw notFound('note');
  return toFollowUp(row);
}

function checkLinks(db: Db, applicationId: number, interviewId: number | null | undefined, recipientId: number | null | undefined): void {
  if (interviewId != null) {
    const row = sql(db, 'SELECT application_id FROM interviews WHERE id = ?').get(interviewId) as { application_id: number } | undefined;
    if (!row) throw invalid('interviewId', 'That interview is not in the journal (it may have been deleted).');
    if (row.application_id !== applicationId) throw invalid('interviewId', 'That interview belongs to another application.');
  }
  if (recipientId != null && !sql(db, 'SELECT 1 FROM people WHERE id = ?').get(recipientId)) {
    throw invalid('recipientId', 'That recipient is not in the journal (they may have been deleted).');
  }
}

function insertFollowUp(db: Db, input: FollowUpInput, dueKey: string | null, now: number): FollowUp {
  const at = isoNow(now);
  const row = sql(
    db,
    `INSERT INTO followups (application_id, interview_id, recipient_id, kind, channel, subject, body, due_key, due_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
  ).get(
    input.applicationId,
    input.interviewId ?? null,
    input.recipientId ?? null,
    input.kind,
    input.channel ?? 'email',
    input.subject ?? '',
    input.body ?? '',
    dueKey,
    utc(input.dueAt) ?? null,
    at,
    at,
  ) as FollowUpRow;
  return toFollowUp(row);
}

export function createFollowUp(db: Db, input: FollowUpInput, now: number = Date.now()): FollowUp {
  return inTransaction(db, () => {
    if (!sql(db, 'SELECT 1 FROM applications WHERE id = ?').get(input.applicationId)) {
      throw invalid('applicationId', 'That application is not in the journal (it may have been deleted).');
    }
    checkLinks(db, input.applicationId, input.interviewId, input.recipientId);
    const followUp = insertFollowUp(db, input, null, now);
    touchApplication(db, input.applicationId, now);
    refreshDue(db, input.applicationId);
    return followUp;
  });
}

export function updateFollowUp(db: Db, patch: FollowUpPatch, now: number = Date.now()): FollowUp {
  return inTransaction(db, () => {
    const current = getFollowUp(db, patch.id);
    const interviewId = patch.interviewId === undefined ? current.interviewId : patch.interviewId;
    const recipientId = patch.recipientId === undefined ? current.recipientId : patch.recipientId;
    const kind = patch.kind ?? current.kind;
    checkLinks(db, current.applicationId, patch.interviewId, patch.recipientId);
    // After the links: a reference that is gone is a problem with the form, whichever copy it was made from.
    assertRevision('note', current.revision, patch.baseRevision);
    // A note moved to another person, interview or kind no longer answers the reminder it was opened for.
    const retargeted = interviewId !== current.interviewId || recipientId !== current.recipientId || kind !== current.kind;
    const row = sql(
      db,
      `UPDATE followups SET interview_id = ?, recipient_id = ?, kind = ?, channel = ?, subject = ?, body = ?, due_at = ?, reply_at = ?,
         due_key = ?, updated_at = ?, revision = revision + 1
       WHERE id = ? RETURNING *`,
    ).get(
      interviewId,
      recipientId,
      kind,
      patch.channel ?? current.channel,
      patch.subject ?? current.subject,
      patch.body ?? current.body,
      patch.dueAt === undefined ? current.dueAt : utc(patch.dueAt),
      patch.replyAt === undefined ? current.replyAt : utc(patch.replyAt),
      retargeted ? null : current.dueKey,
      isoNow(now),
      patch.id,
    ) as FollowUpRow;
    refreshDue(db, current.applicationId);
    return toFollowUp(row);
  });
}

/**
 * The autosave path: one statement, no recomputation (subject and text do not change what is due). With
 * `baseRevision`, the statement itself only matches the revision the editor started from, so a save from a stale
 * window cannot slip in between a check and the write.
 */
export function saveDraft(
  db: Db,
  id: number,
  subject: string,
  body: string,
  now: number = Date.now(),
  baseRevision?: number,
): { id: number; updatedAt: string; revision: number } {
  const updatedAt = isoNow(now);
  // `run`, not a RETURNING read: run steps the statement to its end, where an autocommit statement commits, so a
  // failed commit (a full disk) is reported instead of being acknowledged as saved.
  const saved = sql(
    db,
    `UPDATE followups SET subject = @subject, body = @body, updated_at = @updatedAt, revision = revision + 1
     WHERE id = @id AND status = 'draft' AND (@base IS NULL OR revision = @base)`,
  ).run({ id, subject, body, updatedAt, base: baseRevision ?? null });
  if (saved.changes === 1) {
    const { revision } = sql(db, 'SELECT revision FROM followups WHERE id = ?').get(id) as { revision: number };
    return { id, updatedAt, revision };
  }
  // Not written: say why, most telling reason first.
  const current = getFollowUp(db, id);
  if (current.status !== 'draft') {
    throw new AppError('conflict', `This note is marked as ${current.status}, so it was not changed. Set it back to draft to edit it.`);
  }
  assertRevision('note', current.revision, baseRevision);
  throw new Error(`Note ${id} was neither saved nor refused.`);
}

export function setFollowUpStatus(db: Db, change: FollowUpStatusChange, now: number = Date.now()): FollowUp {
  return inTransaction(db, () => {
    const current = getFollowUp(db, change.id);
    const sentAt = change.status === 'sent' ? (utc(change.sentAt) ?? isoNow(now)) : null;
    const reason = change.status === 'skipped' ? change.reason : '';
    const row = sql(
      db,
      `UPDATE followups SET status = ?, sent_at = ?, skip_reason = ?, reply_at = CASE WHEN ? = 'sent' THEN reply_at END, updated_at = ?,
         revision = revision + 1
       WHERE id = ? RETURNING *`,
    ).get(change.status, sentAt, reason, change.status, isoNow(now), change.id) as FollowUpRow;
    touchApplication(db, current.applicationId, now);
    refreshDue(db, current.applicationId);
    return toFollowUp(row);
  });
}

export function deleteFollowUp(db: Db, id: number): { id: number } {
  return inTransaction(db, () => {
    const current = getFollowUp(db, id);
    sql(db, 'DELETE FROM followups WHERE id = ?').run(id);
    refreshDue(db, current.applicationId);
    return { id };
  });
}

export function listFollowUps(db: Db, filter: FollowUpFilter = {}): FollowUp[] {
  const rows = sql(
    db,
    `SELECT * FROM followups WHERE (@app IS NULL OR application_id = @app) AND (@status IS NULL OR status = @status)
     ORDER BY updated_at DESC, id DESC LIMIT 500`,
  ).all({ app: filter.applicationId ?? null, status: filter.status ?? null }) as FollowUpRow[];
  return rows.map(toFollowUp);
}

export function getFollowUpDetail(db: Db, id: number): FollowUpDetail {
  const followUp = getFollowUp(db, id);
  const app = sql(db, 'SELECT company, role FROM applications WHERE id = ?').get(followUp.applicationId) as { company: string; role: string };
  const interview =
    followUp.interviewId === null
      ? undefined
      : (sql(db, 'SELECT * FROM interviews WHERE id = ?').get(followUp.interviewId) as InterviewRow | undefined);
  return {
    followUp,
    ignoredFlags: ignoredFlags(db, id),
    company: app.company,
    role: app.role,
    recipient: followUp.recipientId === null ? null : getPerson(db, followUp.recipientId),
    interview: interview
      ? {
          id: interview.id,
          round: interview.round as NonNullable<FollowUpDetail['interview']>['round'],
          format: interview.format as NonNullable<FollowUpDetail['interview']>['format'],
          startsAt: interview.starts_at,
          endsAt: interview.ends_at,
          timeZone: interview.time_zone,
        }
      : null,
  };
}

/** The stored list, as written by `setIgnoredFlags` (the column's CHECK keeps it a JSON list). */
export function ignoredFlagsOf(json: string): IgnoredFlag[] {
  return (JSON.parse(json) as IgnoredFlag[]).map(({ ruleId, text }) => ({ ruleId, text }));
}

export function ignoredFlags(db: Db, id: number): IgnoredFlag[] {
  const row = sql(db, 'SELECT ignored_flags FROM followups WHERE id = ?').get(id) as { ignored_flags: string } | undefined;
  if (!row) throw notFound('note');
  return ignoredFlagsOf(row.ignored_flags);
}

const sameFlag = (a: IgnoredFlag, b: IgnoredFlag) => a.ruleId === b.ruleId && a.text === b.text;

/**
 * Ignores a review flag in one note ("Ignore here"), or stops ignoring it. Whatever the note's status, and without
 * touching `updatedAt`: the note's text is unchanged. Answers the note's list as it now stands.
 */
export function setFlagIgnored(db: Db, change: FollowUpIgnoredFlag, ignore: boolean): IgnoredFlag[] {
  return inTransaction(db, () => {
    const flag = { ruleId: change.ruleId, text: change.text };
    const current = ignoredFlags(db, change.id);
    const present = current.some((other) => sameFlag(other, flag));
    if (present === ignore) return current;
    if (ignore && current.length >= LIMITS.ignoredFlags) {
      throw invalid('ruleId', `A note can ignore at most ${LIMITS.ignoredFlags} flags.`);
    }
    const next = ignore ? [...current, flag] : current.filter((other) => !sameFlag(other, flag));
    sql(db, 'UPDATE followups SET ignored_flags = ? WHERE id = ?').run(JSON.stringify(next), change.id);
    return next;
  });
}

/**
 * The draft for a due item: the one already started for it (opened from the list before, or written by hand for
 * the same interview and person), or a new empty one remembering the item's key and deadline.
 */
export function openDue(db: Db, key: string, now: number = Date.now()): FollowUp {
  const parsed = parseDueKey(key);
  if (!parsed) throw invalid('key', 'This is not the key of a reminder.');
  return inTransaction(db, () => {
    // Planned items include those not listed yet or any more, so a check-in can be drafted before its day.
    const item = plannedItem(db, key);
    if (!item) {
      const earlier = sql(db, 'SELECT * FROM followups WHERE due_key = ? ORDER BY id DESC LIMIT 1').get(key) as FollowUpRow | undefined;
      if (earlier) return toFollowUp(earlier);
      throw new AppError('not-found', 'This reminder is no longer open: its note was sent or skipped, or the interview changed.');
    }
    if (item.draftId !== null) return getFollowUp(db, item.draftId);
    const draft = insertFollowUp(
      db,
      {
        applicationId: item.applicationId,
        interviewId: item.interviewId,
        recipientId: item.recipientId,
        kind: item.kind,
        channel: 'email',
        subject: '',
        body: '',
        dueAt: item.dueAt,
      },
      key,
      now,
    );
    touchApplication(db, item.applicationId, now);
    refreshDue(db, item.applicationId);
    return draft;
  });
}
