/**
 * Opens each dialect's dictionary in the review engine once. A note in US English that arrives while US English is
 * still opening (the worker starts with it) waits for that opening instead of fetching and opening it a second
 * time, which would also throw away the engine's prepared pipelines. A dictionary that could not be read is tried
 * again by the next note that asks for it. Plain TypeScript, so it runs in Node tests.
 */
import type { Dialect, DictionaryFiles, ReviewEngine } from '../../../../src-shared/review/index.ts';

/** Answers how long opening took, in milliseconds, as `ReviewEngine.addDictionary` does. */
export type DictionaryLoad = (dialect: Dialect) => Promise<number>;

export function dictionaryLoader(engine: Pick<ReviewEngine, 'addDictionary'>, read: (dialect: Dialect) => Promise<DictionaryFiles>): DictionaryLoad {
  const opening = new Map<Dialect, Promise<number>>();
  return (dialect) => {
    let opened = opening.get(dialect);
    if (!opened) {
      opened = read(dialect).then((files) => engine.addDictionary(dialect, files));
      opening.set(dialect, opened);
      opened.catch(() => opening.delete(dialect));
    }
    return opened;
  };
}
