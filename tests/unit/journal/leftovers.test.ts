/**
 * No litter: a process killed during a backup, a restore or an import leaves its temporary files behind; the next
 * start removes every one, the journal is intact, and only whole backups are ever listed.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { isTemporaryName, temporaryPath, trackTemporary, writeFileWhole } from '../../../src-main/journal/temporary-files.ts';
import { call, useTempServices } from '../support/services.ts';
import { startJournalProcess } from './support/spawn-journal-process.ts';

const journals = useTempServices();
const now = Date.parse('2026-11-20T12:00:00.000Z');
let dir: string;

beforeEach(() => {
  dir = journals.dir('afterword-leftovers-');
});

const temporaryFiles = (dataDir: string) =>
  [dataDir, join(dataDir, 'backups')].flatMap((folder) => (existsSync(folder) ? readdirSync(folder).filter(isTemporaryName) : []));

function integrity(path: string): string {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

/** A journal of a few megabytes, so that a backup or a restore takes long enough to be interrupted. */
async function journalWithNotes(dataDir: string): Promise<void> {
  const services = journals.start({ dataDir, clock: () => now });
  const application = await call(services, 'applications.create', { company: 'Acme', role: 'Data engineer' });
  for (let i = 0; i < 120; i++) {
    await call(services, 'followups.create', { applicationId: application.id, kind: 'other', body: `Note ${i}: ${'words to keep '.repeat(2_000)}` });
  }
  services.close();
}

describe('the temporary files of an interrupted run', () => {
  it('are removed at the next start after kills during backups and restores, and the journal stays whole', async () => {
    await journalWithNotes(dir);
    let leftBehind = 0;
    for (let kill = 0; kill < 6; kill++) {
      const churn = await startJournalProcess('churn', dir);
      expect(churn.first).toBe('ready');
      await new Promise((resolve) => setTimeout(resolve, 150 + kill * 97));
      churn.child.kill('SIGKILL');
      await churn.ended;
      leftBehind += temporaryFiles(dir).length;

      const services = journals.start({ dataDir: dir, clock: () => now });
      expect(temporaryFiles(dir)).toEqual([]);
      expect(integrity(join(dir, 'journal.sqlite3'))).toBe('ok');
      expect((await call(services, 'applications.list')).items.map((a: any) => a.company)).toEqual(['Acme']);
      const backups = await call(services, 'backups.list');
      for (const backup of backups) expect(integrity(join(dir, 'backups', backup.name))).toBe('ok');
      services.close();
    }
    // The kills did land in the middle of the work: otherwise this test would prove nothing.
    expect(leftBehind).toBeGreaterThan(0);
    // Six process starts and a few-megabyte journal copied over and over: slow on a busy two-core machine.
  }, 120_000);

  it('leaves a journal either empty or fully imported after a kill during an import', async () => {
    const source = join(dir, 'source');
    await journalWithNotes(source);
    const exporter = journals.start({ dataDir: source, clock: () => now });
    const file = join(dir, 'journal.json');
    writeFileSync(file, (await call(exporter, 'journal.exportJson')).text);
    exporter.close();

    const rounds = join(dir, 'imports');
    const importer = await startJournalProcess('import', rounds, { IMPORT_FILE: file });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    importer.child.kill('SIGKILL');
    await importer.ended;
    const folders = readdirSync(rounds);
    expect(folders.length).toBeGreaterThan(0);
    for (const folder of folders) {
      const services = journals.start({ dataDir: join(rounds, folder), clock: () => now });
      expect(temporaryFiles(join(rounds, folder))).toEqual([]);
      const notes = await call(services, 'followups.list', {});
      expect([0, 120]).toContain(notes.length);
      services.close();
    }
  }, 60_000);

  it('are recognised by name, old and new forms, and nothing else in the folders is touched', async () => {
    const services = journals.start({ dataDir: dir, clock: () => now });
    await call(services, 'applications.create', { company: 'Acme' });
    await call(services, 'backups.create');
    services.close();
    const planted = [
      join(dir, '.afterword-tmp-restore-123-456-1.sqlite3'),
      join(dir, '.afterword-tmp-restore-123-456-1.sqlite3-wal'),
      join(dir, '.restoring-77-1763640000000.sqlite3'),
      join(dir, 'backups', '.afterword-tmp-backup-9-9-9.sqlite3'),
      join(dir, 'backups', 'journal-20261120-110000.sqlite3.partial'),
    ];
    const kept = [join(dir, 'my notes.txt'), join(dir, 'backups', 'journal-copy-I-made.sqlite3')];
    for (const path of [...planted, ...kept]) writeFileSync(path, 'x'.repeat(1000));

    const again = journals.start({ dataDir: dir, clock: () => now });
    for (const path of planted) expect(existsSync(path), path).toBe(false);
    for (const path of kept) expect(existsSync(path), path).toBe(true);
    expect((await call(again, 'backups.list')).map((b: any) => b.name)).toEqual(['journal-20261120-120000.sqlite3']);
  });

  it('include an export cut short in another folder, which the next start removes; a whole export stays', async () => {
    const exportDir = journals.dir('afterword-exports-');
    const services = journals.start({ dataDir: dir, clock: () => now });
    await writeFileWhole(join(exportDir, 'Acme - Jane Doe.eml'), 'whole', { exclusive: true });
    // What a kill in the middle of writing the next one leaves: its temporary file, noted before it was made.
    const cutShort = temporaryPath(exportDir, 'export');
    trackTemporary(cutShort);
    writeFileSync(cutShort, 'half of a dra');
    services.close();

    journals.start({ dataDir: dir, clock: () => now });
    expect(readdirSync(exportDir)).toEqual(['Acme - Jane Doe.eml']);
    await expect(writeFileWhole(join(exportDir, 'Acme - Jane Doe.eml'), 'again', { exclusive: true })).rejects.toMatchObject({ code: 'EEXIST' });
  });
});
