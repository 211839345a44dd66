/**
 * better-sqlite3 is a native module, and Node and Electron need different builds of it (different
 * NODE_MODULE_VERSION). `npm install` builds it for Node, which the tests, the command line and browser mode use.
 * The app loads a second build made for Electron by `scripts/prepare-native.js` (run by `npm start` and
 * `npm run dist`) through better-sqlite3's `nativeBinding` option, so neither build ever replaces the other.
 * Whether it loads is checked once, at start, by services/native-module.ts.
 */
import { join, resolve } from 'node:path';
import { app } from 'electron';
import type { NativeModuleOptions } from '../services/native-module.ts';

export function electronBindingPath(): string {
  if (app.isPackaged) return join(process.resourcesPath, 'native', 'better_sqlite3.node');
  // A development copy may be pointed at another build (and the end-to-end spec at a broken one).
  if (process.env.AFTERWORD_NATIVE_BINDING) return resolve(process.env.AFTERWORD_NATIVE_BINDING);
  const folder = `electron-${process.versions.electron}-${process.platform}-${process.arch}`;
  return join(app.getAppPath(), '.native', folder, 'better_sqlite3.node');
}

/** How the native-module screen names this runtime and its fix. */
export function electronNativeModule(): Omit<NativeModuleOptions, 'nativeBinding'> {
  const runtime = `Electron ${process.versions.electron}`;
  if (app.isPackaged) {
    return { runtime, fix: 'Reinstall Afterword from its installer: this copy is missing a part it needs. Your journal is kept.', fixIsCommand: false };
  }
  return { runtime, fix: 'npm run prepare-native', fixIsCommand: true };
}
