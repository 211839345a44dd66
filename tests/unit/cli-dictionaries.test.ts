// The built `afterword` command opens the spelling dictionaries its build prepared (out/cli/dictionaries) instead of
// expanding the hunspell files at every start. Whatever it opens, a user must see the same review; a prepared file
// that is missing, damaged or made from another dictionary must never change the review nor stop the command.
// Each case runs a copy of the built command (bin/ and out/cli/, node_modules linked) so it can be tampered with.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, type Dialect } from '../../src-shared/review/index.ts';
import { isPreparedDictionary, prepareDictionary } from '../../src-shared/review/spelling/prepared.ts';
import { dictionaryPath } from '../../src-main/review/node-engine.ts';
import type { PreparedManifest } from '../../src-main/review/prepared-manifest.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const temporary: string[] = [];
const scratch = mkdtempSync(join(tmpdir(), 'afterword-dictionaries-'));
temporary.push(scratch);

const note = join(scratch, 'note.txt');
writeFileSync(
  note,
  'Dear Priya,\n\nThank you for showing me the new centre. I liked the colour of the dashboards, how you organise the ' +
    'programme and the analyze step. I recieved your notes and definately want to continue. Our Zorblaxian tool did the same.\n\nBest regards,\nAlex\n',
);

/** A copy of the built command that a test may change. */
function copyOfCommand(): string {
  const dir = mkdtempSync(join(tmpdir(), 'afterword-command-'));
  temporary.push(dir);
  cpSync(join(root, 'bin'), join(dir, 'bin'), { recursive: true });
  cpSync(join(root, 'out/cli'), join(dir, 'out/cli'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function review(command: string, dialect: Dialect = 'en-US') {
  const result = spawnSync(process.execPath, [join(command, 'bin/afterword.js'), 'review', note, '--dialect', dialect, '--format', 'json'], {
    encoding: 'utf8',
    env: { ...process.env, XDG_CACHE_HOME: join(scratch, 'cache') },
  });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout, flagged: (JSON.parse(result.stdout || '{"flags":[]}') as { flags: Array<{ actual?: string }> }).flags.map((flag) => flag.actual) };
}

const dictionaries = (command: string) => join(command, 'out/cli/dictionaries');
const manifestOf = (command: string) => JSON.parse(readFileSync(join(dictionaries(command), 'manifest.json'), 'utf8')) as PreparedManifest;
const preparedFile = (command: string, dialect: Dialect) => join(dictionaries(command), manifestOf(command)[dialect]!.file);

let withPrepared: string;
let withoutPrepared: string;
/** US English from the original .aff/.dic, the review every tampered copy must still give. */
let original: ReturnType<typeof review>;

beforeAll(() => {
  withPrepared = copyOfCommand();
  withoutPrepared = copyOfCommand();
  rmSync(dictionaries(withoutPrepared), { recursive: true });
  original = review(withoutPrepared);
}, 60_000);

afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The dictionary as installed plus one made-up word: a review that accepts it was made with this prepared file. */
function plantPreparedWithExtraWord(command: string): void {
  const dicPath = dictionaryPath('en-US');
  const aff = readFileSync(dicPath.replace(/\.dic$/, '.aff'), 'utf8');
  writeFileSync(preparedFile(command, 'en-US'), prepareDictionary(aff, `${readFileSync(dicPath, 'utf8')}\nZorblaxian\n`));
}

describe('the prepared dictionaries of the afterword command', () => {
  it('should be built for every dialect, each listed in the manifest with the dictionary it was made from', () => {
    const manifest = manifestOf(join(root));
    expect(Object.keys(manifest).sort()).toEqual([...dialects].sort());
    for (const dialect of dialects) {
      const entry = manifest[dialect]!;
      expect(entry.file).toMatch(/^dictionary-en(-gb|-ca|-au)?-index-[0-9a-f]{12}\.dictionary$/);
      expect(isPreparedDictionary(readFileSync(join(root, 'out/cli/dictionaries', entry.file)))).toBe(true);
      expect(entry.source.dicBytes).toBe(readFileSync(dictionaryPath(dialect)).byteLength);
    }
  });

  it('should give, in every dialect, the review the original .aff/.dic give', () => {
    for (const dialect of dialects) {
      const fast = review(withPrepared, dialect);
      const slow = review(withoutPrepared, dialect);
      expect(fast.stderr, dialect).toBe('');
      expect(fast.stdout, dialect).toBe(slow.stdout);
      expect(fast.status, dialect).toBe(slow.status);
      expect(fast.flagged, dialect).toEqual(expect.arrayContaining(['recieved', 'definately', 'Zorblaxian']));
    }
    // The dialects differ where they should: British English takes "colour" and "organise", US English does not.
    expect(review(withPrepared, 'en-GB').flagged).not.toContain('colour');
    expect(review(withPrepared, 'en-US').flagged).toEqual(expect.arrayContaining(['colour', 'organise', 'centre']));
  });

  it('should read the prepared file, not expand the .dic, when the manifest matches the installed dictionary', () => {
    const command = copyOfCommand();
    plantPreparedWithExtraWord(command);
    const planted = review(command);
    expect(planted.stderr).toBe('');
    expect(planted.flagged).not.toContain('Zorblaxian');
    expect(planted.flagged).toEqual(expect.arrayContaining(['recieved', 'definately']));
  });

  it('should pass over a prepared file made from another version of the dictionary', () => {
    const command = copyOfCommand();
    plantPreparedWithExtraWord(command);
    const manifest = manifestOf(command);
    manifest['en-US']!.source.version = '0.0.1';
    writeFileSync(join(dictionaries(command), 'manifest.json'), JSON.stringify(manifest));
    expect(review(command)).toEqual(original);
  });

  const damages: Array<[string, (command: string) => void]> = [
    ['cut short', (command) => writeFileSync(preparedFile(command, 'en-US'), readFileSync(preparedFile(command, 'en-US')).subarray(0, 100_000))],
    [
      'overwritten at the end (same length)',
      (command) => {
        const bytes = readFileSync(preparedFile(command, 'en-US'));
        bytes.fill(0x7b, bytes.length - 64);
        writeFileSync(preparedFile(command, 'en-US'), bytes);
      },
    ],
    ['replaced by a text file', (command) => writeFileSync(preparedFile(command, 'en-US'), 'not a dictionary\n')],
    ['deleted', (command) => rmSync(preparedFile(command, 'en-US'))],
    ['listed in a manifest that is not JSON', (command) => writeFileSync(join(dictionaries(command), 'manifest.json'), '{"en-US": ')],
    ['listed as a path outside its folder', (command) => writeFileSync(join(dictionaries(command), 'manifest.json'), JSON.stringify({ 'en-US': { file: '../main.js' } }))],
  ];

  it.each(damages)('should review with the original files, silently, when the prepared file is %s', (_, damage) => {
    const command = copyOfCommand();
    damage(command);
    const result = review(command);
    expect(result).toEqual(original);
    expect(result.flagged).toEqual(expect.arrayContaining(['recieved', 'definately', 'Zorblaxian']));
  });
});

describe('a fresh checkout', () => {
  it('should get a working command with its dictionaries from the prepare script npm install runs', () => {
    const checkout = mkdtempSync(join(tmpdir(), 'afterword-checkout-'));
    temporary.push(checkout);
    for (const part of ['package.json', 'bin', 'scripts', 'src-main', 'src-shared']) cpSync(join(root, part), join(checkout, part), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(checkout, 'node_modules'), 'dir');
    expect(existsSync(join(checkout, 'out'))).toBe(false);
    const { scripts } = JSON.parse(readFileSync(join(checkout, 'package.json'), 'utf8')) as { scripts: { prepare: string } };
    const prepare = spawnSync(scripts.prepare, { cwd: checkout, shell: true, encoding: 'utf8', env: { ...process.env, PATH: `${join(process.execPath, '..')}:${process.env.PATH}` } });
    expect(prepare.stderr).toBe('');
    expect(prepare.status).toBe(0);
    expect(Object.keys(manifestOf(checkout)).sort()).toEqual([...dialects].sort());
    const british = review(checkout, 'en-GB');
    expect(british.stderr).toBe('');
    expect(british.flagged).toEqual(expect.arrayContaining(['recieved', 'definately']));
    expect(british.flagged).not.toContain('colour');
  }, 60_000);
});
