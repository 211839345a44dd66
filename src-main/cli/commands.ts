// The list of subcommands. Each entry loads its module lazily.
import { registerCommand } from './main.ts';

void registerCommand;
