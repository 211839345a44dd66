/**
 * Naming what went wrong with the disk. SQLite and the file system report a full disk, a read-only folder or a
 * lock in their own words (`SQLITE_FULL`, `EROFS`, …); the user needs to hear which it is, where, and what to do,
 * instead of "Something went wrong". Anything this does not recognise is left to the caller (answers `null`).
 */
import { accessSync, constants, existsSync, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../src-shared/api/result.ts';

export interface StorageContext {
  /** The data folder: where free space is measured and what the messages name. */
  dataDir: string;
  /** What was being done, as the end of "Afterword could not …" (e.g. "save this note"). */
  doing?: string;
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** Free space on the disk that holds `dir`, in words ("12 MB free"), or '' when it cannot be measured. */
export function freeSpace(dir: string): string {
  let probe = dir;
  while (!existsSync(probe) && dirname(probe) !== probe) probe = dirname(probe);
  try {
    const stats = statfsSync(probe);
    return `${formatBytes(Number(stats.bavail) * Number(stats.bsize))} free`;
  } catch {
    return '';
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

/** Whether the process may write in `dir` (false for a read-only folder or file system). */
function canWriteIn(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const couldNot = (context: StorageContext) => `Afterword could not ${context.doing ?? 'write to your journal'}`;

function diskFull(context: StorageContext): AppError {
  const free = freeSpace(context.dataDir);
  return new AppError(
    'disk-full',
    `${couldNot(context)}: the disk that holds ${context.dataDir} is full${free ? ` (${free})` : ''}. ` +
      'Nothing was lost: free some space and Afterword will save again.',
  );
}

function readOnly(context: StorageContext): AppError {
  return new AppError(
    'read-only',
    `${couldNot(context)}: ${context.dataDir} is read-only (the folder, the journal file or the disk it is on). ` +
      'Nothing was changed. Make it writable again, or start Afterword with another data folder (--data-dir or AFTERWORD_DATA_DIR).',
  );
}

function permissionDenied(context: StorageContext): AppError {
  return new AppError(
    'permission-denied',
    `${couldNot(context)}: the system did not allow access to ${context.dataDir}. ` +
      'Check that the folder and the files in it belong to you, or start Afterword with another data folder.',
  );
}

function folderMissing(context: StorageContext): AppError {
  return new AppError(
    'folder-missing',
    `${couldNot(context)}: the folder ${context.dataDir} does not exist (was it on a disk that is no longer connected?). ` +
      'Reconnect it, or start Afterword with another data folder.',
  );
}

function busy(context: StorageContext): AppError {
  return new AppError(
    'journal-busy',
    `${couldNot(context)} just now: the journal was busy with another task. Afterword will try again; nothing was lost.`,
  );
}

/**
 * The named error for a failure of SQLite or of the file system, or `null` for anything else. `SQLITE_CANTOPEN`
 * and `SQLITE_IOERR` say little on their own, so the folder is looked at to tell which condition it is.
 */
export function storageError(error: unknown, context: StorageContext): AppError | null {
  if (error instanceof AppError) return error;
  const code = errorCode(error);
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') return diskFull(context);
  if (code === 'EROFS' || code.startsWith('SQLITE_READONLY')) return readOnly(context);
  if (code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') {
    return canWriteIn(context.dataDir) ? permissionDenied(context) : readOnly(context);
  }
  if (code === 'ENOENT' && !existsSync(context.dataDir)) return folderMissing(context);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return busy(context);
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR')) {
    if (!existsSync(context.dataDir)) return folderMissing(context);
    if (!canWriteIn(context.dataDir)) return readOnly(context);
    // An I/O error with no space left is the disk filling up mid-write (SQLite reports some of those as IOERR).
    if (/^0 bytes free$|^\d+(\.\d)? KB free$/.test(freeSpace(context.dataDir))) return diskFull(context);
  }
  return null;
}
