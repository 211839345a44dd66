/**
 * One writer per journal. Two processes writing one journal is how saves get lost: a restore in one of them used
 * to rename a file over the journal the other still had open, and the other went on answering "saved" into the
 * replaced file. So whatever opens a journal to write (the desktop app, browser mode) first takes this lock: a file
 * `afterword.lock` in the data folder, created exclusively (O_EXCL), naming its owner. A second process finds it
 * and stops with a message that names the folder, the owner and since when.
 *
 * A process that died (a crash, a kill) leaves its lock behind; the next one sees that its owner is gone (same
 * machine, no such process) and takes over. A lock from another machine (a synced or network folder) is never
 * taken over automatically: its owner cannot be checked from here.
 */
import { closeSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../src-shared/api/result.ts';
import { storageError } from './storage-errors.ts';

export const LOCK_FILE = 'afterword.lock';

/** What a lock file says about its owner. */
export interface LockOwner {
  pid: number;
  host: string;
  /** What kind of Afterword holds it: the desktop app, browser mode, … */
  kind: string;
  /** When it was taken (ISO 8601). */
  since: string;
}

export interface JournalLock {
  readonly path: string;
  readonly owner: LockOwner;
  /** Removes the lock file if it is still ours. */
  release(): void;
}

function readOwner(path: string): LockOwner | null {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string' || typeof value.since !== 'string') return null;
    return { pid: value.pid, host: value.host, kind: typeof value.kind === 'string' ? value.kind : 'Afterword', since: value.since };
  } catch {
    return null;
  }
}

/** Whether a process with this id exists on this machine (EPERM: it exists but belongs to someone else). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function lockedMessage(dataDir: string, owner: LockOwner): string {
  const since = new Date(owner.since);
  const when = Number.isNaN(since.getTime()) ? owner.since : since.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const where = owner.host === hostname() ? `process ${owner.pid}` : `process ${owner.pid} on the computer “${owner.host}”`;
  return (
    `The journal in ${dataDir} is already open in ${owner.kind} (${where}, since ${when}). ` +
    'Only one Afterword at a time may write to a journal, so nothing here was opened or changed. ' +
    'Close the other one and try again, or start this one with another data folder (--data-dir or AFTERWORD_DATA_DIR).'
  );
}

/** A lock file whose owner cannot be running any more: a process on this machine that has gone. */
function isStale(owner: LockOwner): boolean {
  return owner.host === hostname() && owner.pid !== process.pid && !isRunning(owner.pid);
}

function isFresh(path: string): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs < 2_000;
  } catch {
    return false;
  }
}

function tryCreate(path: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${JSON.stringify(owner)}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Takes the lock on `dataDir`, or throws `journal-locked` naming its owner. A stale lock is moved aside under a
 * name of this process's own before the new one is created, so two processes clearing the same stale lock cannot
 * both end up holding it: only one of them creates the new file.
 */
export function acquireJournalLock(dataDir: string, kind: string): JournalLock {
  const path = join(dataDir, LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, host: hostname(), kind, since: new Date().toISOString() };
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      if (tryCreate(path, owner)) return ownedLock(path, owner);
      const current = readOwner(path);
      if (current && current.pid === process.pid && current.host === owner.host) {
        throw new AppError('journal-locked', lockedMessage(dataDir, current) + ' (It is open twice in this process.)');
      }
      if (current && !isStale(current)) throw new AppError('journal-locked', lockedMessage(dataDir, current));
      if (!current && isFresh(path)) {
        // An unreadable lock written a moment ago is most likely one another process is writing this instant.
        throw new AppError('journal-locked', `Another Afterword is opening the journal in ${dataDir} right now. Close it, or try again in a moment.`);
      }
      const aside = `${path}.stale-${process.pid}`;
      try {
        renameSync(path, aside);
        rmSync(aside, { force: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  } catch (error) {
    throw storageError(error, { dataDir, doing: 'open your journal' }) ?? error;
  }
  throw new AppError('journal-locked', `Another Afterword keeps taking the lock on ${dataDir}. Close the other one and try again.`);
}

/** Locks this process holds, released on an ordinary exit that skipped close(); a kill leaves a stale lock. */
const held = new Set<() => void>();
let exitHookInstalled = false;

function ownedLock(path: string, owner: LockOwner): JournalLock {
  const release = () => {
    if (!held.delete(release)) return;
    const current = readOwner(path);
    if (current && current.pid === owner.pid && current.since === owner.since) rmSync(path, { force: true });
  };
  held.add(release);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => [...held].forEach((release) => release()));
  }
  return { path, owner, release };
}
