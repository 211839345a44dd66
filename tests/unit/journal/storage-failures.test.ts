/**
 * A full disk and a read-only data folder are named for what they are, with the free space or the folder, never
 * as a damaged journal or an "internal" error; nothing already saved is lost, and once the cause is gone the
 * same save goes through.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../src-main/services/index.ts';
import { mountSmallDisk, type SmallDisk } from '../../support/small-disk.ts';
import { call, refusal, useTempServices } from '../support/services.ts';

const journals = useTempServices();
const now = Date.parse('2026-11-20T12:00:00.000Z');
let disk: SmallDisk | null = null;

afterEach(() => {
  disk?.unmount();
  disk = null;
});

async function noteOn(services: Services): Promise<number> {
  const application = await call(services, 'applications.create', { company: 'Acme' });
  return (await call(services, 'followups.create', { applicationId: application.id, kind: 'thank-you', body: 'First words.' })).id;
}

const savedBody = async (services: Services, id: number) => (await call(services, 'followups.get', { id })).followUp.body as string;

describe('a full disk', () => {
  it('answers disk-full with the free space, keeps what was saved, and saves again once space is freed', async () => {
    disk = mountSmallDisk(1024);
    // Without a mountable file system, the journal's own page limit stands in for the disk's size.
    const dataDir = disk?.dir ?? journals.dir('afterword-full-');
    const services = journals.start({ dataDir, clock: () => now });
    const id = await noteOn(services);
    const filler = join(dataDir, 'filler.bin');
    if (disk) writeFileSync(filler, Buffer.alloc(200 * 1024));
    else services.db.pragma(`max_page_count = ${services.db.pragma('page_count', { simple: true })}`);

    let lastSaved = '';
    let failure = null;
    for (let round = 0; round < 400 && !failure; round++) {
      const body = `Round ${round}: ${'a fresh sentence that fills the disk. '.repeat(1_200)}`;
      const result = await services.dispatch('followups.saveDraft', { id, subject: 'Thank you', body });
      if (result.ok) lastSaved = body;
      else failure = result.error;
    }
    expect(failure?.code).toBe('disk-full');
    expect(failure?.message).toContain(dataDir);
    expect(failure?.message).toMatch(disk ? /is full \(\d+(\.\d)? (KB|bytes) free\)/ : /is full/);
    expect(failure?.message).toMatch(/Nothing was lost/);
    expect(await savedBody(services, id)).toBe(lastSaved);

    if (disk) rmSync(filler);
    else services.db.pragma('max_page_count = 1073741823');
    await call(services, 'followups.saveDraft', { id, subject: 'Thank you', body: 'Short again.' });
    expect(await savedBody(services, id)).toBe('Short again.');
  });
});

describe('the Recovery screen’s actions on a full disk', () => {
  it('say the disk is full, leave the damaged journal as it was, and leave no half-copied backup', async (context) => {
    disk = mountSmallDisk(2048);
    if (!disk) {
      context.skip('mounting a file system is not allowed on this machine (needs root), so a full disk cannot be staged');
      return;
    }
    const dataDir = disk.dir;
    const first = journals.start({ dataDir, clock: () => now });
    await noteOn(first);
    await call(first, 'backups.create');
    first.close();
    writeFileSync(join(dataDir, 'journal.sqlite3'), Buffer.alloc(64 * 1024, 7));
    const services = journals.start({ dataDir, clock: () => now });
    expect(services.journalProblem?.code).toBe('journal-damaged');
    // Fill what is left, so the backup cannot be copied next to the journal.
    for (let i = 0; ; i++) {
      try {
        writeFileSync(join(dataDir, `filler-${i}.bin`), Buffer.alloc(16 * 1024));
      } catch {
        break;
      }
    }
    const refused = await refusal(services, 'recovery.restoreBackup');
    expect(refused.code).toBe('disk-full');
    expect(refused.message).toMatch(/^Afterword could not restore the backup: the disk that holds .* is full/);
    expect(readdirSync(dataDir).filter((name) => name.startsWith('.afterword-tmp-'))).toEqual([]);
    expect(readFileSync(join(dataDir, 'journal.sqlite3'))).toEqual(Buffer.alloc(64 * 1024, 7));
  });
});

describe('a read-only data folder', () => {
  it('is reported as read-only, not as a damaged journal, and opens once it is writable again', async (context) => {
    disk = mountSmallDisk(4096);
    if (!disk) {
      // Root ignores file permissions, so only a read-only mount can stage this; the in-process case is below.
      context.skip('mounting a file system is not allowed on this machine');
      return;
    }
    const first = journals.start({ dataDir: disk.dir, clock: () => now });
    await noteOn(first);
    first.close();
    disk.readOnly();

    const services = journals.start({ dataDir: disk.dir, clock: () => now });
    expect(services.journalProblem?.code).toBe('read-only');
    expect(services.journalProblem?.message).toContain(`${disk.dir} is read-only`);
    const info = await call(services, 'app.info');
    expect(info.journalProblem.code).toBe('read-only');
    // The ways out of a damaged journal would only lose this one: they say why they are not offered.
    const refused = await refusal(services, 'recovery.startNewJournal');
    expect(refused.code).toBe('read-only');
    expect(refused.message).toMatch(/not damaged, so it is not replaced/);
    expect(await call(services, 'recovery.retry')).toMatchObject({ code: 'read-only' });

    disk.writable();
    expect(await call(services, 'recovery.retry')).toBeNull();
    expect((await call(services, 'applications.list')).items.map((a: any) => a.company)).toEqual(['Acme']);
  });

  it('answers read-only to a save when writing is refused while the app runs, and saves once it is allowed', async () => {
    const services = journals.start({ dataDir: journals.dir('afterword-readonly-'), clock: () => now });
    const id = await noteOn(services);
    // SQLite's own switch for a journal that may not be written (as after the disk is remounted read-only).
    services.db.pragma('query_only = ON');
    const refused = await refusal(services, 'followups.saveDraft', { id, subject: 'Thank you', body: 'Second words.' });
    expect(refused.code).toBe('read-only');
    expect(refused.message).toMatch(/^Afterword could not save this note: .* is read-only/);
    expect(await savedBody(services, id)).toBe('First words.');
    services.db.pragma('query_only = OFF');
    await call(services, 'followups.saveDraft', { id, subject: 'Thank you', body: 'Second words.' });
    expect(await savedBody(services, id)).toBe('Second words.');
  });
});
