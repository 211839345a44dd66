/** `app.*` methods: facts about the running app, for the About view and for support. */
import Database from 'better-sqlite3';
import type { AppInfo } from '../../src-shared/api/types.ts';
import { APP_NAME, type DataLayout } from '../paths.ts';
import type { Platform } from '../platform/platform.ts';
import type { JournalHandle } from './journal-handle.ts';

function sqliteVersion(db: Database.Database): string {
  return (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
}

export function appInfo(journal: JournalHandle, layout: DataLayout, platform: Platform, nativeBinding?: string): AppInfo {
  const facts = {
    name: APP_NAME,
    version: platform.appVersion,
    mode: platform.mode,
    dataDir: layout.dataDir,
    journalPath: layout.journalPath,
    backupsDir: layout.backupsDir,
    runtime: platform.runtime,
  };
  const problem = journal.problem;
  if (problem) {
    // No journal to ask: an in-memory database tells the SQLite version just as well.
    const memory = new Database(':memory:', nativeBinding ? { nativeBinding } : {});
    try {
      return { ...facts, schemaVersion: null, sqliteVersion: sqliteVersion(memory), journalProblem: problem };
    } finally {
      memory.close();
    }
  }
  const db = journal.db;
  return { ...facts, schemaVersion: db.pragma('user_version', { simple: true }) as number, sqliteVersion: sqliteVersion(db), journalProblem: null };
}
