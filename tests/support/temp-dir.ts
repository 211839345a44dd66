/**
 * A folder of its own for a test file or suite, removed when it ends: each run of the tests leaves nothing in the
 * system's temporary folder. Call it at the top of the file or of a `describe` (a hook registered inside another
 * hook or a test is not run).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
