/**
 * A Vite plugin: `import methodNames from 'virtual:afterword/method-names'` gives the API contract's method names
 * as a plain list, read from the contract at build time. The preload (and browser mode's page) builds its API client
 * from it without bundling the contract's validation schemas and zod, which every window would otherwise read and
 * run before it can show anything; the main process validates every call.
 */
import type { Plugin } from 'vite';
import { methodNames } from '../src-shared/api/contract.ts';

const ID = 'virtual:afterword/method-names';

export function methodNamesModule(): Plugin {
  return {
    name: 'afterword:method-names',
    resolveId: (id) => (id === ID ? `\0${ID}` : null),
    load: (id) => (id === `\0${ID}` ? `export default ${JSON.stringify(methodNames)};` : null),
  };
}
