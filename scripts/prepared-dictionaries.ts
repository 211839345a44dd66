/**
 * A Vite plugin: `import url from 'some/dictionary/index.dic?prepared'` prepares that hunspell dictionary (with the
 * `.aff` beside it, as hunspell pairs them) at build time and gives the URL of the result, which
 * `openPreparedSpeller` opens in a few milliseconds (see src-shared/review/spelling/prepared.ts). Any `.aff`/`.dic`
 * pair works, so each dialect's dictionary is one more import.
 */
import type { Plugin } from 'vite';
import { ensurePreparedDictionary } from '../src-main/review/prepared-dictionary-files.ts';
import { affPathOf } from '../src-main/review/prepared-manifest.ts';

const QUERY = '?prepared';

export function preparedDictionaries(cacheDir: string): Plugin {
  return {
    name: 'afterword:prepared-dictionaries',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith(`.dic${QUERY}`)) return null;
      const dicPath = id.slice(0, -QUERY.length);
      this.addWatchFile(affPathOf(dicPath));
      this.addWatchFile(dicPath);
      // Named for its source and content: an unchanged dictionary is not prepared into a new file.
      const file = ensurePreparedDictionary(cacheDir, dicPath);
      // Vite's own `?url` handling emits the file as an asset and answers its address, in a build and in dev.
      return `export { default } from ${JSON.stringify(`${file}?url`)};`;
    },
  };
}
