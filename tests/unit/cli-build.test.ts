// `afterword` runs the JavaScript that scripts/build-cli.js puts in out/cli/ (the unit tests' global setup builds it
// from the current sources), never TypeScript compiled at start.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const notes = join(root, 'tests/fixtures/notes');

describe('the afterword command', () => {
  const temporary: string[] = [];
  afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('should review a note with TypeScript switched off in Node, so nothing is compiled at start', () => {
    // Node 22.18+ would strip types from a .ts import by itself; with that off, any TypeScript on the path fails.
    const result = spawnSync(process.execPath, ['--no-experimental-strip-types', join(root, 'bin/afterword.js'), 'review', join(notes, 'bad-needy-check-in.txt')], {
      encoding: 'utf8',
    });
    expect(result.stderr).not.toMatch(/Unknown file extension|ERR_/);
    expect(result.stdout).toContain('needy-empty-check-in');
    // Warnings only: exit 0 (1 is kept for error-level flags, 2 for a wrong call).
    expect(result.status).toBe(0);
  });

  it('should need neither tsx nor any other development tool at run time', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; scripts: Record<string, string> };
    expect(Object.keys(manifest.dependencies)).not.toContain('tsx');
    expect(readFileSync(join(root, 'bin/afterword.js'), 'utf8')).not.toMatch(/tsx|\.ts['"]/);
    // Built by `npm install` itself.
    expect(manifest.scripts.prepare).toBe('node scripts/build-cli.js');
  });

  it('should review as usual, with nothing on stderr, when its compile cache cannot be written', () => {
    const blocked = mkdtempSync(join(tmpdir(), 'afterword-no-cache-'));
    temporary.push(blocked);
    writeFileSync(join(blocked, 'a-file'), '');
    // The cache folder would have to be made inside a file.
    const env = { ...process.env, TMPDIR: join(blocked, 'a-file'), NODE_COMPILE_CACHE: join(blocked, 'a-file', 'cache') };
    const result = spawnSync(process.execPath, [join(root, 'bin/afterword.js'), 'review', join(notes, 'bad-needy-check-in.txt')], { encoding: 'utf8', env });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('needy-empty-check-in');
    expect(result.status).toBe(0);
  });

  it('should say how to build it, instead of a stack trace, when out/cli is missing', () => {
    const copy = mkdtempSync(join(tmpdir(), 'afterword-unbuilt-'));
    temporary.push(copy);
    cpSync(join(root, 'bin'), join(copy, 'bin'), { recursive: true });
    const result = spawnSync(process.execPath, [join(copy, 'bin/afterword.js'), '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Run `npm run build:cli` (or `npm install`)');
    expect(result.stderr).not.toMatch(/at .*\(.*:\d+:\d+\)/);
  });
});
