/**
 * A journal that cannot be opened (cut short, garbage, empty, or from a newer Afterword), through the API as the
 * Recovery screen uses it: the services start anyway and say what is wrong, every journal method answers that
 * problem, and both ways out (restore a backup, start a new journal) work without a restart. The unusable file
 * is always kept, byte for byte, under a name that says why.
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../src-main/services/index.ts';
import { call as callOn, refusal, useTempServices } from '../support/services.ts';

const HOUR = 3_600_000;
let dir: string;
let now: number;
let services: Services | null;

const journalPath = () => join(dir, 'journal.sqlite3');
const journals = useTempServices();
const start = () => (services = journals.start({ dataDir: dir, clock: () => now }));
const stop = () => {
  services?.close();
  services = null;
};

beforeEach(() => {
  dir = journals.dir('afterword-recovery-');
  now = Date.parse('2026-11-22T11:45:00.000Z');
  services = null;
});

const call = <T = any>(name: string, payload?: unknown) => callOn<T>(services!, name, payload);
const refused = (name: string, payload?: unknown) => refusal(services!, name, payload);

const companies = async () => (await call('applications.list')).items.map((a: any) => a.company).sort();

/** A journal holding `names`, with a backup of it made an hour before `now`; answers the journal file's bytes. */
async function journalWithBackup(names: string[]): Promise<Buffer> {
  start();
  for (const company of names) await call('applications.create', { company, role: 'Data engineer' });
  const saved = now;
  now -= HOUR;
  await services!.backupAtStart();
  now = saved;
  stop();
  return readFileSync(journalPath());
}

const DAMAGE: Record<string, (journal: Buffer) => Buffer> = {
  'cut short after 1000 bytes': (journal) => journal.subarray(0, 1000),
  'garbage': () => randomBytes(8192),
  'empty (0 bytes)': () => Buffer.alloc(0),
};

describe.each(Object.entries(DAMAGE))('a journal that is %s', (_label, damage) => {
  let damaged: Buffer;

  beforeEach(async () => {
    const journal = await journalWithBackup(['Acme', 'Globex']);
    damaged = damage(journal);
    writeFileSync(journalPath(), damaged);
    start();
  });

  it('still lets the app start, says what is wrong, and answers that to every journal method', async () => {
    const info = await call('app.info');
    expect(info.journalProblem).toMatchObject({ code: 'journal-damaged' });
    expect(info.journalProblem.message).toContain(journalPath());
    expect(info.schemaVersion).toBeNull();
    expect(info.sqliteVersion).toMatch(/^3\.\d+/);
    for (const [method, payload] of [
      ['applications.list', undefined],
      ['due.list', undefined],
      ['settings.get', undefined],
      ['applications.create', { company: 'Initech' }],
      ['backups.create', undefined],
      ['journal.exportJson', undefined],
    ] as const) {
      expect(await refused(method, payload), method).toEqual(info.journalProblem);
    }
    // The backups stay listed, so the user can see what there is to restore; nothing was backed up over them.
    expect(await services!.backupAtStart()).toBeNull();
    expect((await call('backups.list')).map((b: any) => b.name)).toEqual(['journal-20261122-104500.sqlite3']);
    expect(readFileSync(journalPath())).toEqual(damaged);
  });

  it('restores the latest backup, keeping the damaged file unchanged under a new name', async () => {
    const result = await call('recovery.restoreBackup');
    expect(result.restored.name).toBe('journal-20261122-104500.sqlite3');
    expect(result.keptAs).toBe(join(dir, 'journal.damaged-20261122-114500.sqlite3'));
    expect(readFileSync(result.keptAs)).toEqual(damaged);
    expect((await call('app.info')).journalProblem).toBeNull();
    expect(await companies()).toEqual(['Acme', 'Globex']);
    // Carries on as usual: writes and backups work again.
    await call('applications.create', { company: 'Initech' });
    expect(await companies()).toEqual(['Acme', 'Globex', 'Initech']);
    expect((await call('backups.create')).name).toBe('journal-20261122-114500.sqlite3');
    expect(readFileSync(result.keptAs)).toEqual(damaged);
  });

  it('starts a new, empty journal, keeping the damaged file unchanged under a new name', async () => {
    const result = await call('recovery.startNewJournal');
    expect(result).toEqual({ keptAs: join(dir, 'journal.damaged-20261122-114500.sqlite3'), restored: null, skipped: [] });
    expect(readFileSync(result.keptAs)).toEqual(damaged);
    expect(await companies()).toEqual([]);
    await call('applications.create', { company: 'Initech' });
    expect(await companies()).toEqual(['Initech']);
    // The backups of the old journal are still there to restore later from Settings.
    expect((await call('backups.list')).map((b: any) => b.name)).toEqual(['journal-20261122-104500.sqlite3']);
  });
});

describe('a journal from a newer Afterword', () => {
  let newer: Buffer;
  let newerWal: Buffer;

  beforeEach(async () => {
    await journalWithBackup(['Acme']);
    // As a newer Afterword leaves it when the computer stops: its latest saves still in the -wal beside it.
    const scratch = mkdtempSync(join(tmpdir(), 'afterword-newer-'));
    copyFileSync(journalPath(), join(scratch, 'journal.sqlite3'));
    const db = new Database(join(scratch, 'journal.sqlite3'));
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.prepare(`UPDATE applications SET company = 'Written later'`).run();
    db.pragma('user_version = 999');
    copyFileSync(join(scratch, 'journal.sqlite3'), journalPath());
    copyFileSync(join(scratch, 'journal.sqlite3-wal'), `${journalPath()}-wal`);
    db.close();
    rmSync(scratch, { recursive: true, force: true });
    newer = readFileSync(journalPath());
    newerWal = readFileSync(`${journalPath()}-wal`);
    start();
  });

  it('is not touched, and the message says to update Afterword to read it', async () => {
    const problem = (await call('app.info')).journalProblem;
    expect(problem.code).toBe('journal-newer');
    expect(problem.message).toContain('Update Afterword');
    expect(await refused('applications.list')).toEqual(problem);
    stop();
    // Its latest saves, still in the -wal, were neither merged into the file nor removed.
    expect(readFileSync(journalPath())).toEqual(newer);
    expect(readFileSync(`${journalPath()}-wal`)).toEqual(newerWal);
  });

  it('is kept aside as a newer-version journal when a backup is restored, and opens as it was', async () => {
    const result = await call('recovery.restoreBackup', { name: 'journal-20261122-104500.sqlite3' });
    expect(result.keptAs).toBe(join(dir, 'journal.newer-version-20261122-114500.sqlite3'));
    expect(await companies()).toEqual(['Acme']);
    stop();
    expect(readFileSync(result.keptAs)).toEqual(newer);
    expect(readFileSync(`${result.keptAs}-wal`)).toEqual(newerWal);
    // A newer Afterword (here, SQLite itself) reads it whole, latest saves included.
    const kept = new Database(result.keptAs, { readonly: true });
    expect(kept.pragma('user_version', { simple: true })).toBe(999);
    expect(kept.prepare('SELECT company FROM applications').pluck().all()).toEqual(['Written later']);
    kept.close();
  });

  it('is kept aside when a new journal is started', async () => {
    const result = await call('recovery.startNewJournal');
    expect(result.keptAs).toBe(join(dir, 'journal.newer-version-20261122-114500.sqlite3'));
    expect(readFileSync(result.keptAs)).toEqual(newer);
    expect(await companies()).toEqual([]);
  });
});

describe('the ways out', () => {
  it('skip a newest backup that is damaged too, restore the next one, and say which was passed over', async () => {
    await journalWithBackup(['Acme']);
    writeFileSync(join(dir, 'backups', 'journal-20261122-110000.sqlite3'), randomBytes(4096));
    writeFileSync(journalPath(), randomBytes(4096));
    start();
    const result = await call('recovery.restoreBackup');
    expect(result.restored.name).toBe('journal-20261122-104500.sqlite3');
    expect(result.skipped).toEqual([{ name: 'journal-20261122-110000.sqlite3', message: expect.stringContaining('journal-20261122-110000.sqlite3') }]);
    expect(await companies()).toEqual(['Acme']);
  });

  it('refuse to restore when there is no backup, changing nothing, and still allow a new journal', async () => {
    writeFileSync(journalPath(), randomBytes(4096));
    const garbage = readFileSync(journalPath());
    start();
    const error = await refused('recovery.restoreBackup');
    expect(error.code).toBe('not-found');
    expect(error.message).toContain('start a new journal');
    expect(readFileSync(journalPath())).toEqual(garbage);
    expect((await call('app.info')).journalProblem.code).toBe('journal-damaged');
    await call('recovery.startNewJournal');
    expect(await companies()).toEqual([]);
  });

  it('move the -wal and -shm with the journal (the -wal as it was), and never reuse a name already taken', async () => {
    writeFileSync(journalPath(), randomBytes(4096));
    writeFileSync(`${journalPath()}-wal`, 'wal bytes');
    writeFileSync(`${journalPath()}-shm`, 'shm bytes');
    // Someone already has a file by the first name: it stays as it is.
    writeFileSync(join(dir, 'journal.damaged-20261122-114500.sqlite3'), 'an earlier rescue');
    start();
    const { keptAs } = await call('recovery.startNewJournal');
    expect(keptAs).toBe(join(dir, 'journal.damaged-20261122-114500-2.sqlite3'));
    expect(readFileSync(`${keptAs}-wal`, 'utf8')).toBe('wal bytes');
    // The -shm is SQLite's index of the -wal, which it may rebuild on reading; it moves with the file all the same.
    expect(existsSync(`${keptAs}-shm`)).toBe(true);
    expect(readFileSync(join(dir, 'journal.damaged-20261122-114500.sqlite3'), 'utf8')).toBe('an earlier rescue');
    expect(await companies()).toEqual([]);
    stop();
    expect(readdirSync(dir).filter((name) => name.startsWith('journal')).sort()).toEqual([
      'journal.damaged-20261122-114500-2.sqlite3',
      'journal.damaged-20261122-114500-2.sqlite3-shm',
      'journal.damaged-20261122-114500-2.sqlite3-wal',
      'journal.damaged-20261122-114500.sqlite3',
      'journal.sqlite3',
    ]);
  });

  it('are refused while the journal opens normally, leaving it alone', async () => {
    start();
    await call('applications.create', { company: 'Acme' });
    await services!.backupAtStart();
    expect((await refused('recovery.startNewJournal')).code).toBe('conflict');
    expect((await refused('recovery.restoreBackup')).code).toBe('conflict');
    expect(await companies()).toEqual(['Acme']);
    expect(readdirSync(dir).filter((name) => name.includes('damaged'))).toEqual([]);
  });
});
