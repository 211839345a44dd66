import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, migrations, openDatabase, searchJournal, updateApplication } from '../../../src-main/journal/index.ts';
import { AppError } from '../../../src-shared/api/result.ts';

describe('opening and migrating the journal', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'afterword-migrate-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a new journal at the latest version, durable and with foreign keys on', () => {
    const db = openDatabase(join(dir, 'journal.sqlite3'));
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const strict = db.prepare(`SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND strict = 0 AND name NOT LIKE 'search%' AND name NOT LIKE 'sqlite%'`).all();
    expect(strict).toEqual([]);
    db.close();
  });

  it('upgrades a version-1 journal and makes what it already held searchable', () => {
    const path = join(dir, 'journal.sqlite3');
    const v1 = openDatabase(path, { migrations: migrations.slice(0, 1) });
    expect(v1.pragma('user_version', { simple: true })).toBe(1);
    v1.prepare(`INSERT INTO applications (company, role, status_changed_at, created_at, updated_at) VALUES ('Zürich Insurance', 'Analyst', ?, ?, ?)`).run(
      '2026-01-01T00:00:00.000Z',
      '2026-01-01T00:00:00.000Z',
      '2026-01-01T00:00:00.000Z',
    );
    v1.close();

    const latest = openDatabase(path);
    expect(latest.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(searchJournal(latest, 'zurich').items.map((h) => h.title)).toEqual(['Zürich Insurance — Analyst']);
    latest.close();
  });

  it('gives the records of a version-4 journal revision 0, so forms opened on them save as before', () => {
    const path = join(dir, 'journal.sqlite3');
    const v4 = openDatabase(path, { migrations: migrations.filter((m) => m.version <= 4) });
    const at = '2026-01-01T00:00:00.000Z';
    v4.prepare(`INSERT INTO applications (company, status_changed_at, created_at, updated_at) VALUES ('Acme', ?, ?, ?)`).run(at, at, at);
    v4.prepare(`INSERT INTO people (name, created_at, updated_at) VALUES ('Ana Ruiz', ?, ?)`).run(at, at);
    v4.close();

    const latest = openDatabase(path);
    expect(latest.prepare('SELECT revision FROM applications UNION ALL SELECT revision FROM people').all()).toEqual([{ revision: 0 }, { revision: 0 }]);
    expect(updateApplication(latest, { id: 1, baseRevision: 0, role: 'Analyst' }).revision).toBe(1);
    latest.close();
  });

  it('refuses a journal from a newer version with a clear message and leaves the file untouched', () => {
    const path = join(dir, 'journal.sqlite3');
    const raw = new Database(path);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.exec('CREATE TABLE future (x TEXT) STRICT');
    raw.close();
    const before = readFileSync(path);
    const mtime = statSync(path).mtimeMs;

    let error: unknown;
    try {
      openDatabase(path);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('journal-newer');
    expect((error as AppError).message).toMatch(/newer version of Afterword.*has not been changed/s);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(statSync(path).mtimeMs).toBe(mtime);
  });

  it('rolls a failing migration back entirely and stays at the version before it', () => {
    const path = join(dir, 'journal.sqlite3');
    const broken = [
      ...migrations,
      {
        version: LATEST_SCHEMA_VERSION + 1,
        name: 'broken',
        up(db: Database.Database) {
          db.exec('CREATE TABLE half_done (x TEXT) STRICT');
          db.exec('THIS IS NOT SQL');
        },
      },
    ];
    expect(() => openDatabase(path, { migrations: broken })).toThrow();
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare(`SELECT name FROM sqlite_schema WHERE name = 'half_done'`).get()).toBeUndefined();
    db.close();
  });

  it('refuses a file that is not a journal without changing it', () => {
    const path = join(dir, 'not-a-journal.sqlite3');
    const text = 'just some notes, not a database\n'.repeat(200);
    writeFileSync(path, text);
    expect(() => openDatabase(path)).toThrow(expect.objectContaining({ code: 'journal-damaged' }));
    expect(readFileSync(path, 'utf8')).toBe(text);
  });
});
