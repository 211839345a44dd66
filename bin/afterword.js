#!/usr/bin/env node
// The `afterword` command: plain JavaScript built from src-main/cli/ into out/cli/ by scripts/build-cli.js
// (run by `npm install` and `npm run build`), so no TypeScript is compiled at start. It is loaded with a code cache
// of its own (./code-cache.js), which spares later starts the parsing and compiling.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { codeCachedLoader } from './code-cache.js';

const built = fileURLToPath(new URL('../out/cli/', import.meta.url));
if (!existsSync(`${built}main.cjs`)) {
  console.error('afterword: the command has not been built yet. Run `npm run build:cli` (or `npm install`) in the Afterword folder.');
  process.exit(2);
}
const loader = codeCachedLoader();
const { main } = loader.load(`${built}main.cjs`);
// The dictionaries the build prepared beside the command, which open in milliseconds.
process.exitCode = await main(process.argv.slice(2), undefined, { preparedDictionaries: `${built}dictionaries` });
loader.saveCaches();
