/**
 * `afterword <command> …`. Each subcommand lives in its own module and returns an exit code; 2 always means the
 * command was called wrongly or its input could not be read.
 */
import { processIO, UsageError, type CliIO } from './io.ts';

/** What the built command brings with it (bin/afterword.js says where); from the sources there is nothing. */
export interface CliSetup {
  /** The spelling dictionaries the build prepared (out/cli/dictionaries), which open at once. */
  preparedDictionaries?: string;
}

export interface Command {
  summary: string;
  usage: string;
  run(args: string[], io: CliIO, setup: CliSetup): Promise<number> | number;
}

/** Subcommands, loaded on demand so `afterword review` never pays for what `afterword eml` needs. */
const commands: Record<string, () => Promise<Command>> = {};

export function registerCommand(name: string, load: () => Promise<Command>): void {
  commands[name] = load;
}

function help(): string {
  const names = Object.keys(commands).sort();
  return ['Usage: afterword <command> [options]', '', 'Commands:', ...names.map((name) => `  ${name}`), '', 'Run `afterword <command> --help` for details.', ''].join('\n');
}

export async function main(argv: string[], io: CliIO = processIO, setup: CliSetup = {}): Promise<number> {
  await import('./commands.ts');
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr)(help());
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    io.stderr(`afterword: unknown command “${name}”.\n\n${help()}`);
    return 2;
  }
  const command = await load();
  try {
    return await command.run(rest, io, setup);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`afterword ${name}: ${error.message}\n${command.usage}\n`);
      return 2;
    }
    io.stderr(`afterword ${name}: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
    return 70;
  }
}
