// How `npm start` / `npm run dev` hand over to electron-vite: which arguments and environment, and the Linux
// sandbox situations where Electron would refuse to start or crash, said in plain words with the fix first.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

const NO_SANDBOX = '--no-sandbox';

export const ROOT_MESSAGE = [
  'Electron does not run as root with its sandbox on (it would stop with "Running as root without --no-sandbox is not supported").',
  'Run Afterword as your own user. In a container or CI box where root is the only user, start it with:',
  '    npm start -- --no-sandbox',
].join('\n');

export const SANDBOX_HELPER_ADVICE = [
  'This Linux system allows neither unprivileged user namespaces nor the chrome-sandbox helper, so Electron may stop',
  'with "The SUID sandbox helper binary was found, but is not configured correctly". Either fix (once, as root):',
  '    sudo chown root:root {helper} && sudo chmod 4755 {helper}',
  '  or allow user namespaces (Ubuntu 24.04+: sudo sysctl kernel.apparmor_restrict_unprivileged_userns=0;',
  '  Debian: sudo sysctl kernel.unprivileged_userns_clone=1).',
  'Or start it without the sandbox, as a last resort: npm start -- --no-sandbox',
].join('\n');

/**
 * @param {{ mode: 'dev' | 'preview', args: string[], env: NodeJS.ProcessEnv, electronPath: string, platform: NodeJS.Platform,
 *   uid: number | undefined, sandbox?: { userNamespaces: boolean, suidHelper: boolean } }} options
 * `args` are the user's, after `npm start --`: Electron switches (`--no-sandbox`, `--enable-logging`, …) and the
 * app's own arguments, all passed on to Electron.
 */
export function planLaunch({ mode, args, env, electronPath, platform, uid, sandbox }) {
  const unsandboxed = args.includes(NO_SANDBOX) || env.NO_SANDBOX === '1';
  if (platform === 'linux' && uid === 0 && !unsandboxed) return { ok: false, message: ROOT_MESSAGE };
  const advice =
    platform === 'linux' && !unsandboxed && sandbox && !sandbox.userNamespaces && !sandbox.suidHelper
      ? SANDBOX_HELPER_ADVICE.replaceAll('{helper}', join(dirname(electronPath), 'chrome-sandbox'))
      : null;
  return {
    ok: true,
    advice,
    // electron-vite hands everything after `--` to Electron.
    viteArgs: [mode, ...(args.length > 0 ? ['--', ...args] : [])],
    // The binary found here (with its overrides) is the one electron-vite starts: it would otherwise look only in
    // node_modules/electron/dist.
    env: { ...env, ELECTRON_EXEC_PATH: electronPath },
  };
}

const read = (path) => {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return null;
  }
};

/** What this Linux machine allows Chromium's sandbox to use. */
export function linuxSandbox(electronPath) {
  const userNamespaces =
    read('/proc/sys/kernel/unprivileged_userns_clone') !== '0' &&
    read('/proc/sys/kernel/apparmor_restrict_unprivileged_userns') !== '1' &&
    read('/proc/sys/user/max_user_namespaces') !== '0';
  const helper = join(dirname(electronPath), 'chrome-sandbox');
  let suidHelper = false;
  if (existsSync(helper)) {
    const stat = statSync(helper);
    suidHelper = stat.uid === 0 && (stat.mode & 0o4000) !== 0;
  }
  return { userNamespaces, suidHelper };
}
