/**
 * A Vite plugin: `import url from 'some/dictionary/index.dic?prepared'` prepares that hunspell dictionary (with the
 * `.aff` beside it, as hunspell pairs them) at build time and gives the URL of the result, which
 * `openPreparedSpeller` opens in a few milliseconds (see src-shared/review/spelling/prepared.ts). Any `.aff`/`.dic`
 * pair works, so each dialect's dictionary is one more import.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { prepareDictionary } from '../src-shared/review/spelling/prepared.ts';

const QUERY = '?prepared';

export function preparedDictionaries(cacheDir: string): Plugin {
  return {
    name: 'afterword:prepared-dictionaries',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith(`.dic${QUERY}`)) return null;
      const dicPath = id.slice(0, -QUERY.length);
      const affPath = dicPath.replace(/\.dic$/, '.aff');
      const [aff, dic] = [readFileSync(affPath, 'utf8'), readFileSync(dicPath, 'utf8')];
      this.addWatchFile(affPath);
      this.addWatchFile(dicPath);
      // Named for its source and content: an unchanged dictionary is not prepared into a new file.
      const digest = createHash('sha256').update(aff).update('\u0000').update(dic).digest('hex').slice(0, 12);
      const file = join(cacheDir, `${basename(dirname(dicPath))}-${basename(dicPath, '.dic')}-${digest}.dictionary`);
      if (!existsSync(file)) {
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(file, prepareDictionary(aff, dic));
      }
      // Vite's own `?url` handling emits the file as an asset and answers its address, in a build and in dev.
      return `export { default } from ${JSON.stringify(`${file}?url`)};`;
    },
  };
}
