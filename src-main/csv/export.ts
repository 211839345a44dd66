/** Applications, interviews and notes as CSV for a spreadsheet, one file each. */
import type { CsvExport, CsvExportKind } from '../../src-shared/api/tracker-types.ts';
import { sql, type Db } from '../journal/sql.ts';
import { writeCsv } from './read.ts';

type Cell = string | number | null;

function applications(db: Db): [string[], Cell[][]] {
  const rows = sql(
    db,
    `SELECT a.id, a.company, a.role, a.status, a.source, a.applied_on, a.status_changed_at, a.job_url, p.location, p.workplace,
       p.salary_min, p.salary_max, p.salary_currency, p.closes_on, a.notes
     FROM applications a LEFT JOIN job_postings p ON p.application_id = a.id ORDER BY a.id`,
  ).raw().all() as Cell[][];
  return [
    ['Id', 'Company', 'Role', 'Status', 'Source', 'Applied on', 'Status changed at', 'Job link', 'Location', 'Workplace', 'Salary from', 'Salary to', 'Currency', 'Closes on', 'Notes'],
    rows,
  ];
}

function interviews(db: Db): [string[], Cell[][]] {
  const rows = sql(
    db,
    `SELECT i.id, i.application_id, a.company, a.role, i.round, i.format, i.starts_at, i.ends_at, i.time_zone, i.location,
       (SELECT group_concat(p.name, '; ') FROM (SELECT p.name FROM interview_people ip JOIN people p ON p.id = ip.person_id WHERE ip.interview_id = i.id ORDER BY ip.position) p),
       (SELECT group_concat(value, '; ') FROM json_each(i.topics)), i.next_step, i.next_step_by, i.notes
     FROM interviews i JOIN applications a ON a.id = i.application_id ORDER BY i.id`,
  ).raw().all() as Cell[][];
  return [['Id', 'Application id', 'Company', 'Role', 'Round', 'Format', 'Starts at', 'Ends at', 'Time zone', 'Location', 'Interviewers', 'Topics', 'Next step', 'Next step by', 'Notes'], rows];
}

function notes(db: Db): [string[], Cell[][]] {
  const rows = sql(
    db,
    `SELECT f.id, f.application_id, a.company, a.role, f.kind, f.channel, p.name, f.subject, f.body, f.status, f.due_at, f.sent_at, f.reply_at
     FROM followups f JOIN applications a ON a.id = f.application_id LEFT JOIN people p ON p.id = f.recipient_id ORDER BY f.id`,
  ).raw().all() as Cell[][];
  return [['Id', 'Application id', 'Company', 'Role', 'Kind', 'Channel', 'To', 'Subject', 'Text', 'Status', 'Due at', 'Sent at', 'Reply at'], rows];
}

const READERS = { applications, interviews, notes } satisfies Record<CsvExportKind, (db: Db) => [string[], Cell[][]]>;

export function exportCsv(db: Db, kind: CsvExportKind, now: number = Date.now()): CsvExport {
  const [columns, rows] = db.transaction(() => READERS[kind](db)).deferred();
  return { fileName: `afterword-${kind}-${new Date(now).toISOString().slice(0, 10)}.csv`, text: writeCsv(columns, rows), rows: rows.length };
}
