/**
 * Temporary files: half-made backups, staged restores, exports being written. Each is written under a name that
 * says what it is (`.afterword-tmp-<purpose>-<pid>-<time>…`), and only renamed to its real name once complete, so
 * a file with a real name is always whole. A process killed half-way leaves its temporary file behind; the next
 * start removes every one (in the data folder and its backups, and wherever a tracked export was being written),
 * so an interrupted restore of a large journal cannot slowly fill the disk. They are never listed as backups.
 */
import { appendFileSync, existsSync, linkSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { DataLayout } from '../paths.ts';

const PREFIX = '.afterword-tmp-';
const COMPANIONS = ['', '-wal', '-shm', '-journal'];
/** Where temporary files outside the data folder (exports) are noted while they exist, one path a line. */
const TRACKING_FILE = `${PREFIX}tracked.txt`;

let counter = 0;

/** A fresh temporary path in `dir` for `purpose` (`backup`, `restore`, `export`…), ending like `extension`. */
export function temporaryPath(dir: string, purpose: string, extension = ''): string {
  counter += 1;
  return join(dir, `${PREFIX}${purpose}-${process.pid}-${Date.now()}-${counter}${extension}`);
}

/**
 * Names left by this or an earlier version: ours, and the two older forms (`journal-….sqlite3.partial` in the
 * backups folder, `.restoring-….sqlite3` in the data folder).
 */
export function isTemporaryName(name: string): boolean {
  return name.startsWith(PREFIX) || /\.partial(-wal|-shm|-journal)?$/.test(name) || /^\.restoring-\d+-\d+\.sqlite3/.test(name);
}

/** Removes a temporary file and the companions SQLite may have made beside it. */
export function removeTemporary(path: string): void {
  for (const suffix of COMPANIONS) rmSync(path + suffix, { force: true });
}

let trackingDir: string | null = null;

/** Temporary files made outside the data folder from now on are noted in `dataDir`, to be cleared at next start. */
export function trackTemporaryFilesIn(dataDir: string): void {
  trackingDir = dataDir;
}

/** Notes a temporary path outside the data folder before it is created. */
export function trackTemporary(path: string): void {
  if (!trackingDir) return;
  try {
    appendFileSync(join(trackingDir, TRACKING_FILE), `${path}\n`);
  } catch {
    // Noting is a courtesy: a full or read-only data folder must not stop an export to somewhere else.
  }
}

function removeTracked(dataDir: string, log: (message: string) => void): number {
  const list = join(dataDir, TRACKING_FILE);
  let paths: string[];
  try {
    paths = readFileSync(list, 'utf8').split('\n').filter(Boolean);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const path of paths) {
    // Only ever a file named as ours: the list could have been edited by hand.
    if (!basename(path).startsWith(PREFIX)) continue;
    try {
      rmSync(path, { force: true });
      removed++;
    } catch (error) {
      log(`[afterword] could not remove the leftover ${path}: ${(error as Error).message}`);
    }
  }
  writeFileSync(list, '');
  return removed;
}

/**
 * Called once at start-up by the process that holds the journal's lock (so no other process is mid-backup):
 * removes every temporary file an interrupted earlier run left. Answers how many files were removed.
 */
export function removeLeftovers(layout: DataLayout, log: (message: string) => void = console.error): number {
  let removed = 0;
  for (const dir of [layout.dataDir, layout.backupsDir]) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      if (!isTemporaryName(name) || name === TRACKING_FILE) continue;
      try {
        rmSync(join(dir, name), { force: true });
        removed++;
      } catch (error) {
        log(`[afterword] could not remove the leftover ${join(dir, name)}: ${(error as Error).message}`);
      }
    }
  }
  try {
    removed += removeTracked(layout.dataDir, log);
  } catch (error) {
    log(`[afterword] could not clear the list of temporary files: ${(error as Error).message}`);
  }
  trackTemporaryFilesIn(layout.dataDir);
  return removed;
}

/**
 * Writes `content` to `path` whole or not at all: into a tracked temporary file beside it, then renamed into
 * place. With `exclusive`, an existing file at `path` is never replaced (EEXIST, as `writeFile`'s `wx` flag).
 * A kill half-way leaves only the temporary file, which the next start removes.
 */
export async function writeFileWhole(path: string, content: string | Uint8Array, options: { exclusive?: boolean } = {}): Promise<void> {
  if (options.exclusive && existsSync(path)) {
    throw Object.assign(new Error(`EEXIST: file already exists, open '${path}'`), { code: 'EEXIST', path });
  }
  const temporary = temporaryPath(dirname(path), 'export');
  trackTemporary(temporary);
  try {
    await writeFile(temporary, content, { flag: 'wx' });
    if (options.exclusive) {
      // A hard link fails if the name was taken meanwhile; where links are not supported (FAT), a rename will do.
      try {
        linkSync(temporary, path);
        rmSync(temporary, { force: true });
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
      }
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
