/**
 * The hot queries must stay on their indexes as the journal grows: these plans are what keeps the due list and
 * the application list fast on a journal of 10,000 applications. Every statement a call prepares is recorded and
 * explained, so a query added later is checked too.
 */
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFollowUp, listApplications, listDue, saveDraft, searchJournal } from '../../../src-main/journal/index.ts';
import { memoryJournal, seedAcme } from './helpers.ts';

let db: Database.Database;
let prepared: string[];

beforeEach(() => {
  db = memoryJournal();
  const { application } = seedAcme(db);
  createFollowUp(db, { applicationId: application.id, kind: 'other' });
  // No ANALYZE: the journal ships without statistics, so these are the plans users get.
  prepared = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((source: string) => {
    prepared.push(source);
    return prepare(source);
  }) as typeof db.prepare;
});
afterEach(() => db.close());

function plansOf(run: () => unknown): string[] {
  // The statement cache is per connection and this one is fresh, so each statement is prepared (and seen) here.
  run();
  return prepared.map((source) => {
    const params = (source.match(/\?|@\w+/g) ?? []).filter((p) => p === '?').length;
    const named = Object.fromEntries((source.match(/@\w+/g) ?? []).map((p) => [p.slice(1), null]));
    const explain = db.prepare(`EXPLAIN QUERY PLAN ${source}`);
    const rows = (Object.keys(named).length ? explain.all(named) : explain.all(...Array(params).fill(null))) as { detail: string }[];
    return rows.map((r) => r.detail).join('\n');
  });
}

describe('query plans of the hot paths', () => {
  it('the due list reads only applications whose horizon is ahead and reaches everything else through indexes', () => {
    const plans = plansOf(() => listDue(db));
    expect(plans.length).toBeGreaterThanOrEqual(4);
    for (const plan of plans) {
      expect(plan).not.toMatch(/SCAN (i|ip|p|f|r|interviews|followups|interview_people|people)\b/);
      expect(plan).toMatch(/SEARCH applications USING COVERING INDEX applications_due_until \(due_until>\?\)/);
    }
  });

  it('the application list walks its index in order, without sorting, with or without a status filter', () => {
    for (const filter of [{}, { status: 'active' as const }]) {
      prepared = [];
      const [page, total] = plansOf(() => listApplications(db, filter));
      expect(page).toMatch(/applications_by_(updated|status)/);
      expect(page).not.toMatch(/TEMP B-TREE/);
      expect(page).not.toMatch(/SCAN (i|f)\b/);
      expect(total).toMatch(/COVERING INDEX applications_by_(updated|status)/);
    }
  });

  it('autosave touches one row by its key', () => {
    const [update] = plansOf(() => saveDraft(db, 1, 'Subject', 'Body'));
    expect(update).toMatch(/SEARCH followups USING INTEGER PRIMARY KEY/);
  });

  it('search runs on the full-text index', () => {
    const [query] = plansOf(() => searchJournal(db, 'acme'));
    expect(query).toMatch(/SCAN search VIRTUAL TABLE INDEX/);
  });
});
