/**
 * better-sqlite3 is compiled code that must be built for the exact Node or Electron running it. It is loaded here
 * once, before the journal is touched: a failed load then becomes a problem the page can explain, instead of a
 * journal wrongly called damaged. A failed `.node` load must not be retried in the same process either: the
 * second `dlopen` of the same file only says "Module did not self-register", hiding the real reason.
 */
import Database from 'better-sqlite3';
import type { NativeModuleProblem } from '../../src-shared/api/types.ts';

export type NativeModuleCheck = { ok: true; sqliteVersion: string } | { ok: false; problem: NativeModuleProblem };

export interface NativeModuleOptions {
  /** A `.node` file to load instead of node_modules' build (the desktop app's Electron build). */
  nativeBinding?: string | undefined;
  /** The runtime it must match, in words: `Electron 44.11.5`, `Node 24.22.3`. */
  runtime: string;
  /** The command (or instruction) that fixes it where this runs. */
  fix: string;
  fixIsCommand: boolean;
}

const MISSING = /ENOENT|Cannot find module|Could not locate the bindings file|no such file/i;

export function checkNativeModule(options: NativeModuleOptions): NativeModuleCheck {
  let db: Database.Database | undefined;
  try {
    db = new Database(':memory:', options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    return { ok: true, sqliteVersion: (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v };
  } catch (error) {
    const detail = (error as Error).message ?? String(error);
    const missing = MISSING.test(detail);
    const message = missing
      ? `The part of Afterword that reads and writes your journal (the better-sqlite3 database module) has not been built for ${options.runtime}.`
      : `The part of Afterword that reads and writes your journal (the better-sqlite3 database module) was built for another version than ${options.runtime}, so it cannot be loaded.`;
    return {
      ok: false,
      problem: {
        code: missing ? 'native-missing' : 'native-mismatch',
        message: `${message} Your journal has not been opened or changed.`,
        fix: options.fix,
        fixIsCommand: options.fixIsCommand,
        detail,
      },
    };
  } finally {
    db?.close();
  }
}
