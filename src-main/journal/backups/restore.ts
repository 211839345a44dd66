/**
 * Putting a backup back in place of the journal. The backup is first copied next to the journal and checked there,
 * so what is checked is exactly what is swapped in; the swap itself is a rename, which either happens whole or not
 * at all. The caller closes the journal before the swap and reopens it after (see services/journal-handle.ts).
 */
import { copyFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../src-shared/api/result.ts';
import { LATEST_SCHEMA_VERSION } from '../migrations.ts';
import { fsyncDirectory, fsyncFile } from './files.ts';

const COMPANIONS = ['-wal', '-shm', '-journal'];

function removeWithCompanions(path: string): void {
  for (const suffix of ['', ...COMPANIONS]) rmSync(path + suffix, { force: true });
}

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
 * Copies `backupPath` to a temporary file in the journal's folder (same file system, so the later rename is
 * atomic), flushes it and checks it. Answers the staged path; on refusal nothing is left behind.
 */
export function stageRestore(backupPath: string, journalPath: string, nativeBinding?: string): string {
  const staged = join(dirname(journalPath), `.restoring-${process.pid}-${Date.now()}.sqlite3`);
  try {
    copyFileSync(backupPath, staged);
    checkJournalFile(staged, basename(backupPath), nativeBinding);
    fsyncFile(staged);
    return staged;
  } catch (error) {
    removeWithCompanions(staged);
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new AppError('not-found', `The backup ${basename(backupPath)} is no longer in the backups folder. Your journal has not been changed.`);
    }
    throw error;
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
  removeWithCompanions(staged);
}
