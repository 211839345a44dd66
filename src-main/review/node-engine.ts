/**
 * The review engine for Node (command line, tests, bench): reads the dialects' dictionaries from their packages,
 * or opens the ones prepared at build time when it is given their folder.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createReviewEngine, defaultDialect, type Dialect, type DictionaryFiles, type ReviewEngine } from '../../src-shared/review/index.ts';
import { affPathOf, findPrepared } from './prepared-manifest.ts';

const packages: Record<Dialect, string> = {
  'en-US': 'dictionary-en',
  'en-GB': 'dictionary-en-gb',
  'en-CA': 'dictionary-en-ca',
  'en-AU': 'dictionary-en-au',
};

const require = createRequire(import.meta.url);

/** A dialect's `.dic` file, its `.aff` beside it (each package is `index.js` reading its `index.aff`/`index.dic`). */
export function dictionaryPath(dialect: Dialect): string {
  return join(dirname(require.resolve(packages[dialect])), 'index.dic');
}

const readText = (path: string) => new TextDecoder('utf-8').decode(readFileSync(path));

/** A dialect's hunspell files as strings, as the package's own `index.js` would read them. */
function readDictionary(dialect: Dialect): DictionaryFiles {
  const dicPath = dictionaryPath(dialect);
  return { aff: readText(affPathOf(dicPath)), dic: readText(dicPath) };
}

const loaded = new Map<Dialect, Promise<DictionaryFiles>>();

/** A dialect's hunspell files as strings. */
export function loadDictionary(dialect: Dialect): Promise<DictionaryFiles> {
  let files = loaded.get(dialect);
  if (!files) {
    files = Promise.resolve().then(() => readDictionary(dialect));
    loaded.set(dialect, files);
  }
  return files;
}

/** US English, the dictionary the engine starts with. */
export function loadEnglishDictionary(): Promise<DictionaryFiles> {
  return loadDictionary(defaultDialect);
}

export interface NodeReviewEngineOptions {
  /**
   * A folder of dictionaries prepared at build time (the command line's `out/cli/dictionaries`). A dialect whose
   * prepared file there was made from exactly the `.aff`/`.dic` installed opens in milliseconds instead of the few
   * hundred nspell takes to expand the `.dic`; a missing, stale or damaged one is passed over for the original files,
   * which give the same review.
   */
  preparedDictionaries?: string;
}

function addDialect(engine: ReviewEngine, dialect: Dialect, options: NodeReviewEngineOptions): void {
  const dicPath = dictionaryPath(dialect);
  const aff = readText(affPathOf(dicPath));
  const prepared = options.preparedDictionaries === undefined ? undefined : findPrepared(options.preparedDictionaries, dialect, dicPath);
  if (prepared) {
    try {
      engine.addDictionary(dialect, { aff, dic: readFileSync(prepared) });
      return;
    } catch {
      // Gone since the manifest was read, cut short or overwritten: the original files below review the same.
    }
  }
  engine.addDictionary(dialect, { aff, dic: readText(dicPath) });
}

/**
 * An engine that knows the given dialects (US English when none is given). Each dialect's spell checker is built
 * here, from the prepared dictionaries when given their folder.
 */
export async function createNodeReviewEngine(dialects: readonly Dialect[] = [defaultDialect], options: NodeReviewEngineOptions = {}): Promise<ReviewEngine> {
  const engine = createReviewEngine();
  for (const dialect of dialects.length > 0 ? dialects : [defaultDialect]) addDialect(engine, dialect, options);
  return engine;
}
