// `npm test`: everything a change must pass, in one command. Every step runs even when an earlier one fails,
// so one run shows all problems; the exit code is non-zero if any step failed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countReport, summarize } from './test-summary.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules/.bin', name);
const reports = mkdtempSync(join(tmpdir(), 'afterword-test-'));

const steps = [
  { name: 'typecheck (main, preload, shared, tests)', command: bin('tsc'), args: ['--noEmit', '-p', 'tsconfig.node.json'] },
  { name: 'typecheck (renderer)', command: bin('svelte-check'), args: ['--tsconfig', './tsconfig.web.json', '--fail-on-warnings', '--output', 'human'] },
  { name: 'build', command: process.execPath, args: ['scripts/build-if-needed.js', '--force'] },
  { name: 'security scan', command: process.execPath, args: ['scripts/security-scan.js'] },
  { name: 'unit tests', command: bin('vitest'), args: ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, 'unit.json')}`], report: 'unit.json' },
  {
    name: 'end-to-end tests',
    command: bin('vitest'),
    args: ['run', '-c', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, 'e2e.json')}`],
    report: 'e2e.json',
  },
];

const results = [];
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const result = spawnSync(step.command, step.args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ name: step.name, status: result.status, counts: step.report ? countReport(join(reports, step.report)) : null });
  console.log(`--- ${step.name}: ${result.status === 0 ? 'ok' : `FAILED (exit ${result.status ?? result.signal})`} in ${seconds} s`);
}

// The reports have been read: the run leaves nothing behind.
rmSync(reports, { recursive: true, force: true });
const { failedSteps, line } = summarize(results);
console.log('');
if (failedSteps.length > 0) console.error(`Failed steps: ${failedSteps.join(', ')}`);
console.log(line);
process.exit(failedSteps.length > 0 ? 1 : 0);
