import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../../src-main/cli/io.ts';
import { main } from '../../../src-main/cli/main.ts';
import { tempDir } from '../../support/temp-dir.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const notes = join(root, 'tests/fixtures/notes');
const dir = tempDir('afterword-review-');

function fakeIO(stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (text) => void out.push(text), stderr: (text) => void err.push(text), readStdin: () => Buffer.from(stdin) };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

function contextFile(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

const goodContext = contextFile('good.json', { kind: 'thank-you', channel: 'email', company: 'Initech', role: 'Backend Engineer', recipient: { name: 'Priya Raman' } });

describe('afterword review', () => {
  it('should print a linter-style report and exit 1 when a flag is an error', async () => {
    const run = fakeIO('Dear Priya,\n\nThanks for the chat about the Backend Engineer role at Initech. I recieved your notes.');
    const code = await main(['review', '-', '--context', goodContext], run.io);
    expect(code).toBe(1);
    expect(run.stdout()).toContain('standard input\n');
    expect(run.stdout()).toMatch(/\n {2}3:67 {2}error {4}“recieved” looks misspelt\..* {2}spelling-unknown\n/);
    expect(run.stdout()).toContain('try: “received”');
    expect(run.stdout()).toMatch(/\d+ problems \(1 error, \d+ warnings?, 0 infos, 0 hints\)/);
  });

  it('should exit 0 with a clean summary for a good note', async () => {
    const run = fakeIO();
    const fixture = JSON.parse(readFileSync(join(notes, 'good-status-check.json'), 'utf8'));
    const code = await main(['review', join(notes, 'good-status-check.txt'), '--context', contextFile('status.json', fixture.context)], run.io);
    expect(run.stdout()).toContain('No problems found.');
    expect(run.stdout()).toMatch(/\d+ words, \d+ sentences, reading grade [\d.]+, \d+ SMS segments, checked as US English/);
    expect(code).toBe(0);
  });

  it('should print {flags, stats} as JSON', async () => {
    const run = fakeIO('Thanks. I am just checking in.');
    const code = await main(['review', '-', '--format', 'json'], run.io);
    const output = JSON.parse(run.stdout());
    expect(code).toBe(0);
    expect(output.flags.map((flag: { ruleId: string }) => flag.ruleId)).toEqual(['needy-empty-check-in']);
    expect(output.flags[0]).toMatchObject({ category: 'needy', severity: 'warning', start: 8, end: 30, line: 1, column: 9 });
    expect(output.stats).toEqual({ words: 6, sentences: 2, grade: expect.any(Number), smsSegments: 1 });
  });

  it('should review a subject line given with --subject', async () => {
    const run = fakeIO('Hi Priya, thank you.');
    await main(['review', '-', '--subject', 'URGENT reply needed', '--format', 'json'], run.io);
    expect(JSON.parse(run.stdout()).subject.flags.map((flag: { ruleId: string }) => flag.ruleId)).toEqual(['needy-urgent-subject']);
  });

  it.each([
    [['review'], 'Give the FILE'],
    [['review', 'a.txt', 'b.txt'], 'exactly one FILE'],
    [['review', '-', '--format', 'xml'], '--format must be text or json'],
    [['review', '-', '--colour'], 'Unknown option'],
    [['review', join(dir, 'missing.txt')], 'no such file'],
  ])('should exit 2 on a usage problem: %j', async (args, message) => {
    const run = fakeIO('text');
    expect(await main(args, run.io)).toBe(2);
    expect(run.stderr()).toContain(message);
  });

  it('should exit 2 on input that is not UTF-8', async () => {
    const run = { ...fakeIO() };
    run.io.readStdin = () => Buffer.from([0x48, 0xff, 0xfe]);
    expect(await main(['review', '-'], run.io)).toBe(2);
    expect(run.stderr()).toContain('Standard input is not valid UTF-8 text.');
  });

  it('should exit 2 on a context that is not JSON or names a wrong field', async () => {
    const broken = fakeIO('text');
    expect(await main(['review', '-', '--context', contextFile('broken.json', '{kind:')], broken.io)).toBe(2);
    expect(broken.stderr()).toContain('broken.json is not valid JSON');
    const wrong = fakeIO('text');
    expect(await main(['review', '-', '--context', contextFile('wrong.json', { recipient: { name: 7 }, readingGrade: 'ten' })], wrong.io)).toBe(2);
    expect(wrong.stderr()).toMatch(/Invalid context in .*wrong\.json:\n {2}recipient\.name: .*\n {2}readingGrade: /);
  });

  it('should run as the installed command in a child process', async () => {
    const context = contextFile('cli.json', { kind: 'status-check', channel: 'email', company: 'Hooli', role: 'Data Analyst', recipient: { name: 'Marcus Lee' } });
    const result = await promisify(execFile)(process.execPath, ['bin/afterword.js', 'review', join(notes, 'bad-needy-check-in.txt'), '--context', context, '--format', 'json'], { cwd: root }).catch((error: { code: number; stdout: string }) => error);
    expect('code' in result ? result.code : 0).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.flags.map((flag: { ruleId: string }) => flag.ruleId)).toEqual(expect.arrayContaining(['needy-empty-check-in', 'needy-pressure', 'needy-pleading']));
  });

  it('should review in the English given with --dialect, say which, and refuse an unknown one', async () => {
    const note = 'Dear Priya,\n\nThank you for the talk about the Backend Engineer role at Initech. I would organise the programme around your colour scheme.';
    const british = fakeIO(note);
    await main(['review', '-', '--context', goodContext, '--dialect', 'en-GB'], british.io);
    expect(british.stdout()).not.toContain('spelling-unknown');
    expect(british.stdout()).toContain('checked as British English');
    const american = fakeIO(note);
    await main(['review', '-', '--context', goodContext], american.io);
    expect(american.stdout()).toContain('“programme” looks misspelt');
    expect(american.stdout()).toContain('checked as US English');
    const wrong = fakeIO(note);
    expect(await main(['review', '-', '--dialect', 'en-NZZ'], wrong.io)).toBe(2);
    expect(wrong.stderr()).toContain('--dialect must be one of en-US, en-GB, en-CA, en-AU, not “en-NZZ”.');
  });

  it('should take the dialect, the sender and the reading grade from CONTEXT.json', async () => {
    const context = contextFile('uk.json', { company: 'Initech', dialect: 'en-AU', sender: { name: 'Ngaio Parata' }, readingGrade: 8 });
    const run = fakeIO('Thank you for the chat. I would analyse the colour data.\n\nNgaio Parata');
    await main(['review', '-', '--context', context, '--format', 'json'], run.io);
    const output = JSON.parse(run.stdout()) as { flags: Array<{ ruleId: string }>; stats: { grade: number } };
    expect(output.flags.map((flag) => flag.ruleId)).not.toContain('spelling-unknown');
  });
});
