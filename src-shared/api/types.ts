/** Shapes that travel through the API. Plain data only: they cross IPC and JSON. */
import type { BackupInfo } from './journal-types.ts';

export type AppMode = 'desktop' | 'browser';

export interface AppInfo {
  name: string;
  version: string;
  mode: AppMode;
  /** Folder that holds the journal and its backups. */
  dataDir: string;
  journalPath: string;
  backupsDir: string;
  /** `PRAGMA user_version` of the open journal; `null` while it cannot be opened. */
  schemaVersion: number | null;
  /** `null` when the database module itself could not be loaded (`nativeModuleProblem`). */
  sqliteVersion: string | null;
  /** Versions of the runtime, e.g. `{ node: '20.20.2', electron: '44.11.5' }`. */
  runtime: Record<string, string>;
  /** Why the journal could not be opened (the app then offers only the ways out: `recovery.*`), or `null`. */
  journalProblem: JournalProblem | null;
  /**
   * Why the journal's database module (better-sqlite3, compiled code) could not be loaded, or `null`. While it is
   * set, the journal is left untouched and every journal method answers `native-module`; the page shows how to fix it.
   */
  nativeModuleProblem: NativeModuleProblem | null;
}

/** The database module is missing, or was built for another version of Node or Electron than the one running. */
export interface NativeModuleProblem {
  code: 'native-missing' | 'native-mismatch';
  /** What is wrong, in plain words. */
  message: string;
  /** The one command that fixes it, run in the Afterword folder (or, for an installed app, what to do instead). */
  fix: string;
  /** Whether `fix` is a command to type (else it is an instruction, e.g. to reinstall). */
  fixIsCommand: boolean;
  /** The loader's own error, for a bug report. */
  detail: string;
}

/**
 * Why the journal is not open. A damaged or newer journal is set aside and replaced (`recovery.*`); the others
 * wait for their cause to go away (another Afterword closed, the folder writable again, space freed): `recovery.retry`.
 */
export interface JournalProblem {
  code: 'journal-damaged' | 'journal-newer' | 'journal-locked' | 'read-only' | 'permission-denied' | 'folder-missing' | 'disk-full';
  message: string;
}

/** The outcome of `recovery.restoreBackup` and `recovery.startNewJournal`. */
export interface RecoveryResult {
  /** Where the journal that could not be opened now is (with its `-wal`/`-shm`, if it had them). */
  keptAs: string;
  /** The backup now in use as the journal; `null` when a new journal was started. */
  restored: BackupInfo | null;
  /** Newer backups passed over because they could not be opened, with why. */
  skipped: { name: string; message: string }[];
}

/**
 * What the desktop shell asks of the page (a file the OS opened with Afterword, a notification clicked, a menu
 * item chosen). The page collects them with `app.takeShellRequests`; browser mode never has any.
 */
export type ShellRequest =
  | { kind: 'import-invitation'; fileName: string; base64: string }
  | { kind: 'open-due'; key: string }
  | { kind: 'dismiss-due'; key: string }
  | { kind: 'refused-file'; fileName: string; message: string };
