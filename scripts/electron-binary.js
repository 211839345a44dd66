// Finds the Electron binary without triggering the `electron` package's download-on-require.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const electronDir = fileURLToPath(new URL('../node_modules/electron', import.meta.url));

/** Absolute path of the Electron executable, or null when it has not been downloaded. */
export function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : 'electron';
    const candidate = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, name);
    return existsSync(candidate) ? candidate : null;
  }
  if (!existsSync(pathFile)) return null;
  const candidate = join(electronDir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(candidate) ? candidate : null;
}

export const electronInstallScript = join(electronDir, 'install.js');
