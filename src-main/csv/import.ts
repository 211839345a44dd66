/**
 * Bringing a spreadsheet of applications in. One function answers the three steps the screen walks through: a
 * preview (the header, the mapping guessed or chosen, the first rows as they would be imported), a dry run (every
 * row checked as the import would, nothing written) and the import itself (the readable rows written in one
 * transaction). Rows that cannot be read are reported by their row number and never written.
 */
import type { CsvField, CsvPreview, CsvPreviewRow, CsvProblem } from '../../src-shared/api/tracker-types.ts';
import { AppError } from '../../src-shared/api/result.ts';
import { createApplication } from '../journal/applications.ts';
import { findCompany } from '../journal/companies.ts';
import { savePosting } from '../journal/postings.ts';
import { sql, type Db } from '../journal/sql.ts';
import { readCsv } from './read.ts';
import { dateOrder, guessMapping, recogniseDate, recogniseSalary, recogniseSource, recogniseStatus, type Salary } from './recognise.ts';

const PREVIEW_ROWS = 20;
const MAX_ROWS = 20_000;
const LIMIT = { name: 200, url: 2000, notes: 100_000, location: 500 };

export interface CsvImportRequest {
  text: string;
  mapping?: Record<string, CsvField> | undefined;
  mode: 'preview' | 'dry-run' | 'import';
}

interface ReadyRow extends CsvPreviewRow {
  jobUrl: string;
  notes: string;
  location: string;
  salary: Salary | null;
}

function checkMapping(columns: string[], mapping: Record<string, CsvField>): void {
  const unknown = Object.keys(mapping).filter((column) => !columns.includes(column));
  if (unknown.length) throw new AppError('invalid-input', `The file has no column “${unknown[0]}”. Choose the columns again.`, [{ path: 'mapping', message: `no column ${unknown[0]}` }]);
  const used = new Map<CsvField, string>();
  for (const [column, field] of Object.entries(mapping)) {
    if (field === 'ignore') continue;
    const other = used.get(field);
    if (other) throw new AppError('invalid-input', `Both “${other}” and “${column}” are mapped to ${field}; choose one.`, [{ path: `mapping.${column}`, message: `${field} is mapped twice` }]);
    used.set(field, column);
  }
  if (!used.has('company')) throw new AppError('invalid-input', 'Choose the column that holds the company: every application needs one.', [{ path: 'mapping', message: 'no company column' }]);
}

/** The `YYYY-MM-DD|company|role` of every application already in the journal, to skip rows imported before. */
function existingKeys(db: Db): Set<string> {
  return new Set(
    (sql(db, 'SELECT company, role, applied_on FROM applications').all() as { company: string; role: string; applied_on: string | null }[]).map((r) =>
      rowKey(r.company, r.role, r.applied_on),
    ),
  );
}

const rowKey = (company: string, role: string, appliedOn: string | null) => `${appliedOn ?? ''}|${company.toLocaleLowerCase()}|${role.toLocaleLowerCase()}`;

export function importCsv(db: Db, request: CsvImportRequest, now: number = Date.now()): CsvPreview {
  const table = readCsv(request.text);
  if (table.rows.length > MAX_ROWS) {
    throw new AppError('invalid-input', `The file has ${table.rows.length.toLocaleString('en-US')} rows; at most ${MAX_ROWS.toLocaleString('en-US')} can be imported at once.`);
  }
  const mapping = { ...Object.fromEntries(table.columns.map((column) => [column, 'ignore' as CsvField])), ...(request.mapping ?? guessMapping(table.columns)) };
  const columnOf = (field: CsvField) => Object.entries(mapping).find(([, f]) => f === field)?.[0];
  const problems: CsvProblem[] = table.broken.map((b) => ({ row: b.row, column: null, message: b.message }));
  // Without a company column there is nothing to import, but the preview still shows the file to map it.
  const mappingError = (() => {
    try {
      checkMapping(table.columns, mapping);
      return null;
    } catch (error) {
      if (request.mode !== 'preview') throw error;
      return error as AppError;
    }
  })();

  const dates = columnOf('appliedOn');
  const order = dateOrder(dates ? table.rows.map((r) => r.cells[dates] ?? '') : []);
  const known = existingKeys(db);
  const inFile = new Map<string, number>();
  const brokenRows = new Set(problems.map((p) => p.row));
  const ready: ReadyRow[] = [];

  for (const { row, cells } of table.rows) {
    if (mappingError || brokenRows.has(row)) continue;
    const cell = (field: CsvField) => {
      const column = columnOf(field);
      return column ? (cells[column] ?? '') : '';
    };
    const rowProblems: CsvProblem[] = [];
    const problem = (field: CsvField, message: string) => rowProblems.push({ row, column: columnOf(field) ?? null, message });
    const tooLong = (field: CsvField, max: number) => cell(field).length > max && problem(field, `is longer than ${max.toLocaleString('en-US')} characters`);

    const written = cell('company');
    if (!written) problem('company', 'has no company');
    tooLong('company', LIMIT.name);
    tooLong('role', LIMIT.name);
    tooLong('notes', LIMIT.notes);
    tooLong('location', LIMIT.location);
    const status = recogniseStatus(cell('status'));
    if (!status) problem('status', `“${cell('status').slice(0, 40)}” is not a status we know (active, applied, interviewing, offer, rejected, withdrawn…)`);
    const appliedOn = recogniseDate(cell('appliedOn'), order);
    if (appliedOn === undefined) problem('appliedOn', `“${cell('appliedOn').slice(0, 40)}” is not a date we can read (e.g. 2026-11-20 or 20 Nov 2026)`);
    const jobUrl = cell('jobUrl');
    if (jobUrl && !/^https?:\/\/\S+$/i.test(jobUrl)) problem('jobUrl', `“${jobUrl.slice(0, 40)}” is not a link starting with http:// or https://`);
    tooLong('jobUrl', LIMIT.url);
    const salary = recogniseSalary(cell('salary'));
    if (salary === undefined) problem('salary', `“${cell('salary').slice(0, 40)}” is not a salary or range we can read (e.g. 80k–95k EUR)`);

    const record = written ? findCompany(db, written) : null;
    const company = record?.name ?? written;
    const role = cell('role');
    if (rowProblems.length === 0) {
      const key = rowKey(company, role, appliedOn ?? null);
      const earlier = inFile.get(key);
      if (known.has(key)) rowProblems.push({ row, column: null, message: `${company}${role ? `, ${role}` : ''} is already in the journal` });
      else if (earlier) rowProblems.push({ row, column: null, message: `repeats row ${earlier}` });
      else inFile.set(key, row);
    }
    if (rowProblems.length) {
      problems.push(...rowProblems);
      continue;
    }
    ready.push({
      row,
      company,
      role,
      status: status!,
      source: recogniseSource(cell('source')),
      appliedOn: appliedOn ?? null,
      knownCompany: record?.name ?? null,
      jobUrl,
      notes: cell('notes'),
      location: cell('location'),
      salary: salary ?? null,
    });
  }

  let written = false;
  if (request.mode === 'import') {
    if (ready.length === 0) throw new AppError('invalid-input', 'No row of this file can be imported: see the problems listed by row. Nothing was written.');
    db.transaction(() => {
      for (const r of ready) {
        const application = createApplication(
          db,
          {
            company: r.company,
            role: r.role,
            jobUrl: r.jobUrl,
            source: r.source,
            status: r.status,
            appliedOn: r.appliedOn,
            // The status is as old as the row says: an application rejected last spring is not rejected today.
            ...(r.appliedOn ? { statusChangedAt: `${r.appliedOn}T12:00:00.000Z` } : {}),
            notes: r.notes,
          },
          now,
        );
        if (r.location || r.salary) {
          savePosting(db, { applicationId: application.id, location: r.location, salaryMin: r.salary?.min ?? null, salaryMax: r.salary?.max ?? null, salaryCurrency: r.salary?.currency ?? '' }, now);
        }
      }
    }).immediate();
    written = true;
  }

  problems.sort((a, b) => a.row - b.row);
  if (mappingError) problems.unshift({ row: 1, column: null, message: mappingError.message });
  return {
    columns: table.columns,
    delimiter: table.delimiter,
    samples: Object.fromEntries(table.columns.map((column) => [column, (table.rows.find((r) => r.cells[column])?.cells[column] ?? '').slice(0, 80)])),
    mapping,
    rows: ready.slice(0, PREVIEW_ROWS).map(({ row, company, role, status, source, appliedOn, knownCompany }) => ({ row, company, role, status, source, appliedOn, knownCompany })),
    readable: ready.length,
    problems,
    written,
  };
}
