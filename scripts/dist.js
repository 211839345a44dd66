// `npm run dist`: installers with electron-builder. Needs internet (Electron itself, and better-sqlite3 built
// for Electron); it cannot run on an offline machine.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './build-if-needed.js';
import { packagedElectronVersion } from './electron-binary.js';
import { prepareNative } from './prepare-native.js';

const root = fileURLToPath(new URL('..', import.meta.url));
try {
  // For the Electron electron-builder puts in the installers (the package's version), not a local override.
  const binding = prepareNative({ version: packagedElectronVersion() });
  mkdirSync(join(root, '.native/current'), { recursive: true });
  copyFileSync(binding, join(root, '.native/current/better_sqlite3.node'));
} catch (error) {
  console.error(`Cannot package: ${error.message}`);
  process.exit(1);
}
await buildIfNeeded({ force: true });
const result = spawnSync(process.execPath, [join(root, 'node_modules/electron-builder/out/cli/cli.js'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
