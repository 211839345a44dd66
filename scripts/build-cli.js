// Builds the `afterword` command into out/cli/ as plain JavaScript, so it starts without compiling TypeScript, and
// puts each dialect's prepared spelling dictionary into out/cli/dictionaries/ (see src-main/cli/prepare-dictionaries.ts).
// Runs after `npm install` (the `prepare` script) and in `npm run build`; needs no network, about a second (a few
// more the first time, while the dictionaries are prepared).
// The packages are bundled too, unlike in the app's main bundle: a command started once per note pays for every file
// Node resolves and reads, and one chunk per command (main, review, eml) is a fraction of the hundred-odd modules of
// retext, unified, zod and their helpers. Only Node's own modules stay imports; the dictionary packages are read
// as files (src-main/review/node-engine.ts), not imported.
import { builtinModules, createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
export const cliOutDir = join(root, 'out/cli');
/** Where prepared dictionaries are kept between builds, by content; the app's build uses the same folder. */
const dictionaryCache = join(root, 'node_modules/.cache/afterword-dictionaries');

export async function buildCli() {
  await build({
    input: { main: join(root, 'src-main/cli/main.ts'), 'prepare-dictionaries': join(root, 'src-main/cli/prepare-dictionaries.ts') },
    platform: 'node',
    external: (id) => id.startsWith('node:') || builtinModules.includes(id),
    logLevel: 'warn',
    // CommonJS, so bin/code-cache.js can compile each chunk with a code cache made after a run (chunk names carry a
    // hash of their content, which is what that cache is keyed by).
    output: { dir: cliOutDir, format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs', cleanDir: true },
  });
  const { prepareDictionaries } = createRequire(import.meta.url)(join(cliOutDir, 'prepare-dictionaries.cjs'));
  prepareDictionaries(dictionaryCache, join(cliOutDir, 'dictionaries'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await buildCli();
  } catch (error) {
    console.error(`Could not build the afterword command: ${error.message}`);
    process.exit(1);
  }
}
