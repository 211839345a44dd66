/**
 * Build step of the `afterword` command (scripts/build-cli.js runs it right after bundling): puts each dialect's
 * prepared dictionary into out/cli/dictionaries with the manifest `afterword review` finds it by, and opens it in
 * milliseconds. Prepared files are kept in a cache folder named by content (shared with the app's build), so a
 * rebuild with unchanged dictionaries only copies them: preparing all four dialects takes a second or two, copying
 * them a few milliseconds.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { dialects } from '../../src-shared/review/dialects.ts';
import { dictionaryPath } from '../review/node-engine.ts';
import { ensurePreparedDictionary } from '../review/prepared-dictionary-files.ts';
import { writeManifest } from '../review/prepared-manifest.ts';

export function prepareDictionaries(cacheDir: string, outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  const prepared = dialects.map((dialect) => {
    const dicPath = dictionaryPath(dialect);
    const file = basename(ensurePreparedDictionary(cacheDir, dicPath));
    copyFileSync(join(cacheDir, file), join(outDir, file));
    return { dialect, dicPath, file };
  });
  writeManifest(outDir, prepared);
}
