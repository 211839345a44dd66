/**
 * Starts browser mode exactly as a user does (`node scripts/web.js --port 0 --data-dir …`) and reads the URL it
 * prints. Each spec gets its own data folder, so specs never see each other's journals.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

export interface WebApp {
  /** The URL printed by `npm run web`, secret included. */
  appUrl: string;
  origin: string;
  secret: string;
  dataDir: string;
  output: () => string;
  /** Calls the bridge as the page does. */
  call<T = unknown>(method: string, input?: unknown): Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }>;
  stop(): Promise<void>;
}

export async function startWebApp(options: { dataDir?: string; keepData?: boolean; env?: Record<string, string> } = {}): Promise<WebApp> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'afterword-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['scripts/web.js', '--port', '0', '--data-dir', dataDir], {
    cwd: root,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const appUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not print its URL in time:\n${output}`)), 45_000);
    const check = () => {
      const match = /Open: (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited with ${code}:\n${output}`));
    });
  });
  const url = new URL(appUrl);
  const secret = /key=([^&]+)/.exec(url.hash)?.[1] ?? '';

  return {
    appUrl,
    origin: url.origin,
    secret,
    dataDir,
    output: () => output,
    async call(method, input) {
      const response = await fetch(`${url.origin}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Afterword-Secret': secret, Origin: url.origin },
        body: JSON.stringify(input ?? {}),
      });
      return (await response.json()) as never;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      if (!options.keepData && !options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Calls the bridge and answers the value, or fails the spec with the method and its message. */
export async function callOk<T>(app: WebApp, method: string, input?: unknown): Promise<T> {
  const result = await app.call<T>(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}
