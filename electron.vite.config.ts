import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'electron-vite';
import { methodNamesModule } from './scripts/method-names.ts';
import { preparedDictionaries } from './scripts/prepared-dictionaries.ts';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: { index: resolve(root, 'src-main/index.ts') },
        // The bundle loses the source's inline comments; this carries the reviewed scanner verdict from
        // src-main/desktop/window.ts (the preload exposes only the contract's named functions) into out/.
        output: { banner: '// eng-disable PRELOAD_JS_CHECK' },
      },
    },
  },
  preload: {
    // A sandboxed preload cannot load modules: bundle everything, as CommonJS.
    plugins: [methodNamesModule()],
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'src-preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src-renderer'),
    base: './',
    plugins: [svelte({ configFile: resolve(root, 'svelte.config.js') }), methodNamesModule()],
    resolve: {
      alias: {
        '@dictionary-en': resolve(root, 'node_modules/dictionary-en'),
        '@dictionary-en-gb': resolve(root, 'node_modules/dictionary-en-gb'),
        '@dictionary-en-ca': resolve(root, 'node_modules/dictionary-en-ca'),
        '@dictionary-en-au': resolve(root, 'node_modules/dictionary-en-au'),
      },
    },
    // The review worker's spelling dictionaries are prepared at build time (scripts/prepared-dictionaries.ts).
    worker: { format: 'es', plugins: () => [preparedDictionaries(resolve(root, 'node_modules/.cache/afterword-dictionaries'))] },
    build: {
      rollupOptions: { input: { index: resolve(root, 'src-renderer/index.html') } },
      // electron-vite leaves the renderer unminified; minified, a new window has a third less script to read
      // before it can show a note (the worker's bundle follows this setting too).
      minify: true,
    },
  },
});
