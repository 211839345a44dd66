import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../../src-main/cli/io.ts';
import { main } from '../../../src-main/cli/main.ts';
import { inspectBytes, parseWithPostalMime } from './mail-check.ts';
import { tempDir } from '../../support/temp-dir.ts';

const folder = tempDir('afterword-eml-');
const noteFile = join(folder, 'note.txt');
writeFileSync(noteFile, 'Dear Zoë,\n\nThank you for walking me through the billing migration.\n');
const badUtf8File = join(folder, 'latin1.txt');
writeFileSync(badUtf8File, Buffer.from([0x44, 0x65, 0x61, 0x72, 0x20, 0xe9, 0x0a]));

function fakeIO(stdin = '') {
  const out = { stdout: '', stderr: '' };
  const io: CliIO = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    readStdin: () => Buffer.from(stdin, 'utf8'),
  };
  return { io, out };
}

describe('afterword eml', () => {
  it('should write a draft that reads back with the recipient, subject and the file as body', async () => {
    const { io, out } = fakeIO();
    const code = await main(['eml', noteFile, '--to', 'Zoë Ångström <zoe@example.com>', '--subject', 'Merci — thank you', '--from', 'Sam <sam@example.org>'], io);
    expect(code).toBe(0);
    expect(out.stderr).toBe('');
    const bytes = Buffer.from(out.stdout, 'latin1');
    expect(inspectBytes(bytes)).toMatchObject({ bareLineFeeds: 0, bareCarriageReturns: 0, nonAsciiBytes: 0 });
    const parsed = await parseWithPostalMime(bytes);
    expect(parsed).toMatchObject({
      to: [{ name: 'Zoë Ångström', address: 'zoe@example.com' }],
      from: [{ name: 'Sam', address: 'sam@example.org' }],
      subject: 'Merci — thank you',
      xUnsent: '1',
    });
    expect(parsed.body.replace(/\r\n/g, '\n')).toBe('Dear Zoë,\n\nThank you for walking me through the billing migration.\n');
  });

  it('should read the note from standard input when FILE is -', async () => {
    const { io, out } = fakeIO('Thanks again.');
    expect(await main(['eml', '-', '--to', 'jane@example.com', '--subject', 'Thanks'], io)).toBe(0);
    expect((await parseWithPostalMime(Buffer.from(out.stdout, 'latin1'))).body.trim()).toBe('Thanks again.');
  });

  it.each([
    ['a missing --to', ['eml', noteFile, '--subject', 'Hi'], /--to .* is required/],
    ['a --to without an address', ['eml', noteFile, '--to', 'Jane Doe', '--subject', 'Hi'], /--to: “Jane Doe” has no email address/],
    ['an invalid --to address', ['eml', noteFile, '--to', 'Jane <jane@example>', '--subject', 'Hi'], /--to: The domain in “jane@example” is not valid/],
    ['two recipients', ['eml', noteFile, '--to', 'a@example.com, b@example.com', '--subject', 'Hi'], /more than one address/],
    ['an invalid --from', ['eml', noteFile, '--to', 'a@example.com', '--from', 'me', '--subject', 'Hi'], /--from: “me” has no email address/],
    ['a missing --subject', ['eml', noteFile, '--to', 'a@example.com'], /--subject is required/],
    ['a missing FILE', ['eml', '--to', 'a@example.com', '--subject', 'Hi'], /Give the FILE/],
    ['an unknown option', ['eml', noteFile, '--to', 'a@example.com', '--subject', 'Hi', '--cc', 'b@example.com'], /--cc/],
    ['an unreadable file', ['eml', join(folder, 'absent.txt'), '--to', 'a@example.com', '--subject', 'Hi'], /Cannot read .*absent\.txt: no such file/],
    ['a file that is not UTF-8', ['eml', badUtf8File, '--to', 'a@example.com', '--subject', 'Hi'], /latin1\.txt is not valid UTF-8 text/],
  ])('should exit 2 with a clear message on %s', async (_, argv, message) => {
    const { io, out } = fakeIO();
    expect(await main(argv, io)).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(message);
    expect(out.stderr).toContain('Usage: afterword eml FILE');
  });

  it('should print its usage for --help and exit 0', async () => {
    const { io, out } = fakeIO();
    expect(await main(['eml', '--help'], io)).toBe(0);
    expect(out.stdout).toContain('Usage: afterword eml FILE --to');
  });

  it('should write the same bytes through bin/afterword.js as a real process', async () => {
    const bin = fileURLToPath(new URL('../../../bin/afterword.js', import.meta.url));
    const bytes = execFileSync(process.execPath, [bin, 'eml', noteFile, '--to', 'Мария <maria@example.com>', '--subject', 'Спасибо'], { timeout: 15_000 });
    expect(inspectBytes(bytes)).toMatchObject({ bareLineFeeds: 0, bareCarriageReturns: 0, nonAsciiBytes: 0 });
    const parsed = await parseWithPostalMime(bytes);
    expect(parsed).toMatchObject({ to: [{ name: 'Мария', address: 'maria@example.com' }], subject: 'Спасибо' });

    const failed = spawnSync(process.execPath, [bin, 'eml', noteFile, '--to', 'nobody', '--subject', 'Hi'], { encoding: 'utf8', timeout: 15_000 });
    expect(failed.status).toBe(2);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toMatch(/“nobody” has no email address/);
  });
});
