/** Journal methods (applications, interviews, people, follow-ups, due, search, settings). */
import type Database from 'better-sqlite3';
import { methodNames, type Handlers } from '../../src-shared/api/contract.ts';
import { AppError } from '../../src-shared/api/result.ts';

export type JournalHandlers = Omit<Handlers, `app.${string}`>;

export function journalHandlers(_db: Database.Database): JournalHandlers {
  const handlers: Record<string, () => never> = {};
  for (const name of methodNames) {
    if (name.startsWith('app.')) continue;
    handlers[name] = () => {
      throw new AppError('unsupported', `“${name}” is not available in this build yet.`);
    };
  }
  return handlers as unknown as JournalHandlers;
}
