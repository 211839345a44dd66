import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportCsv, importCsv, readCsv, writeCsv } from '../../../src-main/csv/index.ts';
import { dateOrder, guessMapping, recogniseDate, recogniseSalary, recogniseStatus } from '../../../src-main/csv/recognise.ts';
import { createApplication, createCompany, createFollowUp, getPosting, listApplications, statusHistory } from '../../../src-main/journal/index.ts';
import { T0, count, memoryJournal, seedAcme } from '../journal/helpers.ts';

describe('reading a CSV', () => {
  it('reads quoted cells holding separators, doubled quotes and line breaks', () => {
    const table = readCsv('Company,Notes\r\n"Acme, Inc.","She said ""call me"" and\nthen left"\r\nGlobex,plain\r\n');
    expect(table.rows.map((r) => r.cells)).toEqual([
      { Company: 'Acme, Inc.', Notes: 'She said "call me" and\nthen left' },
      { Company: 'Globex', Notes: 'plain' },
    ]);
    // Row numbers as a spreadsheet shows them, though the first record spans two lines.
    expect(table.rows.map((r) => r.row)).toEqual([2, 3]);
  });

  it('drops a byte-order mark, so the first column keeps its name', () => {
    const table = readCsv('\uFEFFCompany;Role\nAcme;Engineer\n');
    expect(table.columns).toEqual(['Company', 'Role']);
  });

  it('finds semicolon and tab separators on its own', () => {
    expect(readCsv('Company;Role;Date applied\n"Müller; Söhne";Analyst;20.11.2026\n')).toMatchObject({ delimiter: ';', rows: [{ cells: { Company: 'Müller; Söhne', Role: 'Analyst' } }] });
    expect(readCsv('Company\tRole\nAcme\tEngineer\n').delimiter).toBe('\t');
  });

  it('reports a quote never closed by its row', () => {
    const table = readCsv('Company,Notes\nAcme,fine\nGlobex,"never closed\n');
    expect(table.broken).toEqual([{ row: 3, message: 'A quoted cell is never closed.' }]);
  });

  it('refuses an empty file with a reason', () => {
    expect(() => readCsv('\uFEFF  \n')).toThrow(/empty/);
  });
});

describe('writing a CSV for spreadsheets', () => {
  it('prefixes every cell a spreadsheet would run as a formula, a multi-line one too', () => {
    const text = writeCsv(['A'], [['=HYPERLINK("http://x.example","click")'], ['+1'], ['-2+3'], ['@SUM(A1)'], ['\t=1'], ['=1+1\nsecond line'], ['＝1'], ['plain = fine']]);
    const cells = Papa.parse<string[]>(text.replace(/^\uFEFF/, '')).data.slice(1, -1).map((row) => row[0]);
    expect(cells).toEqual(["'=HYPERLINK(\"http://x.example\",\"click\")", "'+1", "'-2+3", "'@SUM(A1)", "'\t=1", "'=1+1\nsecond line", "'＝1", 'plain = fine']);
  });

  it('starts with a byte-order mark and ends lines with CRLF, quoting what needs it', () => {
    const text = writeCsv(['Company', 'Notes'], [['Acme, Inc.', 'line one\nline two "quoted"']]);
    expect(text).toBe('\uFEFFCompany,Notes\r\n"Acme, Inc.","line one\nline two ""quoted"""\r\n');
  });
});

describe('recognising what a spreadsheet wrote', () => {
  it('guesses the columns from a tracker’s header', () => {
    expect(guessMapping(['Company Name', 'Job Title', 'Stage', 'Date Applied', 'Job URL', 'Salary', 'Whatever'])).toEqual({
      'Company Name': 'company',
      'Job Title': 'role',
      Stage: 'status',
      'Date Applied': 'appliedOn',
      'Job URL': 'jobUrl',
      Salary: 'salary',
      Whatever: 'ignore',
    });
  });

  it('reads statuses as trackers write them, and knows when it does not know one', () => {
    expect(['Applied', 'interviewing', 'Phone screen', '', 'Offer', 'Rejected', 'Withdrew'].map(recogniseStatus)).toEqual([
      'active',
      'active',
      'active',
      'active',
      'offer',
      'rejected',
      'withdrawn',
    ]);
    expect(recogniseStatus('maybe later')).toBeNull();
  });

  it('reads dates in the forms spreadsheets export, and the column’s day order from its values', () => {
    expect(recogniseDate('2026-11-20', 'month-first')).toBe('2026-11-20');
    expect(recogniseDate('2026-11-20T09:30:00Z', 'month-first')).toBe('2026-11-20');
    expect(recogniseDate('20 Nov 2026', 'month-first')).toBe('2026-11-20');
    expect(recogniseDate('November 20, 2026', 'month-first')).toBe('2026-11-20');
    expect(recogniseDate('3/4/2026', 'month-first')).toBe('2026-03-04');
    expect(recogniseDate('3/4/2026', 'day-first')).toBe('2026-04-03');
    expect(dateOrder(['3/4/2026', '25/4/2026'])).toBe('day-first');
    expect(dateOrder(['3/4/2026', '4/25/2026'])).toBe('month-first');
    expect(recogniseDate('31/02/2026', 'day-first')).toBeUndefined();
    expect(recogniseDate('next Tuesday', 'month-first')).toBeUndefined();
    expect(recogniseDate('  ', 'month-first')).toBeNull();
  });

  it('reads salaries and ranges with their currency', () => {
    expect(recogniseSalary('$120,000 - $140,000')).toEqual({ min: 120000, max: 140000, currency: 'USD' });
    expect(recogniseSalary('80k–95k EUR')).toEqual({ min: 80000, max: 95000, currency: 'EUR' });
    expect(recogniseSalary('65.000 €')).toEqual({ min: 65000, max: 65000, currency: 'EUR' });
    expect(recogniseSalary('competitive')).toBeUndefined();
  });
});

const SHEET = [
  'Company,Job Title,Status,Date Applied,Source,Job URL,Location,Salary,Notes',
  'Acme,Data engineer,Applied,2026-11-02,LinkedIn,https://acme.example/1,Berlin,80k-95k EUR,"first line\nsecond line"',
  'brightline,PM,Rejected,11/05/2026,Referral,,,,',
  ',No company,Applied,2026-11-03,,,,,',
  'Globex,Analyst,Maybe later,2026-11-04,,,,,',
  'Initech,SRE,Applied,someday,,,,,',
  'Umbrella,QA,Offer,2026-11-06,,ftp://nope,,,',
  'Acme,Data engineer,Applied,2026-11-02,,,,,',
  '=cmd|calc,Formula,Applied,2026-11-07,,,,,',
].join('\n');

describe('importing applications from CSV', () => {
  it('previews with a guessed mapping and lists each unreadable row by number, writing nothing', () => {
    const db = memoryJournal();
    createCompany(db, { name: 'Brightline Health', aliases: ['Brightline'] }, T0);
    const preview = importCsv(db, { text: SHEET, mode: 'preview' }, T0);
    expect(preview.mapping).toMatchObject({ Company: 'company', 'Job Title': 'role', Status: 'status', 'Date Applied': 'appliedOn', Salary: 'salary' });
    expect(preview.readable).toBe(3);
    expect(preview.rows.map((r) => [r.row, r.company, r.status, r.appliedOn, r.knownCompany])).toEqual([
      [2, 'Acme', 'active', '2026-11-02', null],
      [3, 'Brightline Health', 'rejected', '2026-11-05', 'Brightline Health'],
      [9, '=cmd|calc', 'active', '2026-11-07', null],
    ]);
    expect(preview.problems.map((p) => [p.row, p.column])).toEqual([
      [4, 'Company'],
      [5, 'Status'],
      [6, 'Date Applied'],
      [7, 'Job URL'],
      [8, null],
    ]);
    expect(preview.problems[4]!.message).toBe('repeats row 2');
    expect(preview.written).toBe(false);
    expect(count(db, 'applications')).toBe(0);
  });

  it('writes nothing on a dry run, and the readable rows once confirmed', () => {
    const db = memoryJournal();
    expect(importCsv(db, { text: SHEET, mode: 'dry-run' }, T0).written).toBe(false);
    expect(count(db, 'applications')).toBe(0);
    const result = importCsv(db, { text: SHEET, mode: 'import' }, T0);
    expect(result.written).toBe(true);
    const items = listApplications(db, {}, T0).items;
    expect(items.map((a) => a.company).sort()).toEqual(['=cmd|calc', 'Acme', 'brightline']);
    const acme = items.find((a) => a.company === 'Acme')!;
    expect(acme).toMatchObject({ role: 'Data engineer', source: 'job-board', jobUrl: 'https://acme.example/1', notes: 'first line\nsecond line' });
    expect(getPosting(db, acme.id)).toMatchObject({ location: 'Berlin', salaryMin: 80000, salaryMax: 95000, salaryCurrency: 'EUR' });
    // The status is dated from the row, not from the day of the import.
    expect(statusHistory(db, items.find((a) => a.company === 'brightline')!.id)[0]).toMatchObject({ status: 'rejected', changedAt: '2026-11-05T12:00:00.000Z' });
    // Importing the same file again adds nothing twice.
    const again = importCsv(db, { text: SHEET, mode: 'dry-run' }, T0);
    expect(again.readable).toBe(0);
    expect(again.problems.find((p) => p.row === 2)!.message).toBe('Acme, Data engineer is already in the journal');
  });

  it('follows the mapping the user chose, and refuses one without a company or with a field twice', () => {
    const db = memoryJournal();
    const text = 'Employer name,Org\nAcme,Ignored Ltd\n';
    expect(importCsv(db, { text, mode: 'preview' }, T0).problems[0]!.message).toMatch(/column that holds the company/);
    const mapped = importCsv(db, { text, mode: 'preview', mapping: { 'Employer name': 'company', Org: 'ignore' } }, T0);
    expect(mapped.rows.map((r) => r.company)).toEqual(['Acme']);
    expect(() => importCsv(db, { text, mode: 'import', mapping: { 'Employer name': 'company', Org: 'company' } }, T0)).toThrow(/both/i);
    expect(() => importCsv(db, { text, mode: 'dry-run', mapping: { Nope: 'company' } }, T0)).toThrow(/no column “Nope”/);
    expect(count(db, 'applications')).toBe(0);
  });

  it('refuses to import a file with no readable row, and writes nothing', () => {
    const db = memoryJournal();
    expect(() => importCsv(db, { text: 'Company,Status\nAcme,Maybe\n', mode: 'import' }, T0)).toThrow(/No row of this file/);
    expect(count(db, 'applications')).toBe(0);
  });
});

describe('exporting CSV', () => {
  it('exports applications, interviews and notes that read back cell for cell, formulas defused', () => {
    const db = memoryJournal();
    const { application, ana } = seedAcme(db);
    createApplication(db, { company: '=HYPERLINK("http://evil.example")', role: '@role', notes: 'a, "b"\nc' }, T0);
    createFollowUp(db, { applicationId: application.id, kind: 'thank-you', recipientId: ana.id, subject: '+thanks', body: 'Dear Ana,\n\nThank you.' }, T0);

    const apps = exportCsv(db, 'applications', T0);
    expect(apps.fileName).toBe('afterword-applications-2026-11-20.csv');
    const rows = Papa.parse<string[]>(apps.text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows[0]!.slice(0, 4)).toEqual(['Id', 'Company', 'Role', 'Status']);
    expect(rows[2]!.slice(1, 3)).toEqual(["'=HYPERLINK(\"http://evil.example\")", "'@role"]);
    expect(rows[2]!.at(-1)).toBe('a, "b"\nc');

    const interviews = Papa.parse<string[]>(exportCsv(db, 'interviews', T0).text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(interviews[1]!.slice(10, 12)).toEqual(['Ana Ruiz; Bo Chen', 'migrating nightly batch jobs to streaming; on-call rotation']);

    const notes = Papa.parse<string[]>(exportCsv(db, 'notes', T0).text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(notes[1]!.slice(6, 9)).toEqual(['Ana Ruiz', "'+thanks", 'Dear Ana,\n\nThank you.']);
  });
});
