// Guards the layout the rest of the code relies on: services run without Electron, and neither the main process
// nor the preload nor shared code has a way to reach the network.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|svelte)$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

const imports = (file: string) => [...readFileSync(join(root, file), 'utf8').matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2] ?? '');

describe('architecture', () => {
  it('should import electron only in src-main/desktop, src-main/index.ts and the preload', () => {
    const offenders = [...sourceFiles('src-main'), ...sourceFiles('src-shared'), ...sourceFiles('src-renderer')].filter(
      (file) => !file.startsWith('src-main/desktop/') && file !== 'src-main/index.ts' && imports(file).some((name) => name === 'electron' || name.startsWith('electron/')),
    );
    expect(offenders).toEqual([]);
  });

  it('should keep src-shared free of node: imports, so it runs in the renderer and its worker', () => {
    const offenders = sourceFiles('src-shared').filter((file) => imports(file).some((name) => name.startsWith('node:') || ['fs', 'path', 'os', 'better-sqlite3'].includes(name)));
    expect(offenders).toEqual([]);
  });

  it('should give the main process, the preload and shared code no networking code path (the loopback bridge of browser mode aside)', () => {
    const network = /^(node:)?(http|https|http2|net|tls|dgram|dns)$|^(undici|axios|node-fetch|got|ws)$/;
    const calls = /\bfetch\s*\(|\bnet\.request\b|\bWebSocket\b|\bXMLHttpRequest\b|\bEventSource\b|\bsendBeacon\b|\bshell\.openExternal\b/;
    const files = [...sourceFiles('src-main'), ...sourceFiles('src-preload'), ...sourceFiles('src-shared')];
    expect(files).toContain('src-preload/index.ts');
    const offenders = files.filter(
      (file) => !file.startsWith('src-main/web/') && (imports(file).some((name) => network.test(name)) || calls.test(readFileSync(join(root, file), 'utf8'))),
    );
    expect(offenders).toEqual([]);
  });
});
