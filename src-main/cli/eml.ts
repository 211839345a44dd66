/** `afterword eml FILE --to "Name <address>" --subject "…" [--from "…"]`: a note as an unsent draft on stdout. */
import { parseArgs } from 'node:util';
import { buildEml, EmlInputError, parseMailbox } from '../export/index.ts';
import { readTextInput, UsageError } from './io.ts';
import type { Command } from './main.ts';

const usage = [
  'Usage: afterword eml FILE --to "Name <address>" --subject "Subject" [--from "Name <address>"]',
  '',
  'Writes FILE (UTF-8 text, or - for standard input) as an unsent .eml draft to standard output.',
  'Save it with a .eml extension and open it in Outlook, Thunderbird or Apple Mail to review and send.',
].join('\n');

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        to: { type: 'string' },
        subject: { type: 'string' },
        from: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export const command: Command = {
  summary: 'write a note as an unsent .eml draft',
  usage,
  async run(args, io) {
    const { values, positionals } = parse(args);
    if (values.help) {
      io.stdout(`${usage}\n`);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError(positionals.length ? 'Give exactly one FILE.' : 'Give the FILE that holds the note.');
    if (values.to === undefined) throw new UsageError('--to "Name <address>" is required.');
    if (values.subject === undefined) throw new UsageError('--subject is required.');
    try {
      const to = parseMailbox(values.to, 'to');
      const from = values.from === undefined ? undefined : parseMailbox(values.from, 'from');
      const body = readTextInput(positionals[0] ?? '-', io);
      const eml = await buildEml({ to, from, subject: values.subject, body });
      // The draft is 7-bit ASCII through and through, so this string is byte-for-byte the file.
      io.stdout(eml.toString('latin1'));
      return 0;
    } catch (error) {
      if (error instanceof EmlInputError) throw new UsageError(`--${error.field}: ${error.message}`);
      throw error;
    }
  },
};
