/**
 * Opening the journal: pragmas for durability, refusal of journals from a newer version, then migrations.
 */
import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../../src-shared/api/result.ts';
import { LATEST_SCHEMA_VERSION, migrations, type Migration } from './migrations.ts';

export interface OpenOptions {
  /** Path to a better-sqlite3 `.node` file built for the running ABI (Electron); Node uses the default build. */
  nativeBinding?: string;
  /** For tests of older schema versions. */
  migrations?: Migration[];
}

export function openDatabase(path: string, options: OpenOptions = {}): Database.Database {
  const list = options.migrations ?? migrations;
  refuseEmptyFile(path);
  const latest = list.at(-1)?.version ?? 0;
  probeReadOnly(path, latest, options.nativeBinding);
  let db: Database.Database;
  try {
    db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    throw new AppError('journal-damaged', `The journal at ${path} could not be opened: ${(error as Error).message}`);
  }
  try {
    const version = readUserVersion(db, path);
    refuseNewer(path, version, latest);
    // WAL lets the UI read while a save is in progress; FULL makes every committed save survive power loss.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Short: only this process writes (journal/lock.ts), so a busy journal is another tool reading or writing it
    // for a moment; waiting blocks the whole process, and autosave tries again anyway.
    db.pragma('busy_timeout = 1000');
    migrate(db, version, list);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function refuseNewer(path: string, version: number, latest: number): void {
  if (version <= latest) return;
  throw new AppError(
    'journal-newer',
    `The journal at ${path} was written by a newer version of Afterword (schema ${version}; this version knows up to ${latest}). ` +
      'It has not been changed. Update Afterword to open it.',
  );
}

/**
 * Looks at an existing journal read-only before opening it for writing. Closing a writable connection removes the
 * `-wal` beside the file (checkpointing it first when it can), and a `-wal` may hold the latest saves of a journal
 * that is damaged or from a newer version: read-only, it stays as it was. (SQLite may still create or resize the
 * `-shm`, an index it rebuilds from the `-wal`.) Only the verdicts "not a journal" and "newer" are taken from here;
 * anything else, such as a half-written rollback journal that needs writing to undo, is left to the writable open.
 */
function probeReadOnly(path: string, latest: number, nativeBinding: string | undefined): void {
  if (path === ':memory:' || path === '' || sizeOf(path) === null) return;
  let probe: Database.Database;
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch {
    return;
  }
  try {
    let version: number;
    try {
      version = probe.pragma('user_version', { simple: true }) as number;
    } catch (error) {
      const code = String((error as { code?: unknown }).code ?? '');
      if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) throw notReadable(path, error);
      return;
    }
    refuseNewer(path, version, latest);
  } finally {
    probe.close();
  }
}

/**
 * SQLite would take an empty file for a new database and fill it with an empty journal. Afterword never leaves its
 * journal empty (a new one gets its tables at once), so an empty file is one whose contents were lost, and the user
 * must hear that instead of finding an empty journal. With a non-empty `-wal` beside it SQLite still has the data.
 */
function refuseEmptyFile(path: string): void {
  if (path === ':memory:' || path === '') return;
  if (sizeOf(path) !== 0 || (sizeOf(`${path}-wal`) ?? 0) > 0) return;
  throw new AppError('journal-damaged', `The journal at ${path} is an empty file (0 bytes): what it held is gone. It has not been changed.`);
}

function sizeOf(path: string): number | null {
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
}

function readUserVersion(db: Database.Database, path: string): number {
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    throw notReadable(path, error);
  }
}

function notReadable(path: string, error: unknown): AppError {
  return new AppError(
    'journal-damaged',
    `The file at ${path} is not a readable Afterword journal (${(error as Error).message}). It has not been changed.`,
  );
}

function migrate(db: Database.Database, from: number, list: Migration[]): void {
  for (const migration of list) {
    if (migration.version <= from) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}

export { LATEST_SCHEMA_VERSION };
