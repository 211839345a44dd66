#!/usr/bin/env node
// The `afterword` command: plain JavaScript built from src-main/cli/ into out/cli/ by scripts/build-cli.js
// (run by `npm install` and `npm run build`), so no TypeScript is compiled at start. It is loaded with a code cache
// of its own (./code-cache.js), which spares later starts the parsing and compiling. CommonJS (bin/package.json), as
// is everything it loads: Node then starts it without setting up its ES module loader.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { codeCachedLoader } = require('./code-cache.js');

const built = join(__dirname, '../out/cli/');
if (!existsSync(`${built}main.cjs`)) {
  console.error('afterword: the command has not been built yet. Run `npm run build:cli` (or `npm install`) in the Afterword folder.');
  process.exit(2);
}
const loader = codeCachedLoader();
const { main } = loader.load(`${built}main.cjs`);
// The dictionaries the build prepared beside the command, which open in milliseconds.
main(process.argv.slice(2), undefined, { preparedDictionaries: `${built}dictionaries` }).then((code) => {
  process.exitCode = code;
  loader.saveCaches();
});
