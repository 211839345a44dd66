/** `app.*` methods: facts about the running app, for the About view and for support. */
import type Database from 'better-sqlite3';
import type { AppInfo } from '../../src-shared/api/types.ts';
import { APP_NAME, type DataLayout } from '../paths.ts';
import type { Platform } from '../platform/platform.ts';

export function appInfo(db: Database.Database, layout: DataLayout, platform: Platform): AppInfo {
  return {
    name: APP_NAME,
    version: platform.appVersion,
    mode: platform.mode,
    dataDir: layout.dataDir,
    journalPath: layout.journalPath,
    backupsDir: layout.backupsDir,
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    sqliteVersion: (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v,
    runtime: platform.runtime,
  };
}
