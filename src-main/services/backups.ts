/** `backups.*`: the start-up backup, backups on demand, and restoring one in place of the journal. */
import { join } from 'node:path';
import type { Handlers } from '../../src-shared/api/contract.ts';
import type { BackupInfo, RestoreResult } from '../../src-shared/api/journal-types.ts';
import { AppError } from '../../src-shared/api/result.ts';
import {
  backupInfo,
  createBackup,
  discardStaged,
  journalCounts,
  listBackups,
  parseBackupName,
  personalWords,
  restoreInto,
  stageRestore,
} from '../journal/index.ts';
import { summarizeBackup } from '../journal/backups/summary.ts';
import type { JournalHandle } from './journal-handle.ts';

export type BackupHandlers = Pick<Handlers, `backups.${string}` & keyof Handlers>;

export interface BackupService {
  handlers: BackupHandlers;
  /** The automatic backup when the app starts; skipped (answers `null`) while the journal holds nothing. */
  backupAtStart(): Promise<BackupInfo | null>;
}

export function backupService(journal: JournalHandle, backupsDir: string, clock: () => number, nativeBinding?: string): BackupService {
  // One backup or restore at a time: two at once could pick the same name, or close the journal under a copy.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const options = (protect: string[] = []) => ({ now: clock(), protect, ...(nativeBinding ? { nativeBinding } : {}) });

  const backupNow = () => serial(() => createBackup(journal.db, backupsDir, options()));

  async function restore(name: string): Promise<RestoreResult> {
    return serial(async () => {
      if (!parseBackupName(name)) throw new AppError('invalid-input', `${name} is not the name of a backup.`);
      const staged = stageRestore(join(backupsDir, name), journal.path, nativeBinding);
      try {
        return await journal.exclusive(async (db) => {
          // Made before anything changes, so restoring it undoes this restore; pruning spares the one being restored.
          const previous = await createBackup(db, backupsDir, options([name]));
          await restoreInto(journal.path, db, staged, nativeBinding);
          return { restored: backupInfo(backupsDir, name), previous };
        });
      } finally {
        discardStaged(staged);
      }
    });
  }

  return {
    handlers: {
      'backups.list': () => listBackups(backupsDir),
      'backups.create': () => backupNow(),
      'backups.restore': ({ name }) => restore(name),
      'backups.summary': ({ name }) => {
        if (!parseBackupName(name)) throw new AppError('invalid-input', `${name} is not the name of a backup.`);
        return summarizeBackup(join(backupsDir, name), nativeBinding);
      },
    },
    async backupAtStart() {
      const db = journal.db;
      const counts = journalCounts(db);
      const empty = counts.people + counts.applications + counts.interviews + counts.followUps === 0 && personalWords(db).length === 0;
      return empty ? null : backupNow();
    },
  };
}
