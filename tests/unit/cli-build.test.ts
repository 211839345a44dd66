// `afterword` runs the JavaScript that scripts/build-cli.js puts in out/cli/ (the unit tests' global setup builds it
// from the current sources), never TypeScript compiled at start.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
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

  /** `afterword review` of a fixture with its code cache in `cacheHome` (XDG_CACHE_HOME). */
  function reviewWithCacheIn(cacheHome: string) {
    const env = { ...process.env, XDG_CACHE_HOME: cacheHome, NODE_DISABLE_COMPILE_CACHE: '' };
    return spawnSync(process.execPath, [join(root, 'bin/afterword.js'), 'review', join(notes, 'bad-needy-check-in.txt')], { encoding: 'utf8', env });
  }

  const cacheFiles = (cacheHome: string) => {
    const [version] = readdirSync(join(cacheHome, 'afterword/code-cache'));
    const folder = join(cacheHome, 'afterword/code-cache', version!);
    return readdirSync(folder).map((name) => join(folder, name));
  };

  it('should keep a code cache per built chunk in the user\'s cache folder, and review the same with it', () => {
    const cacheHome = mkdtempSync(join(tmpdir(), 'afterword-cache-'));
    temporary.push(cacheHome);
    // What an earlier build of the same chunk left, and a file that is none of the command's business.
    const folder = join(cacheHome, 'afterword/code-cache', `${process.version}-${process.arch}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'node-engine-AAAAAAAA.cjs.cache'), 'an older build');
    writeFileSync(join(folder, 'notes.txt'), 'kept');
    const first = reviewWithCacheIn(cacheHome);
    expect(readdirSync(folder)).not.toContain('node-engine-AAAAAAAA.cjs.cache');
    expect(readdirSync(folder)).toContain('notes.txt');
    const chunks = readdirSync(join(root, 'out/cli/chunks'));
    const cached = cacheFiles(cacheHome).map((file) => basename(file));
    // The chunks `review` loaded, each by its content-hashed name; not `eml`'s, which it never loads.
    expect(cached).toEqual(expect.arrayContaining([expect.stringMatching(/^node-engine-.*\.cjs\.cache$/), expect.stringMatching(/^review-.*\.cjs\.cache$/)]));
    for (const name of cached.filter((name) => name.endsWith('.cache'))) expect(chunks).toContain(name.replace(/\.cache$/, ''));
    expect(cached.some((name) => name.startsWith('eml-'))).toBe(false);
    const written = new Map(cacheFiles(cacheHome).map((file) => [file, statSync(file).mtimeMs]));
    const second = reviewWithCacheIn(cacheHome);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toBe('');
    // V8 took the caches: none was refused and written again.
    for (const [file, mtime] of written) expect(statSync(file).mtimeMs, file).toBe(mtime);
  });

  it('should review the same, and write a fresh cache, when a cache file is damaged', () => {
    const cacheHome = mkdtempSync(join(tmpdir(), 'afterword-cache-'));
    temporary.push(cacheHome);
    const first = reviewWithCacheIn(cacheHome);
    const engineCache = cacheFiles(cacheHome).find((file) => basename(file).startsWith('node-engine-'))!;
    writeFileSync(engineCache, 'not a code cache');
    const damaged = reviewWithCacheIn(cacheHome);
    expect(damaged.stderr).toBe('');
    expect(damaged.stdout).toBe(first.stdout);
    expect(damaged.status).toBe(first.status);
    expect(readFileSync(engineCache).byteLength).toBeGreaterThan(100_000);
  });

  it('should review as usual, with nothing on stderr, when its code cache cannot be written', () => {
    const blocked = mkdtempSync(join(tmpdir(), 'afterword-no-cache-'));
    temporary.push(blocked);
    writeFileSync(join(blocked, 'a-file'), '');
    // The cache folder would have to be made inside a file.
    const result = reviewWithCacheIn(join(blocked, 'a-file'));
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
