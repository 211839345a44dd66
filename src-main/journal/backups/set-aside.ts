/**
 * Keeping a journal Afterword cannot use out of the way, whole: it is renamed (never copied over, never removed)
 * to a name that says what it is, in the same folder, e.g. `journal.damaged-20261122-114500.sqlite3`, together
 * with its `-wal`, `-shm` or `-journal`. The user can take it to a newer Afterword, or to someone who can rescue it.
 */
import { existsSync, renameSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { fsyncDirectory } from './files.ts';

const COMPANIONS = ['-wal', '-shm', '-journal'];

export type SetAsideReason = 'damaged' | 'newer-version';

function stamp(now: number): string {
  return new Date(now).toISOString().replace(/\.\d{3}Z$/, '').replace(/[-:]/g, '').replace('T', '-');
}

/** A name not yet taken by the file nor by any of its companions. */
function freeName(dir: string, base: string, reason: SetAsideReason, now: number, extension: string): string {
  for (let sequence = 1; ; sequence++) {
    const name = `${base}.${reason}-${stamp(now)}${sequence > 1 ? `-${sequence}` : ''}${extension}`;
    if (['', ...COMPANIONS].every((suffix) => !existsSync(join(dir, name + suffix)))) return name;
  }
}

/**
 * Renames the journal at `journalPath` and its companions; answers the new path of the journal file. The
 * companions go first: a `-wal` left behind on its own would be replayed into the next journal made at that path.
 */
export function setAsideJournal(journalPath: string, reason: SetAsideReason, now: number): string {
  const dir = dirname(journalPath);
  const extension = extname(journalPath);
  const target = join(dir, freeName(dir, basename(journalPath, extension), reason, now, extension));
  for (const suffix of [...COMPANIONS, '']) {
    if (existsSync(journalPath + suffix)) renameSync(journalPath + suffix, target + suffix);
  }
  fsyncDirectory(dir);
  return target;
}
