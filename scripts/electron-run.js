// `npm start` / `npm run dev`: make sure Electron and the Electron build of the database module are present,
// then hand over to electron-vite. Where Electron cannot be downloaded, say so and point to browser mode.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { electronBinary, electronInstallScript } from './electron-binary.js';
import { prepareNative } from './prepare-native.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const mode = process.argv[2] === 'dev' ? 'dev' : 'preview';

function ensureElectron() {
  if (electronBinary()) return true;
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD !== '1') {
    console.log('Downloading Electron (first start only)…');
    spawnSync(process.execPath, [electronInstallScript], { cwd: root, stdio: 'inherit' });
  }
  return electronBinary() !== null;
}

if (!ensureElectron()) {
  console.error(
    [
      '',
      'Afterword cannot start as a desktop app: the Electron binary is not installed.',
      process.env.ELECTRON_SKIP_BINARY_DOWNLOAD === '1'
        ? '(ELECTRON_SKIP_BINARY_DOWNLOAD=1 is set, so it was not downloaded.)'
        : '(It could not be downloaded; is this machine offline?)',
      '',
      'You can use the same app in your browser instead:',
      '    npm run web',
      'and open the address it prints.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

try {
  prepareNative();
} catch (error) {
  console.error(`\nAfterword cannot start: ${error.message}\nBrowser mode works without it: npm run web\n`);
  process.exit(1);
}

const result = spawnSync(process.execPath, [fileURLToPath(new URL('../node_modules/electron-vite/bin/electron-vite.js', import.meta.url)), mode], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
