/**
 * better-sqlite3 is a native module, and Node and Electron need different builds of it (different
 * NODE_MODULE_VERSION). `npm install` builds it for Node, which the tests, the command line and browser mode use.
 * The app loads a second build made for Electron by `scripts/prepare-native.js` (run by `npm start` and
 * `npm run dist`) through better-sqlite3's `nativeBinding` option, so neither build ever replaces the other.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app } from 'electron';

export function electronBindingPath(): string {
  if (app.isPackaged) return join(process.resourcesPath, 'native', 'better_sqlite3.node');
  const folder = `electron-${process.versions.electron}-${process.platform}-${process.arch}`;
  return join(app.getAppPath(), '.native', folder, 'better_sqlite3.node');
}

export function requireElectronBinding(): string {
  const path = electronBindingPath();
  if (!existsSync(path)) {
    throw new Error(
      `The journal's database module has not been built for Electron ${process.versions.electron} (${path} is missing). ` +
        'Start the app with `npm start`, which builds it, or run `node scripts/prepare-native.js`.',
    );
  }
  return path;
}
