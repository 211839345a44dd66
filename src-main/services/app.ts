/** `app.*` methods: facts about the running app, for the About view and for support. */
import type { AppInfo, NativeModuleProblem } from '../../src-shared/api/types.ts';
import { APP_NAME, type DataLayout } from '../paths.ts';
import type { Platform } from '../platform/platform.ts';
import type { JournalHandle } from './journal-handle.ts';

function facts(layout: DataLayout, platform: Platform) {
  return {
    name: APP_NAME,
    version: platform.appVersion,
    mode: platform.mode,
    dataDir: layout.dataDir,
    journalPath: layout.journalPath,
    backupsDir: layout.backupsDir,
    runtime: platform.runtime,
  };
}

/**
 * Whatever the journal's state. `sqliteVersion` comes from the database module's check at start, so a journal
 * that cannot be opened needs no second connection to answer it.
 */
export function appInfo(journal: JournalHandle, layout: DataLayout, platform: Platform, sqliteVersion: string): AppInfo {
  const base = { ...facts(layout, platform), sqliteVersion, nativeModuleProblem: null };
  const problem = journal.problem;
  if (problem) return { ...base, schemaVersion: null, journalProblem: problem };
  return { ...base, schemaVersion: journal.db.pragma('user_version', { simple: true }) as number, journalProblem: null };
}

/** While the database module cannot be loaded: everything About shows that does not need it. */
export function appInfoWithoutDatabase(layout: DataLayout, platform: Platform, problem: NativeModuleProblem): AppInfo {
  return { ...facts(layout, platform), schemaVersion: null, sqliteVersion: null, journalProblem: null, nativeModuleProblem: problem };
}
