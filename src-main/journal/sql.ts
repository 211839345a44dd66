/** Small helpers every repository uses: cached statements, timestamps and the errors a user can act on. */
import type Database from 'better-sqlite3';
import { AppError, type FieldIssue } from '../../src-shared/api/result.ts';

export type Db = Database.Database;

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/** A prepared statement, compiled once per connection: the hot paths (autosave, due list) run many times a second. */
export function sql(db: Db, text: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(text);
  if (!statement) {
    statement = db.prepare(text);
    cache.set(text, statement);
  }
  return statement;
}

export const isoNow = (now: number = Date.now()): string => new Date(now).toISOString();

export function notFound(what: string): AppError {
  return new AppError('not-found', `This ${what} is not in the journal (it may have been deleted).`);
}

export function invalid(path: string, message: string): AppError {
  return invalidFields([{ path, message }]);
}

export function invalidFields(fields: FieldIssue[]): AppError {
  return new AppError('invalid-input', fields[0]?.message ?? 'The request was not valid.', fields);
}

/**
 * Refuses an update made from an older copy of the record: `base` is the revision the screen loaded, `current` the
 * stored one. Without a base (a caller that does not track revisions) the update goes ahead.
 */
export function assertRevision(what: string, current: number, base: number | undefined): void {
  if (base === undefined || base === current) return;
  throw new AppError(
    'conflict',
    `This ${what} was changed in another window or tab after you opened it, so your changes were not saved and nothing was overwritten. ` +
      'Compare the two versions, then keep one of them.',
  );
}

/** Runs `work` in one immediate transaction: either every row is written or none is. */
export function inTransaction<T>(db: Db, work: () => T): T {
  return db.transaction(work).immediate();
}

/** Escapes `%`, `_` and `\` for a `LIKE … ESCAPE '\'` pattern that matches `text` anywhere. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Marks an application as having just seen activity (a new interview, a note sent), so it rises in the list. */
export function touchApplication(db: Db, id: number, now: number = Date.now()): void {
  sql(db, 'UPDATE applications SET updated_at = ? WHERE id = ?').run(isoNow(now), id);
}

/**
 * Instants are stored in one fixed form (`…T15:00:00.000Z`) so that comparing the text compares the times, which
 * the indexes and the due rules rely on. Schemas already normalise; this covers callers that bypass them.
 */
export function utc(value: string): string;
export function utc(value: string | null | undefined): string | null | undefined;
export function utc(value: string | null | undefined): string | null | undefined {
  return value == null ? value : new Date(value).toISOString();
}
