/**
 * The open journal, which a restore replaces: handlers ask for `handle.db` on every call instead of keeping the
 * connection they were built with, so they keep working on whichever file is the journal now.
 *
 * A journal that cannot be opened (damaged, or written by a newer Afterword) does not stop the app: the handle is
 * then *unavailable*, `problem` says why, and `handle.db` answers that same error to every journal method until
 * the file is set aside and replaced (see services/recovery.ts).
 */
import { AppError } from '../../src-shared/api/result.ts';
import type { JournalProblem } from '../../src-shared/api/types.ts';
import { openDatabase, type OpenOptions } from '../journal/index.ts';
import type { Db } from '../journal/sql.ts';

export interface JournalHandle {
  readonly path: string;
  /** The current connection; throws the journal's problem while it is unavailable, and once closed for good. */
  readonly db: Db;
  /** Why the journal could not be opened, or `null` while it is open. */
  readonly problem: JournalProblem | null;
  /** Closes the journal, runs `work` on its file, then opens it again (also when `work` failed). */
  whileClosed<T>(work: () => T): T;
  /**
   * Only while unavailable: runs `work`, which puts another file in place of the journal (or none, for a new
   * one), then opens it. If that fails too, the handle stays unavailable with the new problem, which is thrown.
   */
  replaceUnavailable<T>(work: () => T): T;
  close(): void;
}

function problemOf(error: unknown): JournalProblem | null {
  if (error instanceof AppError && (error.code === 'journal-damaged' || error.code === 'journal-newer')) {
    return { code: error.code, message: error.message };
  }
  return null;
}

export function openJournalHandle(path: string, options: OpenOptions = {}): JournalHandle {
  let db: Db | null = null;
  let problem: JournalProblem | null = null;
  let closedForGood = false;

  function open(): void {
    try {
      db = openDatabase(path, options);
      problem = null;
    } catch (error) {
      problem = problemOf(error);
      if (!problem) throw error;
    }
  }
  open();

  return {
    path,
    get db(): Db {
      if (db) return db;
      if (closedForGood) throw new Error('The journal is closed.');
      if (problem) throw new AppError(problem.code, problem.message);
      throw new Error('The journal is being replaced; try again in a moment.');
    },
    get problem() {
      return problem;
    },
    whileClosed(work) {
      if (!db) throw new Error('The journal is not open.');
      db.close();
      db = null;
      try {
        return work();
      } finally {
        db = openDatabase(path, options);
      }
    },
    replaceUnavailable(work) {
      if (db || !problem || closedForGood) throw new Error('The journal is not waiting to be replaced.');
      const result = work();
      open();
      if (problem) throw new AppError(problem.code, problem.message);
      return result;
    },
    close() {
      closedForGood = true;
      db?.close();
      db = null;
    },
  };
}
