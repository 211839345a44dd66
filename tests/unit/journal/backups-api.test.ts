/** Backups and restore through the API, as the Settings screen uses them; the services keep working after a restore. */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, migrations, openDatabase } from '../../../src-main/journal/index.ts';
import type { Services } from '../../../src-main/services/index.ts';
import { call as callOn, refusal, useTempServices } from '../support/services.ts';

const HOUR = 3_600_000;
let dir: string;
let now: number;
let services: Services;

const journals = useTempServices();
const start = () => journals.start({ dataDir: dir, clock: () => now });

beforeEach(() => {
  dir = journals.dir('afterword-backups-api-');
  now = Date.parse('2026-11-20T12:00:00.000Z');
  services = start();
});

const call = <T = any>(name: string, payload?: unknown) => callOn<T>(services, name, payload);
const refused = (name: string, payload?: unknown) => refusal(services, name, payload);

const companies = async () => (await call('applications.list')).items.map((a: any) => a.company).sort();
const backupNames = async () => (await call('backups.list')).map((b: any) => b.name);

describe('the start-up backup', () => {
  it('is skipped while the journal is empty, and made once it holds something', async () => {
    expect(await services.backupAtStart()).toBeNull();
    expect(await call('backups.list')).toEqual([]);
    await call('applications.create', { company: 'Acme' });
    const made = await services.backupAtStart();
    expect(made).toMatchObject({ name: 'journal-20261120-120000.sqlite3', time: '2026-11-20T12:00:00.000Z' });
    expect(await call('backups.list')).toEqual([made]);
    expect(made!.size).toBeGreaterThan(0);
  });

  it('keeps the last 7 over many starts, newest first', async () => {
    await call('applications.create', { company: 'Acme' });
    for (let day = 0; day < 9; day++) {
      services.close();
      now += 24 * HOUR;
      services = start();
      await services.backupAtStart();
    }
    const names = await backupNames();
    expect(names).toHaveLength(7);
    expect(names[0]).toBe('journal-20261129-120000.sqlite3');
    expect(names[6]).toBe('journal-20261123-120000.sqlite3');
  });
});

describe('restoring a backup', () => {
  it('brings the journal back to the backup, and the restore can itself be undone', async () => {
    await call('applications.create', { company: 'Acme' });
    const backup = await call('backups.create');
    now += HOUR;
    await call('applications.create', { company: 'Globex' });
    now += HOUR;

    const result = await call('backups.restore', { name: backup.name });
    expect(result.restored).toEqual(backup);
    expect(result.previous).toMatchObject({ name: 'journal-20261120-140000.sqlite3' });
    expect(await companies()).toEqual(['Acme']);

    now += HOUR;
    await call('backups.restore', { name: result.previous.name });
    expect(await companies()).toEqual(['Acme', 'Globex']);
  });

  it('keeps every method working on the restored journal, and what is written afterwards lasts', async () => {
    const acme = await call('applications.create', { company: 'Acme' });
    const { name } = await call('backups.create');
    await call('applications.delete', { id: acme.id });
    await call('backups.restore', { name });

    await call('interviews.create', {
      applicationId: acme.id,
      startsAt: '2026-11-19T09:00:00Z',
      endsAt: '2026-11-19T10:00:00Z',
      timeZone: 'Europe/Berlin',
      newInterviewers: [{ name: 'Ana Ruiz' }],
    });
    const thankYous = (await call('due.list')).items.filter((i: any) => i.kind === 'thank-you');
    expect(thankYous.map((i: any) => i.recipientName)).toEqual(['Ana Ruiz']);
    expect((await call('search.query', { text: 'acme' })).items).toHaveLength(1);
    expect(await call('app.info')).toMatchObject({ schemaVersion: LATEST_SCHEMA_VERSION });

    services.close();
    services = start();
    expect((await call('applications.get', { id: acme.id })).interviews).toHaveLength(1);
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('restores a backup made by an earlier version, bringing it up to date', async () => {
    mkdirSync(join(dir, 'backups'));
    const older = openDatabase(join(dir, 'backups', 'journal-20250101-090000.sqlite3'), { migrations: migrations.slice(0, 2) });
    // Written as that version wrote it: today's repositories expect today's columns.
    const at = new Date(now).toISOString();
    older.prepare('INSERT INTO applications (company, status_changed_at, created_at, updated_at) VALUES (?, ?, ?, ?)').run('Malmö Energi', at, at, at);
    older.close();
    await call('backups.restore', { name: 'journal-20250101-090000.sqlite3' });
    expect(await call('app.info')).toMatchObject({ schemaVersion: LATEST_SCHEMA_VERSION });
    expect((await call('applications.list', { text: 'malmo' })).items.map((a: any) => a.company)).toEqual(['Malmö Energi']);
  });

  it('does not remove the backup being restored, even when it is the oldest of seven', async () => {
    await call('applications.create', { company: 'Acme' });
    for (let i = 0; i < 7; i++) {
      now += HOUR;
      await call('backups.create');
    }
    const oldest = (await backupNames()).at(-1);
    now += HOUR;
    await call('backups.restore', { name: oldest });
    expect(await backupNames()).toContain(oldest);
  });

  describe('refusing a backup, with the journal untouched and no backup made', () => {
    beforeEach(async () => {
      await call('applications.create', { company: 'Acme' });
      await call('backups.create');
    });

    async function expectUntouched(run: () => Promise<{ code: string; message: string }>) {
      const [backupsBefore, companiesBefore] = [await backupNames(), await companies()];
      const error = await run();
      expect(await companies()).toEqual(companiesBefore);
      expect(await backupNames()).toEqual(backupsBefore);
      await call('applications.create', { company: 'Still writable' });
      return error;
    }

    it('refuses a damaged file', async () => {
      writeFileSync(join(dir, 'backups', 'journal-20261101-090000.sqlite3'), 'SQLite format 3\0'.padEnd(8192, 'garbage'));
      const error = await expectUntouched(() => refused('backups.restore', { name: 'journal-20261101-090000.sqlite3' }));
      expect(error.code).toBe('journal-damaged');
      expect(error.message).toMatch(/^The backup journal-20261101-090000\.sqlite3 .*Your journal has not been changed\.$/);
    });

    it('refuses a backup from a newer version', async () => {
      const newer = new Database(join(dir, 'backups', 'journal-20261101-090000.sqlite3'));
      newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 3}`);
      newer.close();
      const error = await expectUntouched(() => refused('backups.restore', { name: 'journal-20261101-090000.sqlite3' }));
      expect(error).toMatchObject({ code: 'journal-newer' });
      expect(error.message).toMatch(/Update Afterword to restore it\.$/);
    });

    it('refuses a backup that is not there', async () => {
      const error = await expectUntouched(() => refused('backups.restore', { name: 'journal-20200101-000000.sqlite3' }));
      expect(error).toEqual({ code: 'not-found', message: 'The backup journal-20200101-000000.sqlite3 is no longer in the backups folder. Your journal has not been changed.' });
    });

    it('refuses any name that is not a backup’s, so no other file can be reached', async () => {
      for (const name of ['../journal.sqlite3', 'journal.sqlite3', '/etc/passwd', 'journal-20261120-120000.sqlite3/..']) {
        const error = await expectUntouched(() => refused('backups.restore', { name }));
        expect(error).toMatchObject({ code: 'invalid-input', fields: [{ path: 'name', message: 'Backup name must be one from the backups list, such as journal-20261120-120000.sqlite3.' }] });
      }
      expect(existsSync(join(dir, 'journal.sqlite3'))).toBe(true);
    });
  });
});
