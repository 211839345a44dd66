/**
 * The board: applications in one column per status, each card with what the user acts on next (the next step the
 * employer named, the reminders open now). Counts cover every application the filter keeps; the cards of a column
 * stop at `limit`, most recent activity first, as in the list: each column walks the list's own index
 * (status, updated_at) and stops after its cards.
 */
import type { z } from 'zod';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../src-shared/api/journal-types.ts';
import type { Board, BoardCard } from '../../src-shared/api/tracker-types.ts';
import type { boardQuery } from '../../src-shared/api/tracker-schemas.ts';
import { listCompanies } from './companies.ts';
import { toApplicationCard, type ApplicationCardRow } from './rows.ts';
import { containsPattern, isoNow, sql, type Db } from './sql.ts';

export type BoardFilter = NonNullable<z.output<typeof boardQuery>>;

interface CardRow extends ApplicationCardRow {
  interview_count: number;
  next_step: string | null;
  next_step_by: string | null;
  due_open: number;
  due_overdue: number;
  next_due_at: string | null;
}

/** The company filter matches any part of the name as written, or of a name or short name of its record. */
function companyNames(db: Db, text: string): string[] {
  return listCompanies(db, text).flatMap((company) => [company.name, ...company.aliases].map((name) => name.toLocaleLowerCase()));
}

export function getBoard(db: Db, filter: BoardFilter = {}, now: number = Date.now()): Board {
  const clauses: string[] = [];
  const params: Record<string, unknown> = { at: isoNow(now), limit: filter.limit ?? 100 };
  if (filter.company) {
    clauses.push(`(a.company LIKE @companyPattern ESCAPE '\\' OR lower(a.company) IN (SELECT value FROM json_each(@companyNames)))`);
    params.companyPattern = containsPattern(filter.company);
    params.companyNames = JSON.stringify(companyNames(db, filter.company));
  }
  if (filter.source && filter.source.length > 0) {
    clauses.push('a.source IN (SELECT value FROM json_each(@sources))');
    params.sources = JSON.stringify(filter.source);
  }
  // An application without a date counts from the day it was added.
  const day = 'coalesce(a.applied_on, substr(a.created_at, 1, 10))';
  if (filter.from) {
    clauses.push(`${day} >= @from`);
    params.from = filter.from;
  }
  if (filter.to) {
    clauses.push(`${day} <= @to`);
    params.to = filter.to;
  }
  const where = clauses.length ? `AND ${clauses.join(' AND ')}` : '';

  const counts = new Map<ApplicationStatus, number>(
    (sql(db, `SELECT a.status, count(*) AS n FROM applications a WHERE 1 ${where} GROUP BY a.status`).all(params) as { status: ApplicationStatus; n: number }[]).map(
      (r) => [r.status, r.n],
    ),
  );
  const select = sql(
    db,
    `SELECT a.id, a.company, a.role, a.source, a.status, a.applied_on, a.status_changed_at,
       (SELECT count(*) FROM interviews i WHERE i.application_id = a.id) AS interview_count,
       n.next_step, n.next_step_by,
       (SELECT count(*) FROM due_items d WHERE d.application_id = a.id AND d.lapses_at >= @at AND d.listed_from <= @at) AS due_open,
       (SELECT count(*) FROM due_items d WHERE d.application_id = a.id AND d.lapses_at >= @at AND d.listed_from <= @at AND d.due_at < @at) AS due_overdue,
       (SELECT min(d.due_at) FROM due_items d WHERE d.application_id = a.id AND d.lapses_at >= @at AND d.listed_from <= @at) AS next_due_at
     FROM applications a
     LEFT JOIN interviews n ON n.id = (
       SELECT i.id FROM interviews i WHERE i.application_id = a.id AND i.next_step <> '' ORDER BY i.starts_at DESC, i.id DESC LIMIT 1)
     WHERE a.status = @status ${where}
     ORDER BY a.updated_at DESC, a.id DESC
     LIMIT @limit`,
  );
  const columns = APPLICATION_STATUSES.map((status) => ({
    status,
    count: counts.get(status) ?? 0,
    cards: (select.all({ ...params, status }) as CardRow[]).map(
      (r): BoardCard => ({
        ...toApplicationCard(r),
        interviewCount: r.interview_count,
        nextStep: r.next_step ? { text: r.next_step, by: r.next_step_by } : null,
        due: { open: r.due_open, overdue: r.due_overdue, nextDueAt: r.next_due_at },
      }),
    ),
  }));
  // From the company records, which every application's company has: reading the applications for their names
  // would read every row with its notes.
  const companies = (sql(db, 'SELECT name FROM companies ORDER BY name COLLATE NOCASE').all() as { name: string }[]).map((r) => r.name);
  return { columns, companies };
}
