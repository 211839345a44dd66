/**
 * A small file system of the test's own, to fill up or make read-only: a tmpfs mounted on a temporary folder.
 * Mounting needs root (as the development and CI machines run); where it is refused, `mountSmallDisk` answers
 * `null` and the tests stage the same condition inside SQLite instead (see each test).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SmallDisk {
  dir: string;
  readOnly(): void;
  writable(): void;
  unmount(): void;
}

export function mountSmallDisk(sizeKb: number): SmallDisk | null {
  const dir = mkdtempSync(join(tmpdir(), 'afterword-small-disk-'));
  const mount = (...args: string[]) => execFileSync('mount', args, { stdio: 'pipe' });
  try {
    mount('-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir);
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  return {
    dir,
    readOnly: () => mount('-o', 'remount,ro', dir),
    writable: () => mount('-o', 'remount,rw', dir),
    unmount() {
      execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
