/** A journal in a temporary data folder, and a fingerprint of its file that any committed write would change. */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodePlatform } from '../../../../src-main/platform/node-platform.ts';
import { createServices, type Services } from '../../../../src-main/services/index.ts';
import type { ErrorCode } from '../../../../src-shared/api/result.ts';

export const NOW = Date.parse('2026-11-20T12:00:00.000Z');

export const KNOWN_ERROR_CODES: readonly ErrorCode[] = [
  'invalid-input',
  'not-found',
  'conflict',
  'journal-newer',
  'journal-locked',
  'journal-busy',
  'disk-full',
  'read-only',
  'permission-denied',
  'folder-missing',
  'journal-damaged',
  'unsupported',
  'forbidden',
  'internal',
];

export interface TempJournal {
  dir: string;
  services: Services;
  /** Log lines the services wrote (an `internal` error logs its stack here). */
  log: string[];
  dispose(): void;
}

export function tempJournal(prefix = 'afterword-hardening-'): TempJournal {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const log: string[] = [];
  const services = createServices({ dataDir: dir, platform: nodePlatform('0.0.0-test'), clock: () => NOW, log: (line) => log.push(line) });
  return {
    dir,
    services,
    log,
    dispose() {
      services.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * SHA-256 of the journal's main file after every committed page has been moved into it (`wal_checkpoint(TRUNCATE)`
 * leaves the `-wal` file empty), plus the size of that `-wal` file. Equal fingerprints mean byte-for-byte the same
 * journal.
 */
export function journalFingerprint(services: Services): string {
  const result = services.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  if (result[0]?.busy !== 0) throw new Error('The checkpoint could not finish; the fingerprint would be meaningless.');
  const path = services.layout.journalPath;
  const wal = `${path}-wal`;
  const walSize = existsSync(wal) ? readFileSync(wal).length : 0;
  return `${createHash('sha256').update(readFileSync(path)).digest('hex')}+wal:${walSize}`;
}
