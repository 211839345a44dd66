#!/usr/bin/env node
// The `afterword` command: plain JavaScript built from src-main/cli/ into out/cli/ by scripts/build-cli.js
// (run by `npm install` and `npm run build`), so no TypeScript is compiled at start.
import { existsSync } from 'node:fs';
import module from 'node:module';

// V8's code cache on disk (Node 22.1+): later starts skip parsing and compiling the bundled dependencies.
module.enableCompileCache?.();

const entry = new URL('../out/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('afterword: the command has not been built yet. Run `npm run build:cli` (or `npm install`) in the Afterword folder.');
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
