/**
 * Online backups with SQLite's backup API: the journal stays open and usable while its pages are copied. The copy
 * is written under a temporary name (temporary-files.ts) and renamed once complete, so the folder never lists half
 * a backup, and a copy cut short by a kill is removed at the next start.
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo } from '../../../src-shared/api/journal-types.ts';
import type { Db } from '../sql.ts';
import { BACKUPS_KEPT, backupInfo, fsyncDirectory, fsyncFile, pruneBackups } from './files.ts';
import { backupName } from './names.ts';
import { removeTemporary, temporaryPath } from '../temporary-files.ts';

export interface BackupOptions {
  /** The current moment in milliseconds; names the file. */
  now?: number;
  /** better-sqlite3 binding for the running ABI (Electron), as for `openDatabase`. */
  nativeBinding?: string;
  /** How many to keep after this one; `Infinity` keeps all. */
  keep?: number;
  /** Backups that pruning must not remove. */
  protect?: readonly string[];
}

function freeName(dir: string, now: number): string {
  for (let sequence = 1; ; sequence++) {
    const name = backupName(now, sequence);
    if (!existsSync(join(dir, name))) return name;
  }
}

/** Copies the open journal into `dir`, then prunes to the newest `keep`. */
export async function createBackup(db: Db, dir: string, options: BackupOptions = {}): Promise<BackupInfo> {
  mkdirSync(dir, { recursive: true });
  const name = freeName(dir, options.now ?? Date.now());
  const partial = temporaryPath(dir, 'backup', '.sqlite3');
  try {
    await db.backup(partial);
    // The copy inherits WAL mode from the journal; a backup is a single self-contained file instead, so it can be
    // copied, mailed or opened read-only without -wal/-shm companions appearing next to it.
    const copy = new Database(partial, { fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    fsyncFile(partial);
    renameSync(partial, join(dir, name));
    fsyncDirectory(dir);
  } catch (error) {
    removeTemporary(partial);
    throw error;
  }
  pruneBackups(dir, options.keep ?? BACKUPS_KEPT, [name, ...(options.protect ?? [])]);
  return backupInfo(dir, name);
}
