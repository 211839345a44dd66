/**
 * Where a prepared dictionary (src-shared/review/spelling/prepared.ts) is kept on disk: one file per `.aff`/`.dic`
 * pair, named for its source and a digest of both files' content. The name is how an unchanged dictionary is found
 * again instead of being prepared anew (the app's build, the command line's build). Build time only: the command
 * line finds its prepared files through prepared-manifest.ts, without hashing anything at start.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { prepareDictionary } from '../../src-shared/review/spelling/prepared.ts';
import { affPathOf } from './prepared-manifest.ts';

/** `dictionary-en-index-0123456789ab.dictionary` for node_modules/dictionary-en/index.dic and its content. */
function preparedDictionaryName(dicPath: string, aff: Uint8Array, dic: Uint8Array): string {
  const digest = createHash('sha256').update(aff).update('\u0000').update(dic).digest('hex').slice(0, 12);
  return `${basename(dirname(dicPath))}-${basename(dicPath, '.dic')}-${digest}.dictionary`;
}

/** Prepares the dictionary at `dicPath` (its `.aff` beside it) into `dir`, unless it is there already; its path. */
export function ensurePreparedDictionary(dir: string, dicPath: string): string {
  const affPath = affPathOf(dicPath);
  const [aff, dic] = [readFileSync(affPath), readFileSync(dicPath)];
  const file = join(dir, preparedDictionaryName(dicPath, aff, dic));
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    // Written aside and renamed, so a build stopped halfway never leaves a truncated file under the final name.
    const partial = `${file}.${process.pid}.partial`;
    const decoder = new TextDecoder('utf-8');
    writeFileSync(partial, prepareDictionary(decoder.decode(aff), decoder.decode(dic)));
    renameSync(partial, file);
  }
  return file;
}
