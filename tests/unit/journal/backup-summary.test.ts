// What a backup holds, read without changing it: so a user can tell the backups apart before restoring one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../src-main/services/index.ts';
import { call as callOn, refusal, useTempServices } from '../support/services.ts';

let dir: string;
let now: number;
let services: Services;
const journals = useTempServices();

beforeEach(() => {
  dir = journals.dir('afterword-backup-summary-');
  now = Date.parse('2026-11-20T12:00:00.000Z');
  services = journals.start({ dataDir: dir, clock: () => now });
});
const call = <T = any>(name: string, payload?: unknown) => callOn<T>(services, name, payload);

describe('a backup’s summary', () => {
  it('counts each kind of record and names the newest note, as the backup holds them, not as the journal does now', async () => {
    const acme = await call('applications.create', { company: 'Acme' });
    const ana = await call('people.create', { name: 'Ana Ruiz' });
    await call('followups.create', { applicationId: acme.id, recipientId: ana.id, kind: 'thank-you', body: 'Dear Ana' });
    const backup = await call('backups.create');
    const bytes = readFileSync(join(dir, 'backups', backup.name));
    await call('applications.create', { company: 'Globex' });

    expect(await call('backups.summary', { name: backup.name })).toEqual({
      counts: { people: 1, applications: 1, interviews: 0, followUps: 1 },
      newestNote: { kind: 'thank-you', company: 'Acme', recipient: 'Ana Ruiz', updatedAt: '2026-11-20T12:00:00.000Z' },
    });
    expect(readFileSync(join(dir, 'backups', backup.name)).equals(bytes)).toBe(true);
  });

  it('says there is no note in a backup without one, and refuses a backup that is not there', async () => {
    await call('applications.create', { company: 'Acme' });
    const backup = await call('backups.create');
    expect((await call('backups.summary', { name: backup.name })).newestNote).toBeNull();
    expect(await refusal(services, 'backups.summary', { name: 'journal-19991231-235959.sqlite3' })).toMatchObject({ code: 'not-found' });
  });
});
