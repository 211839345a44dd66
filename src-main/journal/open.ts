/**
 * Opening the journal: pragmas for durability, refusal of journals from a newer version, then migrations.
 */
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
  let db: Database.Database;
  try {
    db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    throw new AppError('journal-damaged', `The journal at ${path} could not be opened: ${(error as Error).message}`);
  }
  try {
    const version = readUserVersion(db, path);
    const latest = list.at(-1)?.version ?? 0;
    if (version > latest) {
      throw new AppError(
        'journal-newer',
        `The journal at ${path} was written by a newer version of Afterword (schema ${version}; this version knows up to ${latest}). ` +
          'It has not been changed. Update Afterword to open it.',
      );
    }
    // WAL lets the UI read while a save is in progress; FULL makes every committed save survive power loss.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, version, list);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function readUserVersion(db: Database.Database, path: string): number {
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    throw new AppError(
      'journal-damaged',
      `The file at ${path} is not a readable Afterword journal (${(error as Error).message}). It has not been changed.`,
    );
  }
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
