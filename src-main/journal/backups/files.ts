/** The backups folder: what is in it, and keeping only the newest few. */
import { closeSync, fsyncSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../../src-shared/api/journal-types.ts';
import { compareNewestFirst, parseBackupName, type ParsedBackupName } from './names.ts';

/** How many backups are kept; older ones are removed after each new backup. */
export const BACKUPS_KEPT = 7;

interface Found extends ParsedBackupName {
  name: string;
}

function backupFiles(dir: string): Found[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const found: Found[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (parsed) found.push({ name, ...parsed });
  }
  return found.sort(compareNewestFirst);
}

export function backupInfo(dir: string, name: string): BackupInfo {
  const parsed = parseBackupName(name);
  if (!parsed) throw new Error(`${name} is not a backup name`);
  return { name, time: new Date(parsed.time).toISOString(), size: statSync(join(dir, name)).size };
}

/** Newest first; only files named like a backup. */
export function listBackups(dir: string): BackupInfo[] {
  const infos: BackupInfo[] = [];
  for (const file of backupFiles(dir)) {
    try {
      infos.push(backupInfo(dir, file.name));
    } catch (error) {
      // Removed between listing and reading (a prune running at the same moment): simply not listed.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return infos;
}

/**
 * Removes backups beyond the newest `keep`, never touching `protect` (the one being restored) nor any file that
 * is not named like a backup. Answers the names removed.
 */
export function pruneBackups(dir: string, keep: number = BACKUPS_KEPT, protect: readonly string[] = []): string[] {
  const removed: string[] = [];
  for (const file of backupFiles(dir).slice(keep)) {
    if (protect.includes(file.name)) continue;
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(join(dir, file.name + suffix), { force: true });
    removed.push(file.name);
  }
  return removed;
}

/** Flushes a file's contents to disk before it is renamed into place, so a power cut cannot leave half a file. */
export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename inside `dir` durable. Windows cannot open a folder for syncing; NTFS journals renames itself. */
export function fsyncDirectory(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on a folder; the rename has still happened.
  } finally {
    closeSync(fd);
  }
}
