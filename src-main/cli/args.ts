/** Parsing a subcommand's arguments the same way everywhere: its own options, -h/--help, and one FILE operand. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError, type CliIO } from './io.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

const helpOption = { help: { type: 'boolean', short: 'h' } } as const;

type Config<O extends Options> = { args: string[]; allowPositionals: true; options: O & typeof helpOption };

/** Node's parser, with its complaints (an unknown option, a missing value) turned into usage errors: exit code 2. */
export function parseCommandArgs<O extends Options>(args: string[], options: O): ReturnType<typeof parseArgs<Config<O>>> {
  try {
    return parseArgs<Config<O>>({ args, allowPositionals: true, options: { ...options, ...helpOption } });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Prints the usage when -h/--help was given; the command then has nothing more to do. */
export function printedHelp(values: { help?: boolean | undefined }, usage: string, io: CliIO): boolean {
  if (values.help) io.stdout(`${usage}\n`);
  return values.help === true;
}

/** The single FILE a subcommand reads; `missing` says what that FILE should hold. */
export function singleFile(positionals: string[], missing: string): string {
  if (positionals.length !== 1) throw new UsageError(positionals.length ? 'Give exactly one FILE.' : missing);
  return positionals[0] ?? '-';
}
