// The list of subcommands. Each entry loads its module lazily.
import { registerCommand } from './main.ts';
registerCommand('eml', () => import('./eml.ts').then((m) => m.command));
registerCommand('review', () => import('./review.ts').then((m) => m.command));
