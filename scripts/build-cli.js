// Builds the `afterword` command into out/cli/ as plain JavaScript, so it starts without compiling TypeScript.
// Runs after `npm install` (the `prepare` script) and in `npm run build`; needs no network, about a second.
// Only Afterword's own sources are bundled; packages stay imports of node_modules, as in the app's main bundle.
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
export const cliOutDir = join(root, 'out/cli');

export async function buildCli() {
  await build({
    input: { main: join(root, 'src-main/cli/main.ts') },
    platform: 'node',
    external: (id) => !id.startsWith('.') && !isAbsolute(id),
    logLevel: 'warn',
    output: { dir: cliOutDir, format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', cleanDir: true },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await buildCli();
  } catch (error) {
    console.error(`Could not build the afterword command: ${error.message}`);
    process.exit(1);
  }
}
