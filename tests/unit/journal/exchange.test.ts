/** The journal as a JSON file: what comes out goes back in unchanged, and a file that is wrong is refused whole. */
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  EXPORTED_TABLES,
  exportFileName,
  exportJournal,
  exportJournalText,
  getApplicationDetail,
  importJournal,
  journalCounts,
  listApplications,
  listDue,
  searchJournal,
} from '../../../src-main/journal/index.ts';
import { AppError } from '../../../src-shared/api/result.ts';
import { count, memoryJournal } from './helpers.ts';
import { buildRichJournal, RICH_NOW } from './rich-journal.ts';

let source: Database.Database;
let target: Database.Database;
let rich: ReturnType<typeof buildRichJournal>;

beforeEach(() => {
  source = memoryJournal();
  rich = buildRichJournal(source);
  target = memoryJournal();
});
afterEach(() => {
  source.close();
  target.close();
});

const withoutExportedAt = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '"exportedAt": ""');

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the import was accepted');
}

/** A valid export of the rich journal, changed by `edit`, as text. */
function editedExport(edit: (file: any) => void): string {
  const file = JSON.parse(exportJournalText(source, '1.2.3', RICH_NOW));
  edit(file);
  return JSON.stringify(file);
}

function tableSnapshot(db: Database.Database) {
  return Object.fromEntries(EXPORTED_TABLES.map((table) => [table, db.prepare(`SELECT * FROM ${table}`).all().map((row) => JSON.stringify(row)).sort()]));
}

describe('export, import into an empty journal, export again', () => {
  it('gives the same file byte for byte apart from exportedAt', () => {
    const first = exportJournalText(source, '1.2.3', RICH_NOW);
    importJournal(target, first);
    const second = exportJournalText(target, '1.2.3', RICH_NOW + 3_600_000);
    expect(withoutExportedAt(second)).toBe(withoutExportedAt(first));
    expect(second).not.toBe(first);
  });

  it('restores every stored row exactly: ids, times, links, statuses, reasons and reply times', () => {
    importJournal(target, exportJournalText(source, '1.2.3', RICH_NOW));
    expect(tableSnapshot(target)).toEqual(tableSnapshot(source));
  });

  it('lists the same follow-ups as due, with the same drafts and deadlines', () => {
    importJournal(target, exportJournalText(source, '1.2.3', RICH_NOW));
    const before = listDue(source, RICH_NOW);
    expect(before.items.map((i) => i.kind)).toEqual(expect.arrayContaining(['thank-you', 'recruiter-update', 'feedback-request']));
    expect(listDue(target, RICH_NOW)).toEqual(before);
    expect(listDue(target, RICH_NOW + 6 * 86_400_000)).toEqual(listDue(source, RICH_NOW + 6 * 86_400_000));
  });

  it('shows the same application list and details, and everything is searchable again', () => {
    importJournal(target, exportJournalText(source, '1.2.3', RICH_NOW));
    expect(listApplications(target, {}, RICH_NOW)).toEqual(listApplications(source, {}, RICH_NOW));
    for (const { id } of [rich.acme, rich.globex, rich.umbrella]) {
      expect(getApplicationDetail(target, id, RICH_NOW)).toEqual(getApplicationDetail(source, id, RICH_NOW));
    }
    for (const word of ['zurich', 'Søren', 'streaming', 'references']) {
      expect(searchJournal(target, word)).toEqual(searchJournal(source, word));
      expect(searchJournal(target, word).items.length).toBeGreaterThan(0);
    }
  });

  it('carries every column of every table it exports (a new column must be added to the format)', () => {
    const file = exportJournal(source, '1.2.3', RICH_NOW);
    const camel = (name: string) => name.replace(/_(\w)/g, (_, letter: string) => letter.toUpperCase());
    const columns = (table: string) => (source.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).map((c) => camel(c.name));
    expect(Object.keys(file.people[0]!).sort()).toEqual(columns('people').sort());
    expect(Object.keys(file.applications[0]!).sort()).toEqual(columns('applications').sort());
    expect(Object.keys(file.interviews[0]!).sort()).toEqual([...columns('interviews'), 'interviewerIds'].sort());
    expect(Object.keys(file.followUps[0]!).sort()).toEqual(columns('followups').sort());
    const tables = (source.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'search%' AND name NOT LIKE 'sqlite%'`).all() as { name: string }[])
      .map((t) => t.name)
      .sort();
    // due_items is derived from the rest; due_reminders holds snoozes and notifications shown, which belong to the moment.
    expect(tables).toEqual([...EXPORTED_TABLES, 'due_items', 'due_reminders'].sort());
  });

  it('answers the counts and suggests a dated file name', () => {
    expect(importJournal(target, exportJournalText(source, '1.2.3', RICH_NOW))).toEqual({ counts: journalCounts(source) });
    expect(journalCounts(target)).toEqual({ people: 5, applications: 5, interviews: 4, followUps: 5 });
    expect(exportFileName(RICH_NOW)).toBe('afterword-journal-2026-11-20.json');
  });

  it('carries the flags ignored in each note, and reads a file written before notes kept them as ignoring none', () => {
    const file = exportJournal(source, '1.2.3', RICH_NOW);
    const withIgnored = file.followUps.filter((f) => (f.ignoredFlags ?? []).length > 0);
    expect(withIgnored.map((f) => f.ignoredFlags)).toEqual([
      [
        { ruleId: 'spelling-unknown', text: 'zorblat' },
        { ruleId: 'needy-over-apologising', text: 'извините за беспокойство' },
      ],
    ]);
    importJournal(target, editedExport((f) => f.followUps.forEach((note: { ignoredFlags?: unknown }) => delete note.ignoredFlags)));
    expect(exportJournal(target, '1.2.3', RICH_NOW).followUps.map((f) => f.ignoredFlags)).toEqual(file.followUps.map(() => []));
  });

  it('exports and imports an empty journal', () => {
    const empty = memoryJournal();
    const text = exportJournalText(empty, '1.2.3', RICH_NOW);
    importJournal(target, text);
    expect(withoutExportedAt(exportJournalText(target, '1.2.3', RICH_NOW))).toBe(withoutExportedAt(text));
    empty.close();
  });
});

describe('refusing a file, with the journal untouched', () => {
  const cases: Array<[string, () => string, RegExp, string?]> = [
    ['text that is not JSON', () => '{"format": "afterword-journal", ', /^This file is not valid JSON \(.+\)\. Your journal has not been changed\.$/],
    ['a list instead of a journal', () => '[1, 2]', /not an Afterword journal file: it holds a list/],
    ['a file of another program', () => JSON.stringify({ format: 'other-journal', version: 1 }), /not an Afterword journal file: its "format" is "other-journal", not "afterword-journal"/],
    ['a file without a format', () => JSON.stringify({ people: [] }), /it has no "format" field/],
    ['a newer format version', () => editedExport((f) => (f.version = 2)), /newer version of Afterword \(format version 2; this version reads up to 1\)/, 'journal-newer'],
    ['a version that is not a number', () => editedExport((f) => (f.version = '1')), /version: must be 1, not "1"/],
    ['a missing list', () => editedExport((f) => delete f.followUps), /^This file cannot be imported: followUps: is missing\./],
    ['a missing field', () => editedExport((f) => delete f.people[1].name), /people\[1\]\.name: is missing/],
    ['a blank company', () => editedExport((f) => (f.applications[2].company = '  ')), /applications\[2\]\.company: must not be blank/],
    ['an unknown field', () => editedExport((f) => (f.interviews[0].mood = 'good')), /interviews\[0\]\.mood: is not a field of this format/],
    ['a time not in UTC form', () => editedExport((f) => (f.interviews[1].startsAt = '2026-11-17T10:00:00-05:00')), /interviews\[1\]\.startsAt: must be a UTC time such as 2026-11-20T15:00:00\.000Z/],
    ['a status it does not know', () => editedExport((f) => (f.followUps[0].status = 'archived')), /followUps\[0\]\.status: must be one of: draft, sent, skipped/],
    ['a skipped note without its reason', () => editedExport((f) => (f.followUps[2].skipReason = '')), /followUps\[2\]\.skipReason: is required when status is skipped/],
    ['a sent note without its time', () => editedExport((f) => (f.followUps[1].sentAt = null)), /followUps\[1\]\.sentAt: is required when status is sent/],
    ['an end before the start', () => editedExport((f) => (f.interviews[0].endsAt = '2026-10-10T13:00:00.000Z')), /interviews\[0\]\.endsAt: must be after startsAt/],
    ['a follow-up to a missing person', () => editedExport((f) => (f.followUps[3].recipientId = 12)), /^This file cannot be imported: followUps\[3\]\.recipientId: no person with id 12\. Your journal has not been changed\.$/],
    ['an interviewer who is not there', () => editedExport((f) => f.interviews[2].interviewerIds.push(99)), /interviews\[2\]\.interviewerIds\[2\]: no person with id 99/],
    ['a recruiter who is not there', () => editedExport((f) => (f.applications[0].recruiterId = 1)), /applications\[0\]\.recruiterId: no person with id 1/],
    ['an interview of a missing application', () => editedExport((f) => (f.interviews[0].applicationId = 77)), /interviews\[0\]\.applicationId: no application with id 77/],
    ['a note tied to another application’s interview', () => editedExport((f) => (f.followUps[2].interviewId = 2)), /followUps\[2\]\.interviewId: interview 2 belongs to application 1, not 2/],
    ['two people with one id', () => editedExport((f) => (f.people[3].id = f.people[0].id)), /people\[3\]\.id: 2 is already the id of people\[0\]/],
    ['an ignored flag without its words', () => editedExport((f) => (f.followUps[0].ignoredFlags = [{ ruleId: 'spelling-unknown' }])), /followUps\[0\]\.ignoredFlags\[0\]\.text: is missing/],
    ['ignored words not in lower case', () => editedExport((f) => (f.followUps[1].ignoredFlags = [{ ruleId: 'spelling-unknown', text: 'Zorblat' }])), /followUps\[1\]\.ignoredFlags\[0\]\.text: must be trimmed and in lower case/],
    ['a personal word listed twice', () => editedExport((f) => f.personalWords.push('Kafka')), /personalWords\[4\]: "Kafka" is listed twice/],
  ];

  for (const [what, text, message, code = 'invalid-input'] of cases) {
    it(`refuses ${what}`, () => {
      const before = tableSnapshot(target);
      const error = refusal(() => importJournal(target, text()));
      expect(error.message).toMatch(message);
      expect(error.message).toMatch(/Your journal has not been changed\.$/);
      expect(error.code).toBe(code);
      expect(tableSnapshot(target)).toEqual(before);
      expect(count(target, 'due_items')).toBe(0);
    });
  }

  it('lists every problem with its place, and counts them in the message', () => {
    const error = refusal(() =>
      importJournal(
        target,
        editedExport((f) => {
          f.followUps[3].recipientId = 12;
          f.followUps[4].applicationId = 40;
        }),
      ),
    );
    expect(error.message).toMatch(/followUps\[3\]\.recipientId: no person with id 12 \(and 1 more problem\)/);
    expect(error.fields).toEqual([
      { path: 'followUps[3].recipientId', message: 'no person with id 12' },
      { path: 'followUps[4].applicationId', message: 'no application with id 40' },
    ]);
  });

  it('refuses to import into a journal that already holds records, before reading the file', () => {
    const error = refusal(() => importJournal(source, 'not even JSON'));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe(
      'Importing only fills an empty journal, so that nothing is mixed or overwritten, and this one already holds 5 applications, 4 interviews, 5 people, 5 notes, 4 personal words. ' +
        'Open Afterword with a new, empty data folder and import there. Your journal has not been changed.',
    );
  });

  it('takes the settings from the file when the empty journal had its own', () => {
    target.prepare(`INSERT INTO settings (key, value) VALUES ('userName', '"Someone else"')`).run();
    importJournal(target, exportJournalText(source, '1.2.3', RICH_NOW));
    expect(exportJournal(target, 'x', RICH_NOW).settings).toEqual(exportJournal(source, 'x', RICH_NOW).settings);
  });
});
