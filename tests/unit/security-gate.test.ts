// The security gate must fail when an insecure window appears; electronegativity alone would exit 0. It runs
// offline on whichever Node runs the tests (`.ci/run` runs them on Node 24 and 26).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const script = join(root, 'scripts/security-scan.js');
const gate = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

/** A copy of the app's scanned sources, to plant a finding in without touching the real ones. */
function copyOfSources(): string {
  const dir = mkdtempSync(join(tmpdir(), 'afterword-planted-'));
  for (const part of ['src-main', 'src-preload', 'src-shared']) cpSync(join(root, part), join(dir, part), { recursive: true });
  mkdirSync(join(dir, 'src-renderer'));
  cpSync(join(root, 'src-renderer/index.html'), join(dir, 'src-renderer/index.html'));
  return dir;
}

describe('security gate', () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('passes the app’s own sources as they are, without a network request crashing it', () => {
    const copy = copyOfSources();
    copies.push(copy);
    const result = gate('--sources-from', copy);
    expect(result.stderr).not.toMatch(/onCancel|could not run|BLOCKING/);
    expect(result.stdout).toMatch(/security scan passed: no HIGH or MEDIUM finding/);
    expect(result.status).toBe(0);
  }, 120_000);

  it('fails when `nodeIntegration: true` is planted in the main window, naming the file', () => {
    const copy = copyOfSources();
    copies.push(copy);
    const windowSource = join(copy, 'src-main/desktop/window.ts');
    const original = readFileSync(windowSource, 'utf8');
    expect(original).toContain('nodeIntegration: false,');
    writeFileSync(windowSource, original.replace('nodeIntegration: false,', 'nodeIntegration: true,'));
    const result = gate('--sources-from', copy);
    expect(result.stderr).toMatch(/BLOCKING HIGH INSECURE_WEB_PREFERENCE in sources .* src-main\/desktop\/window\.ts:\d+:\d+ \(nodeIntegration: true\)/);
    expect(result.stderr).toMatch(/security scan failed/);
    expect(result.status).toBe(1);
  }, 120_000);

  it('fails on a window without context isolation or sandbox', () => {
    const dir = mkdtempSync(join(tmpdir(), 'afterword-insecure-'));
    copies.push(dir);
    writeFileSync(
      join(dir, 'main.js'),
      "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\n",
    );
    const result = gate('--only', dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/BLOCKING HIGH CONTEXT_ISOLATION_JS_CHECK/);
    expect(result.stderr).toMatch(/BLOCKING MEDIUM SANDBOX_JS_CHECK/);
    expect(result.stderr).toMatch(/security scan failed/);
  }, 120_000);
});
