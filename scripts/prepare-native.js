// Builds better-sqlite3 for Electron's ABI into .native/, beside (never instead of) the Node build that
// `npm install` made for tests, the command line and browser mode. The app loads it through better-sqlite3's
// `nativeBinding` option (see src-main/desktop/native-binding.ts). Needs internet once per Electron version:
// a prebuilt binary, or Electron's headers to compile one.
//
// It builds for the Electron that will run: the binary's own version (so ELECTRON_OVERRIDE_DIST_PATH or
// ELECTRON_EXEC_PATH pointing at another Electron gets a module for that one), else the installed package's.
// `npm start` builds once per version; `npm run prepare-native` (this file run directly) always builds afresh,
// which is the fix for a module that is there but does not load.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installedElectronVersion, packagedElectronVersion } from './electron-binary.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/** The version of the Electron that `npm start` will run. */
export function electronVersion(env = process.env) {
  return installedElectronVersion(env) ?? packagedElectronVersion();
}

export function electronBindingPath(version = electronVersion(), platform = process.platform, arch = process.arch) {
  return join(root, '.native', `electron-${version}-${platform}-${arch}`, 'better_sqlite3.node');
}

export function prepareNative({ quiet = false, force = false, version = electronVersion() } = {}) {
  const target = electronBindingPath(version);
  if (existsSync(target) && !force) return target;
  const log = quiet ? () => {} : (message) => console.log(message);
  log(`Preparing the journal's database module for Electron ${version} (once per Electron version)…`);

  const source = dirname(require.resolve('better-sqlite3/package.json'));
  const work = mkdtempSync(join(tmpdir(), 'afterword-native-'));
  try {
    for (const part of ['package.json', 'binding.gyp', 'src', 'deps', 'lib']) cpSync(join(source, part), join(work, part), { recursive: true });
    // npm's `nodedir` setting would make node-gyp compile against Node's headers instead of Electron's.
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_(nodedir|target|runtime|disturl)$/i.test(key)));
    const run = (command, args) => spawnSync(process.execPath, [command, ...args], { cwd: work, env, stdio: quiet ? 'ignore' : 'inherit' }).status === 0;

    const prebuilt = run(require.resolve('prebuild-install/bin.js'), ['--runtime', 'electron', '--target', version, '--arch', process.arch, '--platform', process.platform]);
    const built =
      prebuilt ||
      run(require.resolve('node-gyp/bin/node-gyp.js', { paths: [dirname(process.execPath), join(dirname(process.execPath), '../lib/node_modules/npm/node_modules')] }), [
        'rebuild',
        '--release',
        '--runtime=electron',
        `--target=${version}`,
        `--arch=${process.arch}`,
        '--dist-url=https://electronjs.org/headers',
      ]);
    const output = join(work, 'build/Release/better_sqlite3.node');
    if (!built || !existsSync(output)) {
      throw new Error(
        `Could not build better-sqlite3 for Electron ${version}: neither a prebuilt binary nor Electron's headers could be downloaded. ` +
          'Connect to the internet and run `npm start` again.',
      );
    }
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(output, target);
    log(`Built ${target}`);
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    prepareNative({ force: true });
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
