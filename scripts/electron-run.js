// `npm start` / `npm run dev`: make sure Electron and the Electron build of the database module are present,
// then hand over to electron-vite, passing on Electron switches given after `--` (`npm start -- --no-sandbox`).
// Where Electron cannot be downloaded, say so and point to browser mode.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { electronBinary, electronInstallScript } from './electron-binary.js';
import { linuxSandbox, planLaunch } from './electron-launch.js';
import { prepareNative } from './prepare-native.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const mode = process.argv[2] === 'dev' ? 'dev' : 'preview';

function ensureElectron() {
  if (electronBinary()) return true;
  // An override that points nowhere is a mistake to report, not a reason to download another Electron.
  const override = process.env.ELECTRON_EXEC_PATH || process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!override && process.env.ELECTRON_SKIP_BINARY_DOWNLOAD !== '1') {
    console.log('Downloading Electron (first start only)…');
    spawnSync(process.execPath, [electronInstallScript], { cwd: root, stdio: 'inherit' });
  }
  return electronBinary() !== null;
}

if (!ensureElectron()) {
  const override = process.env.ELECTRON_EXEC_PATH
    ? `(ELECTRON_EXEC_PATH=${process.env.ELECTRON_EXEC_PATH} is not an executable file.)`
    : process.env.ELECTRON_OVERRIDE_DIST_PATH
      ? `(ELECTRON_OVERRIDE_DIST_PATH=${process.env.ELECTRON_OVERRIDE_DIST_PATH} holds no Electron executable.)`
      : null;
  console.error(
    [
      '',
      'Afterword cannot start as a desktop app: the Electron binary is not installed.',
      override ??
        (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD === '1'
          ? '(ELECTRON_SKIP_BINARY_DOWNLOAD=1 is set, so it was not downloaded.)'
          : '(It could not be downloaded; is this machine offline?)'),
      '',
      'You can use the same app in your browser instead:',
      '    npm run web',
      'and open the address it prints.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

const electronPath = electronBinary();
const plan = planLaunch({
  mode,
  args: process.argv.slice(3),
  env: process.env,
  electronPath,
  platform: process.platform,
  uid: process.getuid?.(),
  sandbox: process.platform === 'linux' ? linuxSandbox(electronPath) : undefined,
});
if (!plan.ok) {
  console.error(`\n${plan.message}\n`);
  process.exit(1);
}
if (plan.advice) console.warn(`\n${plan.advice}\n`);

try {
  prepareNative();
} catch (error) {
  console.error(`\nAfterword cannot start: ${error.message}\nBrowser mode works without it: npm run web\n`);
  process.exit(1);
}

const result = spawnSync(process.execPath, [fileURLToPath(new URL('../node_modules/electron-vite/bin/electron-vite.js', import.meta.url)), ...plan.viteArgs], {
  cwd: root,
  stdio: 'inherit',
  env: plan.env,
});
process.exit(result.status ?? 1);
