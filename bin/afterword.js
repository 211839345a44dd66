#!/usr/bin/env node
// The `afterword` command: plain JavaScript built from src-main/cli/ into out/cli/ by scripts/build-cli.js
// (run by `npm install` and `npm run build`), so no TypeScript is compiled at start.
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// V8's code cache on disk (Node 22.1+): later starts skip parsing and compiling the bundled dependencies. It lives
// where Node keeps it by default (node-compile-cache in the system's temporary folder, or NODE_COMPILE_CACHE);
// when that cannot be written the command simply compiles as usual, and NODE_DISABLE_COMPILE_CACHE=1 turns it off.
module.enableCompileCache?.();

const entry = new URL('../out/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('afterword: the command has not been built yet. Run `npm run build:cli` (or `npm install`) in the Afterword folder.');
  process.exit(2);
}
const { main } = await import(entry.href);
// The dictionaries the build prepared beside the command (scripts/build-cli.js), which open in milliseconds.
process.exitCode = await main(process.argv.slice(2), undefined, { preparedDictionaries: fileURLToPath(new URL('../out/cli/dictionaries/', import.meta.url)) });
