/**
 * The open journal. Handlers ask for `handle.db` on every call instead of keeping the connection they were built
 * with, so the handle can refuse calls while the journal is unavailable or busy.
 *
 * Before opening, the handle takes the data folder's lock (journal/lock.ts): one writer per journal. A journal
 * that cannot be opened does not stop the app: the handle is then *unavailable*, `problem` says why, and
 * `handle.db` answers that same error to every journal method. A damaged or newer journal waits to be set aside
 * and replaced (services/recovery.ts); a lock held elsewhere, a read-only, missing or full data folder wait for
 * the cause to go away (`retry`).
 */
import { AppError } from '../../src-shared/api/result.ts';
import type { JournalProblem } from '../../src-shared/api/types.ts';
import { acquireJournalLock, openDatabase, storageError, type JournalLock, type OpenOptions } from '../journal/index.ts';
import type { Db } from '../journal/sql.ts';

export interface JournalHandleOptions extends OpenOptions {
  /** The folder the lock is taken on and that messages name. */
  dataDir: string;
  /** Who holds the lock, as other processes will name it ("the Afterword desktop app"). */
  lockOwner: string;
}

export interface JournalHandle {
  readonly path: string;
  /** The current connection; throws the journal's problem while it is unavailable, and once closed for good. */
  readonly db: Db;
  /** Why the journal could not be opened, or `null` while it is open. */
  readonly problem: JournalProblem | null;
  /**
   * Runs `work` while every other call is answered `journal-busy` (a restore writing the whole file): nothing can
   * start a write in the middle of it. Calls arriving meanwhile are retried by the page.
   */
  exclusive<T>(work: (db: Db) => Promise<T>): Promise<T>;
  /**
   * Only while unavailable with a damaged or newer journal: runs `work`, which puts another file in place of the
   * journal (or none, for a new one), then opens it. If that fails too, the handle stays unavailable with the new
   * problem, which is thrown.
   */
  replaceUnavailable<T>(work: () => T): T;
  /** Only while unavailable: tries again to take the lock and open the journal. Answers the problem left, if any. */
  retry(): JournalProblem | null;
  close(): void;
}

const PROBLEM_CODES: ReadonlySet<string> = new Set<JournalProblem['code']>([
  'journal-damaged',
  'journal-newer',
  'journal-locked',
  'read-only',
  'permission-denied',
  'folder-missing',
  'disk-full',
]);

function problemOf(error: unknown): JournalProblem | null {
  if (error instanceof AppError && PROBLEM_CODES.has(error.code)) {
    return { code: error.code as JournalProblem['code'], message: error.message };
  }
  return null;
}

export function openJournalHandle(path: string, options: JournalHandleOptions): JournalHandle {
  let db: Db | null = null;
  let lock: JournalLock | null = null;
  let problem: JournalProblem | null = null;
  let closedForGood = false;
  let busyWith: string | null = null;
  const context = { dataDir: options.dataDir, doing: 'open your journal' };

  function open(): void {
    try {
      lock ??= acquireJournalLock(options.dataDir, options.lockOwner);
      try {
        db = openDatabase(path, options);
      } catch (error) {
        throw storageError(error, context) ?? error;
      }
      problem = null;
    } catch (error) {
      problem = problemOf(error);
      if (!problem) throw error;
      // Damaged or newer: this process keeps the lock while it offers the ways out. Anything else: let go.
      if (problem.code !== 'journal-damaged' && problem.code !== 'journal-newer') {
        lock?.release();
        lock = null;
      }
    }
  }
  open();

  return {
    path,
    get db(): Db {
      if (busyWith) throw new AppError('journal-busy', `The journal is busy ${busyWith}; Afterword will try again in a moment.`);
      if (db) return db;
      if (closedForGood) throw new Error('The journal is closed.');
      if (problem) throw new AppError(problem.code, problem.message);
      throw new Error('The journal is being replaced; try again in a moment.');
    },
    get problem() {
      return problem;
    },
    async exclusive(work) {
      if (!db) throw new Error('The journal is not open.');
      if (busyWith) throw new AppError('journal-busy', `The journal is busy ${busyWith}; try again in a moment.`);
      busyWith = 'restoring a backup';
      try {
        return await work(db);
      } finally {
        busyWith = null;
      }
    },
    replaceUnavailable(work) {
      if (db || closedForGood || !problem || (problem.code !== 'journal-damaged' && problem.code !== 'journal-newer')) {
        throw new AppError('conflict', 'The journal is not waiting to be replaced.');
      }
      const result = work();
      open();
      if (problem) throw new AppError(problem.code, problem.message);
      return result;
    },
    retry() {
      if (db || closedForGood) return null;
      open();
      return problem;
    },
    close() {
      closedForGood = true;
      db?.close();
      db = null;
      lock?.release();
      lock = null;
    },
  };
}
