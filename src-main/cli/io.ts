/** Input and output helpers shared by the command-line subcommands. */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { LIMITS } from '../../src-shared/api/limits.ts';

/** A problem with how the command was called or what it was given: exit code 2, message on stderr. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Buffer;
}

export const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: () => readFileSync(0),
};

const count = (n: number) => n.toLocaleString('en-US');

/** Reads at most `limit` bytes of a file, so a huge file or an endless device (/dev/zero) cannot exhaust memory. */
function readAtMost(path: string, limit: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(limit);
    let filled = 0;
    while (filled < limit) {
      const read = readSync(fd, buffer, filled, limit - filled, null);
      if (read === 0) break;
      filled += read;
    }
    return buffer.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads FILE (or standard input for `-`) as strict UTF-8, with a message that names the file on failure.
 *
 * A note is at most `LIMITS.body` characters in the app, so that is the default limit here too: a larger file is
 * not a note, and reviewing megabytes would keep the command busy for minutes. A file with NUL bytes is binary
 * (an image, a PDF, a word-processor file), even when its bytes happen to be valid UTF-8.
 */
export function readTextInput(file: string, io: CliIO, maxCharacters: number = LIMITS.body): string {
  const label = file === '-' ? 'Standard input' : file;
  // Made only when needed: the first number formatted loads ICU's locale data, a dozen milliseconds at start.
  const tooLarge = () => new UsageError(`${label} is too large: the limit is ${count(maxCharacters)} characters.`);
  // UTF-8 takes at most 4 bytes a character, so one byte more than that is enough to know the file is too large.
  const maxBytes = maxCharacters * 4;
  let bytes: Buffer;
  try {
    bytes = file === '-' ? io.readStdin() : readAtMost(file, maxBytes + 1);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new UsageError(`Cannot read ${file === '-' ? 'standard input' : file}: ${reason}.`);
  }
  if (bytes.length > maxBytes) throw tooLarge();
  if (bytes.includes(0)) throw new UsageError(`${label} looks like a binary file (it contains NUL bytes), not UTF-8 text.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new UsageError(`${label} is not valid UTF-8 text.`);
  }
  // Counted as the app counts: characters (code points), not UTF-16 units.
  if (text.length > maxCharacters && Array.from(text).length > maxCharacters) throw tooLarge();
  return text;
}
