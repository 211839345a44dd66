/** Interviews of an application, with the people who took part and the topics discussed. */
import type { z } from 'zod';
import type { Interview, PersonRef } from '../../src-shared/api/journal-types.ts';
import type { interviewCreate, interviewUpdate } from '../../src-shared/api/journal-schemas.ts';
import { refreshDue } from './due.ts';
import { insertPerson, personExists } from './people.ts';
import { toInterview, toPersonRef, type InterviewRow, type PersonRow } from './rows.ts';
import { assertRevision, inTransaction, invalid, invalidFields, isoNow, notFound, sql, touchApplication, utc, type Db } from './sql.ts';

export type InterviewInput = z.output<typeof interviewCreate>;
export type InterviewPatch = z.output<typeof interviewUpdate>;

function interviewersOf(db: Db, interviewId: number): PersonRef[] {
  return (
    sql(
      db,
      `SELECT p.id, p.name, p.title, p.is_recruiter FROM interview_people ip JOIN people p ON p.id = ip.person_id
       WHERE ip.interview_id = ? ORDER BY ip.position`,
    ).all(interviewId) as PersonRow[]
  ).map(toPersonRef);
}

export function getInterview(db: Db, id: number): Interview {
  const row = sql(db, 'SELECT * FROM interviews WHERE id = ?').get(id) as InterviewRow | undefined;
  if (!row) throw notFound('interview');
  return toInterview(row, interviewersOf(db, id));
}

export function listInterviewsOfApplication(db: Db, applicationId: number): Interview[] {
  const rows = sql(db, 'SELECT * FROM interviews WHERE application_id = ? ORDER BY starts_at, id').all(applicationId) as InterviewRow[];
  return rows.map((r) => toInterview(r, interviewersOf(db, r.id)));
}

/** Topics are kept once each, in the order given; the same phrase typed twice is one topic. */
function cleanTopics(topics: string[]): string[] {
  const seen = new Set<string>();
  return topics.filter((t) => {
    const key = t.toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Replaces the interview's people with `ids` followed by the newly created people. */
function linkInterviewers(db: Db, interviewId: number, input: Pick<InterviewInput, 'interviewerIds' | 'newInterviewers'>, keep: number[], now: number): void {
  const ids = [...new Set(input.interviewerIds ?? keep)];
  const missing = ids.map((id, i) => ({ id, i })).filter(({ id }) => !personExists(db, id));
  if (missing.length > 0) {
    throw invalidFields(
      missing.map(({ i }) => ({ path: `interviewerIds.${i}`, message: 'That person is not in the journal (they may have been deleted).' })),
    );
  }
  for (const person of input.newInterviewers ?? []) ids.push(insertPerson(db, person, now).id);
  sql(db, 'DELETE FROM interview_people WHERE interview_id = ?').run(interviewId);
  const link = sql(db, 'INSERT INTO interview_people (interview_id, person_id, position) VALUES (?, ?, ?)');
  ids.forEach((personId, position) => link.run(interviewId, personId, position));
}

export function createInterview(db: Db, input: InterviewInput, now: number = Date.now()): Interview {
  return inTransaction(db, () => {
    if (!sql(db, 'SELECT 1 FROM applications WHERE id = ?').get(input.applicationId)) {
      throw invalid('applicationId', 'That application is not in the journal (it may have been deleted).');
    }
    const at = isoNow(now);
    const { id } = sql(
      db,
      `INSERT INTO interviews (application_id, round, format, starts_at, ends_at, time_zone, location, next_step, next_step_by, notes, topics,
         created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    ).get(
      input.applicationId,
      input.round ?? 'other',
      input.format ?? 'video',
      utc(input.startsAt),
      utc(input.endsAt),
      input.timeZone,
      input.location ?? '',
      input.nextStep ?? '',
      input.nextStepBy ?? null,
      input.notes ?? '',
      JSON.stringify(cleanTopics(input.topics ?? [])),
      at,
      at,
    ) as { id: number };
    linkInterviewers(db, id, input, [], now);
    touchApplication(db, input.applicationId, now);
    refreshDue(db, input.applicationId);
    return getInterview(db, id);
  });
}

export function updateInterview(db: Db, patch: InterviewPatch, now: number = Date.now()): Interview {
  return inTransaction(db, () => {
    const current = getInterview(db, patch.id);
    assertRevision('interview', current.revision, patch.baseRevision);
    const startsAt = utc(patch.startsAt ?? current.startsAt);
    const endsAt = utc(patch.endsAt ?? current.endsAt);
    if (endsAt <= startsAt) throw invalid(patch.endsAt ? 'endsAt' : 'startsAt', 'End must be after the start.');
    sql(
      db,
      `UPDATE interviews SET round = ?, format = ?, starts_at = ?, ends_at = ?, time_zone = ?, location = ?, next_step = ?, next_step_by = ?,
         notes = ?, topics = ?, updated_at = ?, revision = revision + 1
       WHERE id = ?`,
    ).run(
      patch.round ?? current.round,
      patch.format ?? current.format,
      startsAt,
      endsAt,
      patch.timeZone ?? current.timeZone,
      patch.location ?? current.location,
      patch.nextStep ?? current.nextStep,
      patch.nextStepBy === undefined ? current.nextStepBy : patch.nextStepBy,
      patch.notes ?? current.notes,
      JSON.stringify(cleanTopics(patch.topics ?? current.topics)),
      isoNow(now),
      patch.id,
    );
    if (patch.interviewerIds !== undefined || patch.newInterviewers !== undefined) {
      linkInterviewers(db, patch.id, patch, current.interviewers.map((p) => p.id), now);
    }
    touchApplication(db, current.applicationId, now);
    refreshDue(db, current.applicationId);
    return getInterview(db, patch.id);
  });
}

/** Notes written for the interview are kept (detached), since they are the user's own writing. */
export function deleteInterview(db: Db, id: number): { id: number } {
  return inTransaction(db, () => {
    const { applicationId } = getInterview(db, id);
    sql(db, 'DELETE FROM interviews WHERE id = ?').run(id);
    refreshDue(db, applicationId);
    return { id };
  });
}
