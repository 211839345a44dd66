/**
 * The hot queries must stay on their indexes as the journal grows: these plans are what keeps the due list and
 * the application list fast on a journal of 10,000 applications. Every statement a call prepares is recorded and
 * explained, so a query added later is checked too.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeInsights, createFollowUp, dueForApplication, listApplications, listDue, openDatabase, refreshDue, saveDraft, searchJournal } from '../../../src-main/journal/index.ts';
import { seedAcme } from './helpers.ts';

let db: Database.Database;
let prepared: string[];

let dir: string;

beforeEach(() => {
  // Seeded through one connection and explained through a fresh one, whose statement cache is empty: every
  // statement a call runs is then prepared, and seen, during that call.
  dir = mkdtempSync(join(tmpdir(), 'afterword-plans-'));
  const seeding = openDatabase(join(dir, 'journal.sqlite3'));
  const { application } = seedAcme(seeding);
  createFollowUp(seeding, { applicationId: application.id, kind: 'other' });
  seeding.close();
  db = openDatabase(join(dir, 'journal.sqlite3'));
  // No ANALYZE: the journal ships without statistics, so these are the plans users get.
  prepared = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((source: string) => {
    prepared.push(source);
    return prepare(source);
  }) as typeof db.prepare;
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function plansOf(run: () => unknown): string[] {
  run();
  return prepared.map((source) => {
    const params = (source.match(/\?|@\w+/g) ?? []).filter((p) => p === '?').length;
    const named = Object.fromEntries((source.match(/@\w+/g) ?? []).map((p) => [p.slice(1), null]));
    const explain = db.prepare(`EXPLAIN QUERY PLAN ${source}`);
    const rows = explain.all(...Array(params).fill(null), ...(Object.keys(named).length ? [named] : [])) as { detail: string }[];
    return rows.map((r) => r.detail).join('\n');
  });
}

describe('query plans of the hot paths', () => {
  it('the due list reads only live planned items and joins the rest by key', () => {
    const [plan] = plansOf(() => listDue(db));
    expect(plan).toMatch(/SEARCH d USING INDEX due_items_by_lapse \(lapses_at>\?\)/);
    expect(plan).not.toMatch(/SCAN/);
  });

  it('the due items of one application come through its index', () => {
    const [plan] = plansOf(() => dueForApplication(db, 1));
    expect(plan).toMatch(/SEARCH d USING INDEX due_items_by_application/);
    expect(plan).not.toMatch(/SCAN/);
  });

  it('replanning an application after a write reads only that application', () => {
    const plans = plansOf(() => refreshDue(db, 1));
    expect(plans.length).toBeGreaterThanOrEqual(5);
    for (const plan of plans) expect(plan).not.toMatch(/SCAN/);
  });

  it('the application list walks its index in order, without sorting, with or without a status filter', () => {
    for (const filter of [{}, { status: 'active' as const }]) {
      prepared = [];
      const [page, ...others] = plansOf(() => listApplications(db, filter));
      expect(others).toEqual([]); // the total comes with the page
      expect(page).toMatch(/^(SCAN a USING INDEX applications_by_updated|SEARCH a USING INDEX applications_by_status)/);
      expect(page).not.toMatch(/TEMP B-TREE/);
      expect(page).not.toMatch(/SCAN (i|f)\b/);
      // The total: one pass over an index, not over the table.
      expect(page).toMatch(/SCALAR SUBQUERY \d+\n(SCAN|SEARCH) applications USING COVERING INDEX applications_by_(updated|status)/);
    }
  });

  it('filtering the application list by text reads the trigram matches once, for the page and the total', () => {
    for (const filter of [{ text: 'acme' }, { text: 'acme', status: 'active' as const }]) {
      prepared = [];
      const [page, ...others] = plansOf(() => listApplications(db, filter));
      expect(others).toEqual([]);
      // The page walks the list's index in order and stops when it is full, probing the set of matches.
      expect(page).toMatch(/^(SCAN a USING INDEX applications_by_updated|SEARCH a USING INDEX applications_by_status)/);
      expect(page).toMatch(/LIST SUBQUERY \d+\nMATERIALIZE matches\nSCAN search_application_names VIRTUAL TABLE INDEX 0:M/);
      expect(page?.match(/VIRTUAL TABLE/g)).toHaveLength(1);
      expect(page).not.toMatch(/TEMP B-TREE/);
      // The total counts the set, or with statuses probes it from the status index.
      expect(page).toMatch(/SCALAR SUBQUERY \d+\n(SCAN matches|SEARCH applications USING COVERING INDEX applications_by_status)/);
      expect(page).not.toMatch(/SCAN applications\b/);
    }
  });

  it('a page past the end of the matches still gets their number, reading the matches once', () => {
    const [page, total, ...others] = plansOf(() => listApplications(db, { text: 'acme', offset: 100 }));
    expect(others).toEqual([]);
    expect(page).toMatch(/MATERIALIZE matches/);
    expect(total).toMatch(/MATERIALIZE matches/);
    expect(total?.match(/VIRTUAL TABLE/g)).toHaveLength(1);
    expect(total).not.toMatch(/applications/);
  });

  it('autosave touches one row by its key', () => {
    const [update] = plansOf(() => saveDraft(db, 1, 'Subject', 'Body'));
    expect(update).toMatch(/SEARCH followups USING INTEGER PRIMARY KEY/);
  });

  it('the insights read only indexes holding the numbers they need, never the tables with the notes in them', () => {
    const plans = plansOf(() => computeInsights(db));
    expect(plans.length).toBeGreaterThanOrEqual(9);
    for (const plan of plans) expect(plan).not.toMatch(/SCAN (applications|interviews|followups|status_changes)$/m);
    // Each time is read from where its index keeps it, by round, source or status: no table, no sorting.
    const covered = (index: string) => plans.find((plan) => plan.includes(index));
    expect(covered('interviews_times_by_round')).toBe('SEARCH interviews USING COVERING INDEX interviews_times_by_round (round=?)');
    expect(covered('applications_applied_times')).toBe('SEARCH applications USING COVERING INDEX applications_applied_times (source=?)');
    expect(covered('status_changes_times')).toBe('SEARCH status_changes USING COVERING INDEX status_changes_times (status=?)');
    expect(covered('followups_reply_times')).toBe('SCAN followups USING COVERING INDEX followups_reply_times');
    // The thank-you notes are counted as ranges of their own index.
    const thankYous = plans.filter((plan) => plan.includes('followups_thank_you_timing'));
    expect(thankYous.sort()).toEqual([
      'SEARCH followups USING COVERING INDEX followups_thank_you_timing (kind=? AND status=? AND <expr>=?)',
      'SEARCH followups USING COVERING INDEX followups_thank_you_timing (kind=? AND status=?)',
    ]);
    expect(plans.join('\n')).not.toMatch(/TEMP B-TREE/);
  });

  it('search runs on the full-text index', () => {
    const [query] = plansOf(() => searchJournal(db, 'acme'));
    expect(query).toMatch(/SCAN search VIRTUAL TABLE INDEX/);
  });
});
