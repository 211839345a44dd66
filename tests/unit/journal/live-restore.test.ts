/**
 * Restoring a backup while the journal is open elsewhere: the backup is written into the journal through SQLite
 * (never by renaming a file over it), so a connection that had the journal open before the restore keeps
 * writing into the journal, nothing it acknowledged afterwards is lost, and a journal that is a symbolic link
 * stays one.
 */
import { lstatSync, mkdirSync, readlinkSync, renameSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-main/journal/index.ts';
import { call, useTempServices } from '../support/services.ts';

const journals = useTempServices();
const HOUR = 3_600_000;
let dir: string;
let now: number;

beforeEach(() => {
  dir = journals.dir('afterword-live-restore-');
  now = Date.parse('2026-11-20T12:00:00.000Z');
});

const companies = (db: Database.Database) => (db.prepare('SELECT company FROM applications ORDER BY company').all() as { company: string }[]).map((r) => r.company);

function readJournal(path: string) {
  const db = openDatabase(path);
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      companies: companies(db),
      setting: (db.prepare(`SELECT value FROM settings WHERE key = 'written-by-other'`).get() as { value: string } | undefined)?.value,
    };
  } finally {
    db.close();
  }
}

async function restoreWithAnotherConnectionOpen(journalPath: string, dataDir: string) {
  const services = journals.start({ dataDir, clock: () => now });
  await call(services, 'applications.create', { company: 'Acme' });
  const backup = await call(services, 'backups.create');
  now += HOUR;
  await call(services, 'applications.create', { company: 'Beta' });

  // Another connection to the same file, open across the restore (another window's process, a viewer).
  const other = new Database(journalPath);
  expect(companies(other)).toEqual(['Acme', 'Beta']);
  await call(services, 'backups.restore', { name: backup.name });

  // It sees the restored journal, and what it writes now is acknowledged into that same journal.
  expect(companies(other)).toEqual(['Acme']);
  other.prepare(`INSERT INTO settings (key, value) VALUES ('written-by-other', 'after the restore')`).run();
  await call(services, 'applications.create', { company: 'Gamma' });
  other.close();
  services.close();
  return backup;
}

describe('restoring a backup while another connection has the journal open', () => {
  it('loses nothing that either connection acknowledged after the restore', async () => {
    await restoreWithAnotherConnectionOpen(join(dir, 'journal.sqlite3'), dir);
    expect(readJournal(join(dir, 'journal.sqlite3'))).toEqual({ integrity: 'ok', companies: ['Acme', 'Gamma'], setting: 'after the restore' });
  });

  it('keeps a journal that is a symbolic link a symbolic link, with the data at its target', async () => {
    const elsewhere = join(dir, 'synced');
    const dataDir = join(dir, 'data');
    mkdirSync(elsewhere);
    mkdirSync(dataDir);
    const target = join(elsewhere, 'my-journal.sqlite3');
    // Made by the app, then moved and linked, as a user keeping the journal in a synced folder would.
    journals.start({ dataDir, clock: () => now }).close();
    renameSync(join(dataDir, 'journal.sqlite3'), target);
    symlinkSync(target, join(dataDir, 'journal.sqlite3'));

    await restoreWithAnotherConnectionOpen(join(dataDir, 'journal.sqlite3'), dataDir);
    expect(lstatSync(join(dataDir, 'journal.sqlite3')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dataDir, 'journal.sqlite3'))).toBe(target);
    expect(readJournal(target)).toEqual({ integrity: 'ok', companies: ['Acme', 'Gamma'], setting: 'after the restore' });
  });

  it('still makes a backup of the journal first, so the restore can be undone', async () => {
    const services = journals.start({ dataDir: dir, clock: () => now });
    await call(services, 'applications.create', { company: 'Acme' });
    const backup = await call(services, 'backups.create');
    now += HOUR;
    await call(services, 'applications.create', { company: 'Beta' });
    const { previous } = await call(services, 'backups.restore', { name: backup.name });
    expect((await call(services, 'applications.list')).items.map((a: any) => a.company)).toEqual(['Acme']);
    await call(services, 'backups.restore', { name: previous.name });
    expect((await call(services, 'applications.list')).items.map((a: any) => a.company).sort()).toEqual(['Acme', 'Beta']);
  });
});
