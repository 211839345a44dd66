/** Shapes that travel through the API. Plain data only: they cross IPC and JSON. */

export type AppMode = 'desktop' | 'browser';

export interface AppInfo {
  name: string;
  version: string;
  mode: AppMode;
  /** Folder that holds the journal and its backups. */
  dataDir: string;
  journalPath: string;
  backupsDir: string;
  /** `PRAGMA user_version` of the open journal. */
  schemaVersion: number;
  sqliteVersion: string;
  /** Versions of the runtime, e.g. `{ node: '20.20.2', electron: '44.11.5' }`. */
  runtime: Record<string, string>;
}
