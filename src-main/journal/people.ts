/** People: interviewers, recruiters and anyone else a note may go to. */
import type { z } from 'zod';
import type { ApplicationStatus, Person, PersonApplication, PersonDetail, PersonPart, PersonSummary } from '../../src-shared/api/journal-types.ts';
import type { personCreate, personList, personUpdate } from '../../src-shared/api/journal-schemas.ts';
import { refreshDueMany } from './due.ts';
import { toFollowUp, toPerson, type FollowUpRow, type PersonRow } from './rows.ts';
import { assertRevision, containsPattern, inTransaction, isoNow, notFound, sql, type Db } from './sql.ts';

export type PersonInput = z.output<typeof personCreate>;
export type PersonPatch = z.output<typeof personUpdate>;
export type PersonFilter = NonNullable<z.output<typeof personList>>;

/** Inserts one person; callers that write more than one row wrap it in their own transaction. */
export function insertPerson(db: Db, input: PersonInput, now: number = Date.now()): Person {
  const at = isoNow(now);
  const row = sql(
    db,
    `INSERT INTO people (name, title, company, email, phone, is_recruiter, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
  ).get(
    input.name,
    input.title ?? '',
    input.company ?? '',
    input.email ?? '',
    input.phone ?? '',
    input.isRecruiter ? 1 : 0,
    input.notes ?? '',
    at,
    at,
  ) as PersonRow;
  return toPerson(row);
}

export function createPerson(db: Db, input: PersonInput, now: number = Date.now()): Person {
  return insertPerson(db, input, now);
}

export function getPerson(db: Db, id: number): Person {
  const row = sql(db, 'SELECT * FROM people WHERE id = ?').get(id) as PersonRow | undefined;
  if (!row) throw notFound('person');
  return toPerson(row);
}

export function personExists(db: Db, id: number): boolean {
  return sql(db, 'SELECT 1 FROM people WHERE id = ?').get(id) !== undefined;
}

export function updatePerson(db: Db, patch: PersonPatch, now: number = Date.now()): Person {
  return inTransaction(db, () => {
    const current = getPerson(db, patch.id);
    assertRevision('person', current.revision, patch.baseRevision);
    const row = sql(
      db,
      `UPDATE people SET name = ?, title = ?, company = ?, email = ?, phone = ?, is_recruiter = ?, notes = ?, updated_at = ?,
         revision = revision + 1
       WHERE id = ? RETURNING *`,
    ).get(
      patch.name ?? current.name,
      patch.title ?? current.title,
      patch.company ?? current.company,
      patch.email ?? current.email,
      patch.phone ?? current.phone,
      (patch.isRecruiter ?? current.isRecruiter) ? 1 : 0,
      patch.notes ?? current.notes,
      isoNow(now),
      patch.id,
    ) as PersonRow;
    return toPerson(row);
  });
}

/** Unlinks the person everywhere; notes addressed to them stay, without a recipient. */
export function deletePerson(db: Db, id: number): { id: number } {
  return inTransaction(db, () => {
    getPerson(db, id);
    const affected = (
      sql(
        db,
        `SELECT i.application_id AS id FROM interview_people ip JOIN interviews i ON i.id = ip.interview_id WHERE ip.person_id = ?
         UNION SELECT id FROM applications WHERE recruiter_id = ? OR referrer_id = ?
         UNION SELECT application_id FROM followups WHERE recipient_id = ?`,
      ).all(id, id, id, id) as { id: number }[]
    ).map((r) => r.id);
    sql(db, 'DELETE FROM people WHERE id = ?').run(id);
    refreshDueMany(db, affected);
    return { id };
  });
}

export function listPeople(db: Db, filter: PersonFilter = {}): PersonSummary[] {
  const rows = sql(
    db,
    `SELECT p.*, (SELECT count(*) FROM interview_people ip WHERE ip.person_id = p.id) AS interview_count
     FROM people p
     WHERE (@text IS NULL OR (p.name || ' ' || p.title || ' ' || p.company || ' ' || p.email) LIKE @text ESCAPE '\\')
       AND (@recruiters = 0 OR p.is_recruiter = 1)
     ORDER BY p.name COLLATE NOCASE, p.id
     LIMIT @limit`,
  ).all({ text: filter.text ? containsPattern(filter.text) : null, recruiters: filter.recruitersOnly ? 1 : 0, limit: filter.limit ?? 200 }) as (PersonRow & {
    interview_count: number;
  })[];
  return rows.map((r) => ({ ...toPerson(r), interviewCount: r.interview_count }));
}

export function getPersonDetail(db: Db, id: number): PersonDetail {
  const person = getPerson(db, id);
  const interviews = sql(
    db,
    `SELECT i.id AS interviewId, i.application_id AS applicationId, a.company, a.role, i.round, i.starts_at AS startsAt
     FROM interview_people ip JOIN interviews i ON i.id = ip.interview_id JOIN applications a ON a.id = i.application_id
     WHERE ip.person_id = ? ORDER BY i.starts_at DESC`,
  ).all(id) as PersonDetail['interviews'];
  const followUps = (sql(db, 'SELECT * FROM followups WHERE recipient_id = ? ORDER BY created_at DESC, id DESC').all(id) as FollowUpRow[]).map(
    toFollowUp,
  );
  return { person, interviews, applications: applicationsOf(db, id, interviews), followUps };
}

/** Every application the person is part of, with each part they play: the page says who they are to each one. */
function applicationsOf(db: Db, id: number, interviews: PersonDetail['interviews']): PersonApplication[] {
  const rows = sql(
    db,
    `SELECT a.id, a.company, a.role, a.status, a.recruiter_id = @id AS recruiter, a.referrer_id = @id AS referrer
     FROM applications a
     WHERE a.recruiter_id = @id OR a.referrer_id = @id
        OR a.id IN (SELECT i.application_id FROM interview_people ip JOIN interviews i ON i.id = ip.interview_id WHERE ip.person_id = @id)
     ORDER BY a.updated_at DESC, a.id DESC`,
  ).all({ id }) as { id: number; company: string; role: string; status: string; recruiter: number | null; referrer: number | null }[];
  return rows.map((r) => {
    const sat = interviews.filter((interview) => interview.applicationId === r.id);
    const parts: PersonPart[] = [];
    if (r.recruiter === 1) parts.push('recruiter');
    if (r.referrer === 1) parts.push('referrer');
    if (sat.length > 0) parts.push('interviewer');
    return { applicationId: r.id, company: r.company, role: r.role, status: r.status as ApplicationStatus, parts, interviews: sat };
  });
}
