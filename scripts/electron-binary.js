// Finds the Electron binary without triggering the `electron` package's download-on-require, honouring the same
// overrides as the `electron` package (ELECTRON_OVERRIDE_DIST_PATH) and electron-vite (ELECTRON_EXEC_PATH), and
// tells which version it is, so the database module is built for the Electron that will actually run.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const electronDir = fileURLToPath(new URL('../node_modules/electron', import.meta.url));

const DEFAULT_EXECUTABLE = { darwin: 'Electron.app/Contents/MacOS/Electron', win32: 'electron.exe' };

/** Absolute path of the Electron executable, or null when it has not been downloaded. */
export function electronBinary(env = process.env) {
  if (env.ELECTRON_EXEC_PATH) return existsSync(env.ELECTRON_EXEC_PATH) ? env.ELECTRON_EXEC_PATH : null;
  const pathFile = join(electronDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : (DEFAULT_EXECUTABLE[process.platform] ?? 'electron');
  if (!env.ELECTRON_OVERRIDE_DIST_PATH && !existsSync(pathFile)) return null;
  const candidate = join(env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist'), executable);
  return existsSync(candidate) ? candidate : null;
}

/**
 * The version of the Electron `electronBinary()` starts, from the `version` file every Electron build carries
 * beside its executable (beside Electron.app on macOS); null when there is no binary or no such file.
 */
export function installedElectronVersion(env = process.env) {
  const binary = electronBinary(env);
  if (!binary) return null;
  let dir = dirname(binary);
  for (let depth = 0; depth < 4; depth++, dir = dirname(dir)) {
    const file = join(dir, 'version');
    if (existsSync(file)) return readFileSync(file, 'utf8').trim().replace(/^v/, '');
  }
  return null;
}

/** The version of the `electron` package in node_modules: what electron-builder packages into installers. */
export function packagedElectronVersion() {
  return JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
}

export const electronInstallScript = join(electronDir, 'install.js');
