/** Starts tests/unit/journal/support/journal-process.ts and waits for its first line. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const script = fileURLToPath(new URL('./journal-process.ts', import.meta.url));

export interface JournalProcess {
  child: ChildProcess;
  /** The first line it printed: `ready`, or `refused CODE MESSAGE`. */
  first: string;
  /** Everything it printed so far. */
  output(): string;
  stderr(): string;
  /** Resolves with the exit code or signal once it has ended. */
  ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startJournalProcess(mode: 'hold' | 'churn' | 'import', dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<JournalProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, mode, dataDir], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    const giveUp = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The journal process did not start: ${stderr.slice(0, 500)}`));
    }, 30_000);
    const onData = () => {
      const newline = stdout.indexOf('\n');
      if (newline < 0) return;
      clearTimeout(giveUp);
      child.stdout.off('data', onData);
      resolve({ child, first: stdout.slice(0, newline), output: () => stdout, stderr: () => stderr, ended });
    };
    child.stdout.on('data', onData);
    void ended.then(() => {
      if (!stdout.includes('\n')) {
        clearTimeout(giveUp);
        reject(new Error(`The journal process ended before it started: ${stderr.slice(0, 500)}`));
      }
    });
  });
}
