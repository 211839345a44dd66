/** Applications: one per job applied for, with everything else hanging off it. */
import type { z } from 'zod';
import type { Application, ApplicationDetail, ApplicationList, ApplicationSummary, Person } from '../../src-shared/api/journal-types.ts';
import type { applicationCreate, applicationList, applicationUpdate } from '../../src-shared/api/journal-schemas.ts';
import { dueForApplication, refreshDue } from './due.ts';
import { listInterviewsOfApplication } from './interviews.ts';
import { ensureCompany } from './companies.ts';
import { insertPerson, personExists } from './people.ts';
import { recordStatus } from './status-history.ts';
import { toApplication, toFollowUp, toPerson, type ApplicationRow, type FollowUpRow, type PersonRow } from './rows.ts';
import { assertRevision, containsPattern, inTransaction, invalid, isoNow, notFound, sql, utc, type Db } from './sql.ts';

export type ApplicationInput = z.output<typeof applicationCreate>;
export type ApplicationPatch = z.output<typeof applicationUpdate>;
export type ApplicationFilter = NonNullable<z.output<typeof applicationList>>;

/**
 * Who brought the application, as ids to store: a person added on the spot is written first (same transaction),
 * a chosen one must still exist. `undefined` leaves the stored value as it is.
 */
function broughtBy(
  db: Db,
  input: Pick<ApplicationInput, 'recruiterId' | 'referrerId' | 'newRecruiter' | 'newReferrer'>,
  now: number,
): { recruiterId: number | null | undefined; referrerId: number | null | undefined } {
  const resolve = (field: 'recruiterId' | 'referrerId', chosen: number | null | undefined, created: ApplicationInput['newRecruiter'], isRecruiter: boolean) => {
    // Both at once would leave which person was meant unclear.
    if (created && chosen != null) {
      throw invalid(field, field === 'recruiterId' ? 'Choose a recruiter from People or add a new one, not both.' : 'Choose who referred you from People or add them new, not both.');
    }
    if (created) return insertPerson(db, { ...created, isRecruiter: created.isRecruiter ?? isRecruiter }, now).id;
    if (chosen != null && !personExists(db, chosen)) {
      throw invalid(field, `That ${field === 'recruiterId' ? 'recruiter' : 'referrer'} is not in the journal (they may have been deleted).`);
    }
    return chosen;
  };
  return {
    recruiterId: resolve('recruiterId', input.recruiterId, input.newRecruiter, true),
    referrerId: resolve('referrerId', input.referrerId, input.newReferrer, false),
  };
}

export function createApplication(db: Db, input: ApplicationInput, now: number = Date.now()): Application {
  return inTransaction(db, () => {
    const people = broughtBy(db, input, now);
    const at = isoNow(now);
    const row = sql(
      db,
      `INSERT INTO applications (company, role, job_url, source, status, applied_on, status_changed_at, recruiter_id, referrer_id, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
    ).get(
      input.company,
      input.role ?? '',
      input.jobUrl ?? '',
      input.source ?? 'other',
      input.status ?? 'active',
      input.appliedOn ?? null,
      utc(input.statusChangedAt) ?? at,
      people.recruiterId ?? null,
      people.referrerId ?? null,
      input.notes ?? '',
      at,
      at,
    ) as ApplicationRow;
    recordStatus(db, row.id, toApplication(row).status, row.status_changed_at);
    ensureCompany(db, row.company, at);
    refreshDue(db, row.id);
    return toApplication(row);
  });
}

export function getApplication(db: Db, id: number): Application {
  const row = sql(db, 'SELECT * FROM applications WHERE id = ?').get(id) as ApplicationRow | undefined;
  if (!row) throw notFound('application');
  return toApplication(row);
}

export function updateApplication(db: Db, patch: ApplicationPatch, now: number = Date.now()): Application {
  return inTransaction(db, () => {
    const current = getApplication(db, patch.id);
    assertRevision('application', current.revision, patch.baseRevision);
    const people = broughtBy(db, patch, now);
    const at = isoNow(now);
    const status = patch.status ?? current.status;
    const statusChangedAt = utc(patch.statusChangedAt) ?? (status !== current.status ? at : current.statusChangedAt);
    const row = sql(
      db,
      `UPDATE applications SET company = ?, role = ?, job_url = ?, source = ?, status = ?, applied_on = ?, status_changed_at = ?,
         recruiter_id = ?, referrer_id = ?, notes = ?, updated_at = ?, revision = revision + 1
       WHERE id = ? RETURNING *`,
    ).get(
      patch.company ?? current.company,
      patch.role ?? current.role,
      patch.jobUrl ?? current.jobUrl,
      patch.source ?? current.source,
      status,
      patch.appliedOn === undefined ? current.appliedOn : patch.appliedOn,
      statusChangedAt,
      people.recruiterId === undefined ? current.recruiterId : people.recruiterId,
      people.referrerId === undefined ? current.referrerId : people.referrerId,
      patch.notes ?? current.notes,
      at,
      patch.id,
    ) as ApplicationRow;
    // A new status, or a corrected date for the current one, is what the history keeps.
    if (status !== current.status) recordStatus(db, patch.id, status, statusChangedAt);
    else if (statusChangedAt !== current.statusChangedAt) {
      sql(db, 'UPDATE status_changes SET changed_at = ? WHERE id = (SELECT max(id) FROM status_changes WHERE application_id = ?)').run(statusChangedAt, patch.id);
    }
    if (row.company !== current.company) ensureCompany(db, row.company, at);
    refreshDue(db, patch.id);
    return toApplication(row);
  });
}

export function deleteApplication(db: Db, id: number): { id: number } {
  return inTransaction(db, () => {
    getApplication(db, id);
    sql(db, 'DELETE FROM applications WHERE id = ?').run(id);
    return { id };
  });
}

type SummaryRow = ApplicationRow & {
  interview_count: number;
  last_interview_at: string | null;
  next_interview_at: string | null;
  draft_count: number;
  total: number;
};

interface ListQuery {
  /** A `WITH` clause the other parts may refer to, or ''. */
  with: string;
  where: string;
  /** Counts every row the filter keeps, whatever the page. */
  total: string;
  withParams: unknown[];
  whereParams: unknown[];
  totalParams: unknown[];
}

const where = (clauses: string[]) => (clauses.length ? `WHERE ${clauses.join(' AND ')}` : '');

function listQuery(filter: ApplicationFilter): ListQuery {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const totalParams: unknown[] = [];
  let withClause = '';
  let withParams: unknown[] = [];
  // Columns go unqualified: each clause is read by the page and by the total, each in its own FROM.
  const statuses = filter.status === undefined ? [] : Array.isArray(filter.status) ? [...new Set(filter.status)] : [filter.status];
  if (statuses.length > 0) {
    clauses.push(`status IN (${statuses.map(() => '?').join(', ')})`);
    params.push(...statuses);
  }
  let total: string;
  if (filter.text && [...filter.text].length >= 3) {
    // The trigram index finds the matches once per query, and both the page and the total read that one set: the
    // page walks the list's own index in order (the unary + keeps it there), probing the set, so it stops after
    // its rows whether the text matches ten applications or ten thousand, and nothing is sorted; the total counts
    // the set, or the rows of the chosen statuses in it.
    withClause = 'WITH matches (id) AS MATERIALIZED (SELECT rowid FROM search_application_names WHERE search_application_names MATCH ?)';
    withParams = [`"${filter.text.replace(/"/g, '""')}"`];
    clauses.push('+id IN matches');
    total =
      statuses.length === 0
        ? '(SELECT count(*) FROM matches)'
        : `(SELECT count(*) FROM applications WHERE status IN (${statuses.map(() => '?').join(', ')}) AND id IN matches)`;
    totalParams.push(...statuses);
  } else {
    if (filter.text) {
      // One or two characters make no trigram: fall back to reading every name.
      clauses.push(`(company || ' ' || role) LIKE ? ESCAPE '\\'`);
      params.push(containsPattern(filter.text));
    }
    // The same rows, counted on the index alone when only statuses are chosen.
    total = `(SELECT count(*) FROM applications ${where(clauses)})`;
    totalParams.push(...params);
  }
  return { with: withClause, where: where(clauses), total, withParams, whereParams: params, totalParams };
}

/**
 * One page of the list, most recent activity first, with the number of applications the filter keeps. One
 * statement answers both, so the text filter's matches are found once.
 */
export function listApplications(db: Db, filter: ApplicationFilter = {}, now: number = Date.now()): ApplicationList {
  const query = listQuery(filter);
  const at = isoNow(now);
  const limit = filter.limit ?? 100;
  const offset = filter.offset ?? 0;
  // The filter's parameters are positional, bound in the order they appear: the WITH clause, the total (in the
  // select list), then the WHERE clause.
  const rows = sql(
    db,
    `${query.with}
     SELECT a.*,
       (SELECT count(*) FROM interviews i WHERE i.application_id = a.id) AS interview_count,
       (SELECT max(i.starts_at) FROM interviews i WHERE i.application_id = a.id AND i.starts_at <= @at) AS last_interview_at,
       (SELECT min(i.starts_at) FROM interviews i WHERE i.application_id = a.id AND i.starts_at > @at) AS next_interview_at,
       (SELECT count(*) FROM followups f WHERE f.application_id = a.id AND f.status = 'draft') AS draft_count,
       ${query.total} AS total
     FROM applications a ${query.where}
     ORDER BY a.updated_at DESC, a.id DESC
     LIMIT @limit OFFSET @offset`,
  ).all(...query.withParams, ...query.totalParams, ...query.whereParams, { at, limit, offset }) as SummaryRow[];
  // A page past the end has no row to carry the total; an empty first page means nothing matched.
  const total =
    rows[0]?.total ?? (offset === 0 ? 0 : (sql(db, `${query.with} SELECT ${query.total} AS n`).get(...query.withParams, ...query.totalParams) as { n: number }).n);
  const items: ApplicationSummary[] = rows.map((r) => ({
    ...toApplication(r),
    interviewCount: r.interview_count,
    lastInterviewAt: r.last_interview_at,
    nextInterviewAt: r.next_interview_at,
    draftCount: r.draft_count,
  }));
  return { items, total };
}

export function getApplicationDetail(db: Db, id: number, now: number = Date.now()): ApplicationDetail {
  const application = getApplication(db, id);
  const interviews = listInterviewsOfApplication(db, id);
  const people = (
    sql(
      db,
      `SELECT p.* FROM people p WHERE p.id IN (
         SELECT ip.person_id FROM interview_people ip JOIN interviews i ON i.id = ip.interview_id WHERE i.application_id = @id
         UNION SELECT recruiter_id FROM applications WHERE id = @id
         UNION SELECT referrer_id FROM applications WHERE id = @id)
       ORDER BY p.name COLLATE NOCASE`,
    ).all({ id }) as PersonRow[]
  ).map(toPerson);
  const recruiter: Person | null = people.find((p) => p.id === application.recruiterId) ?? null;
  const referrer: Person | null = people.find((p) => p.id === application.referrerId) ?? null;
  const followUps = (sql(db, 'SELECT * FROM followups WHERE application_id = ? ORDER BY created_at DESC, id DESC').all(id) as FollowUpRow[]).map(
    toFollowUp,
  );
  return { application, recruiter, referrer, interviews, people, followUps, due: dueForApplication(db, id, now) };
}
