// `npm start` / `npm run dev` on real machines: Electron switches pass through, root and the Linux sandbox get a
// plain explanation with the fix, and an Electron chosen by ELECTRON_OVERRIDE_DIST_PATH or ELECTRON_EXEC_PATH is
// the one that starts and the one the database module is built for.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { electronBinary, installedElectronVersion, packagedElectronVersion } from '../../scripts/electron-binary.js';
import { planLaunch, ROOT_MESSAGE } from '../../scripts/electron-launch.js';
import { electronBindingPath, electronVersion } from '../../scripts/prepare-native.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const temporary: string[] = [];
afterAll(() => temporary.forEach((path) => rmSync(path, { recursive: true, force: true })));

/** An Electron build folder whose `electron` records how it was started, and its `version` file. */
function fakeElectronDist(version: string): { dist: string; log: string } {
  const dist = mkdtempSync(join(tmpdir(), 'afterword-fake-electron-'));
  temporary.push(dist);
  const log = join(dist, 'started-with.txt');
  writeFileSync(join(dist, 'electron'), `#!/bin/sh\nprintf '%s\\n' "$@" > "${log}"\n`);
  chmodSync(join(dist, 'electron'), 0o755);
  writeFileSync(join(dist, 'version'), `${version}\n`);
  return { dist, log };
}

const base = { mode: 'preview' as const, env: {}, electronPath: '/opt/electron/electron', platform: 'linux' as const, uid: 1000 };

describe('starting Electron', () => {
  it('should pass Electron switches after `--` on to Electron, through electron-vite', () => {
    const plan = planLaunch({ ...base, args: ['--no-sandbox', '--enable-logging'] });
    expect(plan).toMatchObject({ ok: true, viteArgs: ['preview', '--', '--no-sandbox', '--enable-logging'], advice: null });
    expect(planLaunch({ ...base, mode: 'dev', args: [] })).toMatchObject({ ok: true, viteArgs: ['dev'] });
  });

  it('should hand electron-vite the binary it found, so an override reaches it too', () => {
    const plan = planLaunch({ ...base, args: [] });
    expect(plan.ok && plan.env.ELECTRON_EXEC_PATH).toBe('/opt/electron/electron');
  });

  it('should refuse to start as root on Linux without --no-sandbox, saying how', () => {
    expect(planLaunch({ ...base, uid: 0, args: [] })).toEqual({ ok: false, message: ROOT_MESSAGE });
    expect(ROOT_MESSAGE).toContain('npm start -- --no-sandbox');
    expect(planLaunch({ ...base, uid: 0, args: ['--no-sandbox'] }).ok).toBe(true);
    expect(planLaunch({ ...base, uid: 0, args: [], env: { NO_SANDBOX: '1' } }).ok).toBe(true);
    // Root is no obstacle elsewhere.
    expect(planLaunch({ ...base, platform: 'darwin', uid: 0, args: [] }).ok).toBe(true);
  });

  it('should explain the chrome-sandbox helper only where Linux allows neither it nor user namespaces', () => {
    const stuck = planLaunch({ ...base, args: [], sandbox: { userNamespaces: false, suidHelper: false } });
    expect(stuck.ok && stuck.advice).toContain('sudo chown root:root /opt/electron/chrome-sandbox && sudo chmod 4755 /opt/electron/chrome-sandbox');
    for (const sandbox of [
      { userNamespaces: true, suidHelper: false },
      { userNamespaces: false, suidHelper: true },
    ]) {
      const plan = planLaunch({ ...base, args: [], sandbox });
      expect(plan.ok && plan.advice).toBeNull();
    }
    const unsandboxed = planLaunch({ ...base, args: ['--no-sandbox'], sandbox: { userNamespaces: false, suidHelper: false } });
    expect(unsandboxed.ok && unsandboxed.advice).toBeNull();
  });
});

describe('the Electron that runs', () => {
  it('should be the one in ELECTRON_OVERRIDE_DIST_PATH, with its own version, and the database module be built for that version', () => {
    const { dist } = fakeElectronDist('41.2.3');
    const env = { ELECTRON_OVERRIDE_DIST_PATH: dist };
    expect(electronBinary(env)).toBe(join(dist, 'electron'));
    expect(installedElectronVersion(env)).toBe('41.2.3');
    expect(electronVersion(env)).toBe('41.2.3');
    expect(electronBindingPath(electronVersion(env))).toContain(`electron-41.2.3-${process.platform}-${process.arch}`);
  });

  it('should be the executable in ELECTRON_EXEC_PATH, with the version beside it', () => {
    const { dist } = fakeElectronDist('45.0.1');
    const env = { ELECTRON_EXEC_PATH: join(dist, 'electron') };
    expect(electronBinary(env)).toBe(join(dist, 'electron'));
    expect(electronVersion(env)).toBe('45.0.1');
  });

  it('should fall back to the installed package’s version, and find nothing where an override points nowhere', () => {
    expect(electronBinary({ ELECTRON_OVERRIDE_DIST_PATH: join(tmpdir(), 'no-electron-here') })).toBeNull();
    expect(electronBinary({ ELECTRON_EXEC_PATH: join(tmpdir(), 'no-electron-here', 'electron') })).toBeNull();
    expect(electronVersion({ ELECTRON_OVERRIDE_DIST_PATH: join(tmpdir(), 'no-electron-here') })).toBe(packagedElectronVersion());
  });

  // The stand-in Electron below is a shell script: it runs where /bin/sh does (Linux here and in CI).
  it.runIf(process.platform === 'linux')(
    'should start the overriding Electron through `npm start -- …` with the switches given, after building for its version',
    () => {
      // A version no real Electron has, so the module "built" for it below is ours alone and removed afterwards.
      const version = `0.0.${process.pid}`;
      const { dist, log } = fakeElectronDist(version);
      const binding = electronBindingPath(version);
      mkdirSync(join(binding, '..'), { recursive: true });
      writeFileSync(binding, 'stands in for the Electron build of better-sqlite3');
      temporary.push(join(binding, '..'));

      const result = spawnSync(process.execPath, ['scripts/electron-run.js', 'preview', '--no-sandbox', '--enable-logging'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: dist, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
        timeout: 240_000,
      });
      expect(result.stderr).not.toMatch(/cannot start|Electron uninstall/);
      expect(result.status).toBe(0);
      expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual(['.', '--no-sandbox', '--enable-logging']);
    },
    300_000,
  );

  it('should refuse to download another Electron when an override points nowhere, and say which', () => {
    const result = spawnSync(process.execPath, ['scripts/electron-run.js', 'preview'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: join(tmpdir(), 'no-electron-here'), ELECTRON_SKIP_BINARY_DOWNLOAD: '' },
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`ELECTRON_OVERRIDE_DIST_PATH=${join(tmpdir(), 'no-electron-here')} holds no Electron executable`);
    expect(result.stdout).not.toContain('Downloading Electron');
  });
});
