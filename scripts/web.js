// `npm run web -- [--port N] [--data-dir DIR]`: build if needed, then serve the app and its bridge on 127.0.0.1.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './build-if-needed.js';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!process.argv.includes('--help') && !process.argv.includes('-h')) await buildIfNeeded();

const child = spawn(process.execPath, ['--import', 'tsx', 'src-main/web/main.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
