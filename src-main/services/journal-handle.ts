/**
 * The open journal, which a restore replaces: handlers ask for `handle.db` on every call instead of keeping the
 * connection they were built with, so they keep working on whichever file is the journal now.
 */
import { openDatabase, type OpenOptions } from '../journal/index.ts';
import type { Db } from '../journal/sql.ts';

export interface JournalHandle {
  readonly path: string;
  /** The current connection; throws once the journal is closed for good. */
  readonly db: Db;
  /** Closes the journal, runs `work` on its file, then opens it again (also when `work` failed). */
  whileClosed<T>(work: () => T): T;
  close(): void;
}

export function openJournalHandle(path: string, options: OpenOptions = {}): JournalHandle {
  let db: Db | null = openDatabase(path, options);
  let closedForGood = false;
  return {
    path,
    get db(): Db {
      if (!db) throw new Error(closedForGood ? 'The journal is closed.' : 'The journal is being replaced; try again in a moment.');
      return db;
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
    close() {
      closedForGood = true;
      db?.close();
      db = null;
    },
  };
}
