/**
 * The `afterword` command given what a user might point it at by mistake: a binary file, text in another encoding,
 * a 10 MB file, a broken or wrong context file, a missing file, a folder. Each time: exit code 2, a message on
 * stderr that names the file and the problem, and nothing on stdout (so `> draft.eml` never saves garbage).
 *
 * Most cases run through `main()` with a fake terminal (fast, so fast-check can try many); the ones a user would
 * type run once more as a real `node bin/afterword.js` process.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../../src-main/cli/io.ts';
import { main } from '../../../src-main/cli/main.ts';
import { LIMITS } from '../../../src-shared/api/journal-schemas.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const bin = join(root, 'bin/afterword.js');
const dir = mkdtempSync(join(tmpdir(), 'afterword-cli-hostile-'));
let tried = 0;

afterAll(() => {
  console.log(`hostile command lines: ${tried}`);
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const note = file('note.txt', 'Dear Ana,\n\nThank you for the conversation about the data role at Acme.\n\nBest,\nSam\n');
const folder = join(dir, 'a-folder');
mkdirSync(folder);
const missing = join(dir, 'no-such-note.txt');
const tenMegabytes = file('ten-megabytes.txt', Buffer.alloc(10 * 1024 * 1024, 'All work and no play. '));
const withNul = file('with-nul.txt', 'Dear Ana,\u0000\u0000\u0000 thank you.');
const pdfLike = file('scan.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.from([0, 1, 2, 255, 254, 0])]));
const latin1 = file('latin1.txt', Buffer.from('Gr\xfc\xdfe aus K\xf6ln, merci beaucoup \xe0 vous', 'latin1'));
const utf16 = file('utf16.txt', Buffer.from('\ufeffDear Ana, thank you.', 'utf16le'));
const badJson = file('bad-syntax.json', '{ "kind": "thank-you", }');
const wrongTypes = file('wrong-types.json', JSON.stringify({ kind: 42, recipient: 'Ana', readingGrade: 'twelve', topics: 'streaming' }));
const unknownField = file('unknown-field.json', JSON.stringify({ kind: 'thank-you', recipeint: { name: 'Ana' } }));
const notAnObject = file('array.json', '[1, 2, 3]');

function fakeIO(stdin: Uint8Array = new Uint8Array()) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (text) => void out.push(text), stderr: (text) => void err.push(text), readStdin: () => Buffer.from(stdin) };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

async function runInProcess(args: string[], stdin?: Uint8Array) {
  tried += 1;
  const run = fakeIO(stdin);
  const code = await main(args, run.io);
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

function runProcess(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  tried += 1;
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: root, timeout: 15_000, maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

function expectUsageFailure(result: { code: number | null; stdout: string; stderr: string }, problem: RegExp): void {
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(problem);
  expect(result.code, result.stderr).toBe(2);
}

const eml = (path: string) => ['eml', path, '--to', 'Ana Ruiz <ana@acme.example>', '--subject', 'Thank you'];
const review = (path: string, ...rest: string[]) => ['review', path, ...rest];

/** Bytes that are never valid UTF-8 text: a NUL, or a byte that cannot start or continue a character. */
const binaryBytes = fc
  .tuple(fc.uint8Array({ maxLength: 200 }), fc.constantFrom(0x00, 0xc0, 0xc1, 0xf5, 0xfe, 0xff), fc.uint8Array({ maxLength: 200 }))
  .map(([before, bad, after]) => Uint8Array.from([...before, bad, ...after]));

describe('afterword review and eml refuse what is not a note', () => {
  it('refuse binary and non-UTF-8 input, from a file or standard input', async () => {
    await fc.assert(
      fc.asyncProperty(binaryBytes, fc.boolean(), fc.constantFrom('review', 'eml'), async (bytes, viaFile, command) => {
        const path = viaFile ? file('random.bin', bytes) : '-';
        const args = command === 'review' ? review(path) : eml(path);
        const label = viaFile ? 'random\\.bin' : 'Standard input';
        expectUsageFailure(await runInProcess(args, bytes), new RegExp(`${label} (looks like a binary file|is not valid UTF-8 text)`));
      }),
      { numRuns: 150 },
    );
  });

  it('refuse a file larger than the longest note, naming the limit, without reading it all', async () => {
    const limit = LIMITS.body.toLocaleString('en-US');
    for (const args of [review(tenMegabytes), eml(tenMegabytes), review(note, '--context', tenMegabytes)]) {
      expectUsageFailure(await runInProcess(args), /ten-megabytes\.txt is too large: the limit is [\d,]+ characters/);
    }
    expect((await runInProcess(review(tenMegabytes))).stderr).toContain(`the limit is ${limit} characters`);
    const tenMegabytesPiped = Buffer.alloc(10 * 1024 * 1024, 'All work and no play. ');
    for (const args of [review('-'), eml('-')]) {
      expectUsageFailure(await runInProcess(args, tenMegabytesPiped), /Standard input is too large: the limit is [\d,]+ characters/);
    }
    // Counted in characters: a note of exactly the limit in four-byte characters is still a note.
    const longest = file('longest.txt', '😀'.repeat(LIMITS.body));
    const accepted = await runInProcess(eml(longest));
    expect(accepted.stderr).toBe('');
    expect(accepted.code).toBe(0);
    expectUsageFailure(await runInProcess(eml(file('longer.txt', '😀'.repeat(LIMITS.body + 1)))), /longer\.txt is too large/);
  });

  it('refuse a context file that is not JSON, has wrong types, unknown fields, or is not an object', async () => {
    expectUsageFailure(await runInProcess(review(note, '--context', badJson)), /bad-syntax\.json is not valid JSON/);
    const wrong = await runInProcess(review(note, '--context', wrongTypes));
    expectUsageFailure(wrong, /Invalid context in .*wrong-types\.json/);
    for (const field of ['kind', 'recipient', 'readingGrade', 'topics']) expect(wrong.stderr).toContain(field);
    expectUsageFailure(await runInProcess(review(note, '--context', unknownField)), /Invalid context in .*unknown-field\.json[\s\S]*recipeint/);
    expectUsageFailure(await runInProcess(review(note, '--context', notAnObject)), /Invalid context in .*array\.json/);
    expectUsageFailure(await runInProcess(review(note, '--context', pdfLike)), /scan\.pdf looks like a binary file/);
  });

  it('refuse arbitrary JSON that is not a review context', async () => {
    const contextPath = join(dir, 'random-context.json');
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue({ maxDepth: 3 }).filter((value) => value === null || typeof value !== 'object' || Array.isArray(value) || Object.keys(value).some((key) => key.length > 0 && !/^[a-zA-Z]+$/.test(key))),
        async (value) => {
          writeFileSync(contextPath, JSON.stringify(value));
          expectUsageFailure(await runInProcess(review(note, '--context', contextPath)), /Invalid context in .*random-context\.json/);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('refuse a missing file and a folder', async () => {
    for (const args of [review(missing), eml(missing), review(note, '--context', missing)]) {
      expectUsageFailure(await runInProcess(args), /Cannot read .*no-such-note\.txt: no such file\./);
    }
    for (const args of [review(folder), eml(folder), review(note, '--context', folder)]) {
      expectUsageFailure(await runInProcess(args), /Cannot read .*a-folder: it is a folder\./);
    }
  });

  it('refuse text in another encoding (Latin-1, UTF-16)', async () => {
    expectUsageFailure(await runInProcess(review(latin1)), /latin1\.txt is not valid UTF-8 text\./);
    expectUsageFailure(await runInProcess(eml(utf16)), /utf16\.txt looks like a binary file/);
  });
});

describe('the real command, as a user runs it', () => {
  it('exits 2 with a message and no output for each kind of bad input', async () => {
    const cases: [string[], RegExp][] = [
      [review(pdfLike), /scan\.pdf looks like a binary file/],
      [eml(withNul), /with-nul\.txt looks like a binary file/],
      [review(latin1), /latin1\.txt is not valid UTF-8 text/],
      [review(tenMegabytes), /ten-megabytes\.txt is too large: the limit is/],
      [eml(tenMegabytes), /ten-megabytes\.txt is too large: the limit is/],
      [review(note, '--context', badJson), /bad-syntax\.json is not valid JSON/],
      [review(note, '--context', wrongTypes), /Invalid context/],
      [review(note, '--context', unknownField), /recipeint/],
      [review(missing), /no such file/],
      [eml(folder), /it is a folder/],
    ];
    // Two at a time: the machine is shared.
    for (let i = 0; i < cases.length; i += 2) {
      const pair = cases.slice(i, i + 2);
      const results = await Promise.all(pair.map(([args]) => runProcess(args)));
      results.forEach((result, j) => expectUsageFailure(result, pair[j]?.[1] ?? /$^/));
    }
  }, 60_000);
});
