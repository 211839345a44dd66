// Rebuilds out/ when it is missing or older than any source file, so `npm run web` and the end-to-end tests
// always show the current code without paying for a build every time.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from './build-cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const SOURCES = ['src-main', 'src-preload', 'src-renderer', 'src-shared', 'resources', 'electron.vite.config.ts', 'svelte.config.js', 'package.json'];
const OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'out/cli/main.cjs'];

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export async function buildIfNeeded({ force = false } = {}) {
  const outputs = OUTPUTS.map((file) => join(root, file));
  const stale =
    force ||
    outputs.some((file) => !existsSync(file)) ||
    Math.max(...SOURCES.map((source) => join(root, source)).filter(existsSync).map(newestMtime)) >
      Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  if (!stale) return;
  console.log('Building Afterword…');
  const result = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) {
    console.error('The build failed; see the messages above.');
    process.exit(result.status ?? 1);
  }
  await buildCli();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildIfNeeded({ force: process.argv.includes('--force') });
