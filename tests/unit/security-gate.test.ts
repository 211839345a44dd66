// The security gate must fail when an insecure window appears; electronegativity alone would exit 0.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/security-scan.js', import.meta.url));

describe('security gate', () => {
  it('fails on a window without context isolation or sandbox, naming the finding', () => {
    const dir = mkdtempSync(join(tmpdir(), 'afterword-insecure-'));
    writeFileSync(
      join(dir, 'main.js'),
      "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\n",
    );
    const result = spawnSync(process.execPath, [script, '--only', dir], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/BLOCKING HIGH CONTEXT_ISOLATION_JS_CHECK/);
    expect(result.stderr).toMatch(/BLOCKING MEDIUM SANDBOX_JS_CHECK/);
    expect(result.stderr).toMatch(/security scan failed/);
  }, 60_000);
});
