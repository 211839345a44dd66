/** `afterword eml FILE --to "Name <address>" --subject "…" [--from "…"]`: a note as an unsent draft on stdout. */
import { buildEml, EmlInputError, parseMailbox } from '../export/index.ts';
import { parseCommandArgs, printedHelp, singleFile } from './args.ts';
import { readTextInput, UsageError } from './io.ts';
import type { Command } from './main.ts';

const usage = [
  'Usage: afterword eml FILE --to "Name <address>" --subject "Subject" [--from "Name <address>"]',
  '',
  'Writes FILE (UTF-8 text, or - for standard input) as an unsent .eml draft to standard output.',
  'Save it with a .eml extension and open it in Outlook, Thunderbird or Apple Mail to review and send.',
].join('\n');

const options = {
  to: { type: 'string' },
  subject: { type: 'string' },
  from: { type: 'string' },
} as const;

export const command: Command = {
  summary: 'write a note as an unsent .eml draft',
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, options);
    if (printedHelp(values, usage, io)) return 0;
    const file = singleFile(positionals, 'Give the FILE that holds the note.');
    if (values.to === undefined) throw new UsageError('--to "Name <address>" is required.');
    if (values.subject === undefined) throw new UsageError('--subject is required.');
    try {
      const to = parseMailbox(values.to, 'to');
      const from = values.from === undefined ? undefined : parseMailbox(values.from, 'from');
      const body = readTextInput(file, io);
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
