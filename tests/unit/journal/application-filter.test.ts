/** The application list's text filter: any part of company or role, any case or accent, kept in step with edits. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApplication, deleteApplication, listApplications, migrations, openDatabase, updateApplication } from '../../../src-main/journal/index.ts';
import { memoryJournal, T0 } from './helpers.ts';

let db: Database.Database;
beforeEach(() => {
  db = memoryJournal();
});
afterEach(() => db.close());

const found = (text: string, status?: 'active' | 'rejected') =>
  listApplications(db, { text, ...(status ? { status } : {}) }, T0)
    .items.map((a) => a.company)
    .sort();

describe('filtering applications by text', () => {
  beforeEach(() => {
    createApplication(db, { company: 'Zürich Insurance', role: 'Data engineer' }, T0);
    createApplication(db, { company: 'Globex', role: 'Platform engineer', status: 'rejected' }, T0);
    createApplication(db, { company: 'Initech', role: 'Analyst "reports"' }, T0);
  });

  it('finds any part of the company or role, whatever the case or accents', () => {
    expect(found('zurich')).toEqual(['Zürich Insurance']);
    expect(found('ZÜRICH INS')).toEqual(['Zürich Insurance']);
    expect(found('insurance data')).toEqual(['Zürich Insurance']);
    expect(found('gineer')).toEqual(['Globex', 'Zürich Insurance']);
    expect(found('lob')).toEqual(['Globex']);
  });

  it('works with one or two characters too', () => {
    expect(found('gl')).toEqual(['Globex']);
    expect(found('x')).toEqual(['Globex']);
  });

  it('takes quotes and search operators as plain text', () => {
    expect(found('"reports"')).toEqual(['Initech']);
    expect(found('Analyst OR Globex')).toEqual([]);
    expect(found('NEAR(')).toEqual([]);
  });

  it('combines with the status filter and counts only what matches', () => {
    expect(listApplications(db, { text: 'engineer', status: 'rejected' }, T0)).toMatchObject({ total: 1, items: [{ company: 'Globex' }] });
    expect(listApplications(db, { text: 'engineer' }, T0).total).toBe(2);
  });

  it('follows renames and deletions at once', () => {
    const globex = listApplications(db, { text: 'Globex' }, T0).items[0]!;
    updateApplication(db, { id: globex.id, company: 'Umbrella' }, T0);
    expect(found('globex')).toEqual([]);
    expect(found('umbrella')).toEqual(['Umbrella']);
    deleteApplication(db, globex.id);
    expect(found('umbrella')).toEqual([]);
  });

  it('pages through many matches newest first', () => {
    for (let i = 0; i < 30; i++) createApplication(db, { company: `Vertex ${i}` }, T0 + i * 1000);
    const page = listApplications(db, { text: 'vertex', limit: 10, offset: 10 }, T0);
    expect(page.total).toBe(30);
    expect(page.items.map((a) => a.company)).toEqual(Array.from({ length: 10 }, (_, i) => `Vertex ${19 - i}`));
  });
});

describe('the number of applications a filter keeps', () => {
  beforeEach(() => {
    for (let i = 0; i < 12; i++) {
      createApplication(db, { company: `Vertex ${i}`, role: i % 3 === 0 ? 'Data engineer' : 'Analyst', status: i % 2 === 0 ? 'active' : 'rejected' }, T0 + i * 1000);
    }
  });

  it('is the same on every page, past the last one too, with or without text or statuses', () => {
    const filters = [{}, { status: 'active' as const }, { text: 'vertex' }, { text: 'engineer' }, { text: 'engineer', status: 'rejected' as const }, { text: 'x' }, { text: 'x', status: 'active' as const }];
    const expected = [12, 6, 12, 4, 2, 12, 6];
    for (const [i, filter] of filters.entries()) {
      for (const offset of [0, 3, 11, 12, 50]) {
        const page = listApplications(db, { ...filter, limit: 3, offset }, T0);
        expect(page.total, JSON.stringify({ filter, offset })).toBe(expected[i]);
        expect(page.items.length).toBe(Math.max(0, Math.min(3, expected[i]! - offset)));
      }
    }
  });

  it('is zero when nothing matches', () => {
    expect(listApplications(db, { text: 'nowhere' }, T0)).toEqual({ items: [], total: 0 });
    expect(listApplications(db, { text: 'nowhere', offset: 5 }, T0)).toEqual({ items: [], total: 0 });
    expect(listApplications(db, { text: 'engineer', status: 'withdrawn' }, T0)).toEqual({ items: [], total: 0 });
  });
});

describe('journals from before the filter index', () => {
  it('can be filtered by text once opened by this version', () => {
    const dir = mkdtempSync(join(tmpdir(), 'afterword-filter-'));
    try {
      const path = join(dir, 'journal.sqlite3');
      const older = openDatabase(path, { migrations: migrations.filter((m) => m.version < 3) });
      // Written as that version wrote it: today's repositories expect today's columns.
      const at = new Date(T0).toISOString();
      older
        .prepare('INSERT INTO applications (company, role, status_changed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
        .run('Malmö Energi', 'Engineer', at, at, at);
      older.close();
      const current = openDatabase(path);
      expect(listApplications(current, { text: 'malmo' }, T0).items.map((a) => a.company)).toEqual(['Malmö Energi']);
      current.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
