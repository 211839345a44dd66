/**
 * What a backup holds, read from the backup itself (read-only, never migrated or changed): how many records of each
 * kind and its newest note, so the user can tell backups apart before restoring one. Kept apart from the backup
 * files' own handling: it only needs a path.
 */
import Database from 'better-sqlite3';
import type { BackupSummary, FollowUpKind } from '../../../src-shared/api/journal-types.ts';
import { AppError } from '../../../src-shared/api/result.ts';

export function summarizeBackup(path: string, nativeBinding?: string): BackupSummary {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (error) {
    throw new AppError('not-found', `That backup could not be opened (${(error as Error).message}).`);
  }
  try {
    const n = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const newest = db
      .prepare(
        `SELECT f.kind, f.updated_at AS at, a.company, p.name AS recipient
         FROM followups f JOIN applications a ON a.id = f.application_id LEFT JOIN people p ON p.id = f.recipient_id
         ORDER BY f.updated_at DESC, f.id DESC LIMIT 1`,
      )
      .get() as { kind: FollowUpKind; at: string; company: string; recipient: string | null } | undefined;
    return {
      counts: { people: n('people'), applications: n('applications'), interviews: n('interviews'), followUps: n('followups') },
      newestNote: newest ? { kind: newest.kind, company: newest.company, recipient: newest.recipient, updatedAt: newest.at } : null,
    };
  } catch (error) {
    throw new AppError('journal-damaged', `That backup could not be read (${(error as Error).message}).`);
  } finally {
    db.close();
  }
}
