/**
 * Putting a backup back in place of the journal. The backup is first copied next to the journal and checked there,
 * so what is checked is exactly what goes in. An open journal receives it through SQLite's backup API
 * (`restoreInto`); only a journal that could not be opened at all (Recovery) is replaced by a rename (`swapIn`).
 */
import { copyFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../src-shared/api/result.ts';
import { LATEST_SCHEMA_VERSION } from '../migrations.ts';
import { openDatabase } from '../open.ts';
import type { Db } from '../sql.ts';
import { removeTemporary, temporaryPath } from '../temporary-files.ts';
import { fsyncDirectory, fsyncFile } from './files.ts';

const COMPANIONS = ['-wal', '-shm', '-journal'];

/**
 * Refuses a file that is not a journal this version can open: unreadable, failing `PRAGMA integrity_check`, not
 * an Afterword journal, or written by a newer version. `label` names the file in the message.
 */
export function checkJournalFile(path: string, label: string, nativeBinding?: string): void {
  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (error) {
    throw new AppError('journal-damaged', `The backup ${label} could not be opened (${(error as Error).message}). Your journal has not been changed.`);
  }
  try {
    checkOpenJournal(db, label);
  } catch (error) {
    if (error instanceof AppError) throw error;
    // SQLite stops reading a damaged file with SQLITE_CORRUPT rather than listing problems.
    throw new AppError('journal-damaged', `The backup ${label} is damaged (${(error as Error).message}). Your journal has not been changed.`);
  } finally {
    db.close();
  }
}

function checkOpenJournal(db: Database.Database, label: string): void {
  let version: number;
  try {
    version = db.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    throw new AppError('journal-damaged', `The backup ${label} is not a readable journal (${(error as Error).message}). Your journal has not been changed.`);
  }
  if (version > LATEST_SCHEMA_VERSION) {
    throw new AppError(
      'journal-newer',
      `The backup ${label} was made by a newer version of Afterword (schema ${version}; this version knows up to ${LATEST_SCHEMA_VERSION}). ` +
        'Your journal has not been changed. Update Afterword to restore it.',
    );
  }
  const problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).filter((r) => r !== 'ok');
  if (problems.length > 0) {
    throw new AppError(
      'journal-damaged',
      `The backup ${label} is damaged (integrity check: ${problems[0]}${problems.length > 1 ? ` and ${problems.length - 1} more` : ''}). ` +
        'Your journal has not been changed.',
    );
  }
  const isJournal = version >= 1 && db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'applications'`).get() !== undefined;
  if (!isJournal) {
    throw new AppError('journal-damaged', `The file ${label} is not an Afterword journal. Your journal has not been changed.`);
  }
  // A copy made by other means may still be in WAL mode; the reopened journal switches back to WAL itself.
  db.pragma('journal_mode = DELETE');
}

/**
 * Copies `backupPath` to a temporary file in `stagingDir` (by default the journal's own folder), flushes it and
 * checks it. Answers the staged path; on refusal nothing is left behind.
 */
export function stageRestore(backupPath: string, journalPath: string, nativeBinding?: string, stagingDir: string = dirname(journalPath)): string {
  const staged = temporaryPath(stagingDir, 'restore', '.sqlite3');
  try {
    copyFileSync(backupPath, staged);
    checkJournalFile(staged, basename(backupPath), nativeBinding);
    fsyncFile(staged);
    return staged;
  } catch (error) {
    removeTemporary(staged);
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new AppError('not-found', `The backup ${basename(backupPath)} is no longer in the backups folder. Your journal has not been changed.`);
    }
    throw error;
  }
}

/**
 * Writes a staged (checked) backup into the open journal with SQLite's backup API, through SQLite's own locking:
 * the journal file is never renamed or replaced, so a connection that has it open keeps writing to the journal
 * (not to a file that was moved aside), and a journal that is a symbolic link stays one. The copy is one write
 * transaction on the journal: it lands whole or not at all. The staged file is migrated to this version first.
 */
export async function restoreInto(journalPath: string, journal: Db, staged: string, nativeBinding?: string): Promise<void> {
  const binding = nativeBinding ? { nativeBinding } : {};
  matchPageSize(staged, journal.pragma('page_size', { simple: true }) as number, binding);
  const source = openDatabase(staged, binding);
  try {
    // A first step of 0 pages starts the copy; the progress callback then asks for every page in one step, so
    // the journal is locked for writing once, for as short a time as possible.
    await source.backup(journalPath, { progress: () => 0x7fffffff });
  } finally {
    source.close();
    removeTemporary(staged);
  }
}

/** A journal in WAL mode only accepts a copy with its own page size; a backup made by other means may differ. */
function matchPageSize(path: string, pageSize: number, binding: { nativeBinding?: string }): void {
  const db = new Database(path, { fileMustExist: true, ...binding });
  try {
    if (db.pragma('page_size', { simple: true }) === pageSize) return;
    db.pragma(`page_size = ${pageSize}`);
    db.exec('VACUUM');
  } finally {
    db.close();
  }
}

/** Call with the journal closed: renames the staged copy over it and removes the old journal's leftovers. */
export function swapIn(staged: string, journalPath: string): void {
  renameSync(staged, journalPath);
  fsyncDirectory(dirname(journalPath));
  // A -wal left by the old journal would be replayed into the restored one; it belongs to the file just replaced.
  for (const suffix of COMPANIONS) rmSync(journalPath + suffix, { force: true });
}

/** For a restore abandoned after staging. */
export function discardStaged(staged: string): void {
  removeTemporary(staged);
}
