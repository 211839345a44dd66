/** Backup files: their names, the online copy, keeping the newest seven, and checking a backup before a restore. */
import { existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BACKUPS_KEPT,
  backupName,
  checkJournalFile,
  createApplication,
  createBackup,
  LATEST_SCHEMA_VERSION,
  listApplications,
  listBackups,
  openDatabase,
  parseBackupName,
  pruneBackups,
  stageRestore,
  swapIn,
} from '../../../src-main/journal/index.ts';
import { AppError } from '../../../src-shared/api/result.ts';

const T = Date.parse('2026-11-20T12:34:56.789Z');
const HOUR = 3_600_000;

let dir: string;
let backups: string;
let journalPath: string;
let db: Database.Database;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'afterword-backups-'));
  backups = join(dir, 'backups');
  journalPath = join(dir, 'journal.sqlite3');
  db = openDatabase(journalPath);
  createApplication(db, { company: 'Acme', role: 'Data engineer' }, T);
});
afterEach(() => {
  if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

const companies = (journal: Database.Database) => listApplications(journal, {}, T).items.map((a) => a.company).sort();

function thrown(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}

describe('backup names', () => {
  it('name the moment in UTC, to the second, with a counter for a second backup in the same second', () => {
    expect(backupName(T)).toBe('journal-20261120-123456.sqlite3');
    expect(backupName(T, 2)).toBe('journal-20261120-123456-2.sqlite3');
    expect(parseBackupName('journal-20261120-123456-2.sqlite3')).toEqual({ time: Date.parse('2026-11-20T12:34:56Z'), sequence: 2 });
    expect(parseBackupName('journal-20261120-123456.sqlite3')).toEqual({ time: Date.parse('2026-11-20T12:34:56Z'), sequence: 1 });
  });

  it('do not match other files, paths or impossible times', () => {
    for (const name of [
      'journal.sqlite3',
      'journal-20261120-123456.sqlite3.partial',
      'journal-20261120-123456-1.sqlite3',
      '../journal-20261120-123456.sqlite3',
      'journal-20260230-120000.sqlite3',
      'journal-20261120-250000.sqlite3',
      'my-journal-20261120-123456.sqlite3',
    ]) {
      expect(parseBackupName(name), name).toBeNull();
    }
  });
});

describe('making a backup', () => {
  it('copies the open journal into one self-contained file while the journal stays usable', async () => {
    const info = await createBackup(db, backups, { now: T });
    expect(info).toEqual({ name: 'journal-20261120-123456.sqlite3', time: '2026-11-20T12:34:56.000Z', size: statSync(join(backups, info.name)).size });
    expect(readdirSync(backups)).toEqual([info.name]);
    createApplication(db, { company: 'Globex' }, T);
    const copy = new Database(join(backups, info.name), { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(companies(copy)).toEqual(['Acme']);
    copy.close();
    expect(companies(db)).toEqual(['Acme', 'Globex']);
    expect(readdirSync(backups)).toEqual([info.name]);
  });

  it('never overwrites a backup made in the same second', async () => {
    const first = await createBackup(db, backups, { now: T });
    createApplication(db, { company: 'Globex' }, T);
    const second = await createBackup(db, backups, { now: T + 200 });
    expect([first.name, second.name]).toEqual(['journal-20261120-123456.sqlite3', 'journal-20261120-123456-2.sqlite3']);
    expect(listBackups(backups).map((b) => b.name)).toEqual([second.name, first.name]);
  });

  it(`keeps the newest ${BACKUPS_KEPT} and never removes anything else in the folder`, async () => {
    mkdirSync(backups);
    const others = ['notes.txt', 'journal-before-moving.sqlite3', 'journal-20200101-000000.sqlite3.partial'];
    for (const name of others) writeFileSync(join(backups, name), 'mine');
    const made: string[] = [];
    for (let i = 0; i < 10; i++) made.push((await createBackup(db, backups, { now: T + i * HOUR })).name);
    expect(listBackups(backups).map((b) => b.name)).toEqual(made.slice(-BACKUPS_KEPT).reverse());
    for (const name of others) expect(readFileSync(join(backups, name), 'utf8')).toBe('mine');
  });

  it('prunes oldest first but spares a protected backup', async () => {
    const made: string[] = [];
    for (let i = 0; i < 4; i++) made.push((await createBackup(db, backups, { now: T + i * HOUR, keep: Infinity })).name);
    expect(pruneBackups(backups, 2, [made[0]!])).toEqual([made[1]]);
    expect(listBackups(backups).map((b) => b.name)).toEqual([made[3], made[2], made[0]]);
  });

  it('lists nothing when there is no backups folder yet', () => {
    expect(listBackups(join(dir, 'nowhere'))).toEqual([]);
  });
});

describe('checking a backup before it replaces the journal', () => {
  const file = (name: string) => join(dir, name);

  it('accepts a backup of this journal', async () => {
    const { name } = await createBackup(db, backups, { now: T });
    expect(() => checkJournalFile(join(backups, name), name)).not.toThrow();
  });

  it('refuses a file that is not a database', () => {
    writeFileSync(file('notes.sqlite3'), 'just some notes\n'.repeat(300));
    const error = thrown(() => checkJournalFile(file('notes.sqlite3'), 'notes.sqlite3'));
    expect(error.code).toBe('journal-damaged');
    expect(error.message).toMatch(/^The backup notes\.sqlite3 is not a readable journal \(file is not a database\)\. Your journal has not been changed\.$/);
  });

  it('refuses a database that is not an Afterword journal', () => {
    const other = new Database(file('other.sqlite3'));
    other.exec('CREATE TABLE recipes (name TEXT)');
    other.close();
    expect(thrown(() => checkJournalFile(file('other.sqlite3'), 'other.sqlite3')).message).toBe(
      'The file other.sqlite3 is not an Afterword journal. Your journal has not been changed.',
    );
  });

  it('refuses a journal from a newer version', () => {
    const newer = new Database(file('newer.sqlite3'));
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    newer.close();
    const error = thrown(() => checkJournalFile(file('newer.sqlite3'), 'newer.sqlite3'));
    expect(error.code).toBe('journal-newer');
    expect(error.message).toMatch(/newer version of Afterword \(schema \d+; this version knows up to \d+\)/);
  });

  it('refuses a damaged copy', async () => {
    for (let i = 0; i < 300; i++) createApplication(db, { company: `Company ${i}`, notes: 'x'.repeat(400) }, T);
    const { name } = await createBackup(db, backups, { now: T });
    const path = join(backups, name);
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const fd = openSync(path, 'r+');
    // Scribble over a page in the middle: the file still opens, but its tables no longer hold together.
    writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, Math.floor(statSync(path).size / pageSize / 2) * pageSize);
    closeSync(fd);
    const error = thrown(() => checkJournalFile(path, name));
    expect(error.code).toBe('journal-damaged');
    expect(error.message).toMatch(new RegExp(`^The backup ${name.replace(/\./g, '\\.')} is damaged \\(.+\\)\\. Your journal has not been changed\\.$`));
  });
});

describe('swapping a backup in', () => {
  it('puts the checked copy in place of the closed journal and leaves no temporary files', async () => {
    const { name } = await createBackup(db, backups, { now: T });
    createApplication(db, { company: 'Globex' }, T);
    const staged = stageRestore(join(backups, name), journalPath);
    db.close();
    swapIn(staged, journalPath);
    db = openDatabase(journalPath);
    expect(companies(db)).toEqual(['Acme']);
    expect(readdirSync(dir).filter((f) => f !== 'backups').sort()).toEqual(['journal.sqlite3', 'journal.sqlite3-shm', 'journal.sqlite3-wal']);
    expect(existsSync(join(backups, name))).toBe(true);
  });

  it('stages nothing when the backup is refused', () => {
    mkdirSync(backups);
    writeFileSync(join(backups, 'journal-20261120-120000.sqlite3'), 'not a database at all'.repeat(100));
    expect(() => stageRestore(join(backups, 'journal-20261120-120000.sqlite3'), journalPath)).toThrow(AppError);
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
    expect(companies(db)).toEqual(['Acme']);
  });
});
