/** Input and output helpers shared by the command-line subcommands. */
import { readFileSync } from 'node:fs';

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

/** Reads FILE (or standard input for `-`) as strict UTF-8, with a message that names the file on failure. */
export function readTextInput(file: string, io: CliIO): string {
  let bytes: Buffer;
  try {
    bytes = file === '-' ? io.readStdin() : readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new UsageError(`Cannot read ${file === '-' ? 'standard input' : file}: ${reason}.`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new UsageError(`${file === '-' ? 'Standard input' : file} is not valid UTF-8 text.`);
  }
}
