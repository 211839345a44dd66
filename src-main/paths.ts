/**
 * Where the journal lives. The desktop app and browser mode lay out their data folder the same way, so a folder
 * can be opened by either.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Afterword';

export interface DataLayout {
  dataDir: string;
  journalPath: string;
  backupsDir: string;
}

export function dataLayout(dataDir: string): DataLayout {
  return {
    dataDir,
    journalPath: join(dataDir, 'journal.sqlite3'),
    backupsDir: join(dataDir, 'backups'),
  };
}

/**
 * The per-user folder, computed the way Electron computes `app.getPath('userData')` for an app named Afterword,
 * so browser mode and the desktop app find the same journal by default.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), APP_NAME);
}
