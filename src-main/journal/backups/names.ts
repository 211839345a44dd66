/**
 * Backup file names: `journal-YYYYMMDD-HHMMSS.sqlite3` in UTC, so names sort by time and never shift with the
 * clocks. A second backup within the same second gets `-2`, `-3`, …. Only files named this way are ever listed,
 * restored or pruned: anything else a user keeps in the folder is left alone.
 */
import { BACKUP_NAME as NAME } from '../../../src-shared/api/journal-schemas.ts';

export interface ParsedBackupName {
  /** The moment in the name, to the second. */
  time: number;
  /** 1 for the first backup of that second. */
  sequence: number;
}

export function parseBackupName(name: string): ParsedBackupName | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, seq] = m.map(Number) as [number, number, number, number, number, number, number, number];
  const time = Date.UTC(y, mo - 1, d, h, mi, s);
  const date = new Date(time);
  // Rejects 2026-02-30 and 25:00, which Date.UTC would silently roll over.
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  return { time, sequence: Number.isNaN(seq) ? 1 : seq };
}

export function backupName(now: number, sequence = 1): string {
  const stamp = new Date(now).toISOString().replace(/\.\d{3}Z$/, '').replace(/[-:]/g, '').replace('T', '-');
  return `journal-${stamp}${sequence > 1 ? `-${sequence}` : ''}.sqlite3`;
}

/** Newest first. */
export function compareNewestFirst(a: ParsedBackupName, b: ParsedBackupName): number {
  return b.time - a.time || b.sequence - a.sequence;
}
