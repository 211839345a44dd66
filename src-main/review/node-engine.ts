/** The review engine for Node (command line, tests, bench): reads the dialects' dictionaries from disk. */
import { createReviewEngine, defaultDialect, type Dialect, type DictionaryFiles, type ReviewEngine } from '../../src-shared/review/index.ts';

const packages: Record<Dialect, () => Promise<{ default: { aff: Uint8Array; dic: Uint8Array } }>> = {
  'en-US': () => import('dictionary-en'),
  'en-GB': () => import('dictionary-en-gb'),
  'en-CA': () => import('dictionary-en-ca'),
  'en-AU': () => import('dictionary-en-au'),
};

const loaded = new Map<Dialect, Promise<DictionaryFiles>>();

/** A dialect's hunspell files as strings (the packages read them with node:fs and hand over bytes). */
export function loadDictionary(dialect: Dialect): Promise<DictionaryFiles> {
  let files = loaded.get(dialect);
  if (!files) {
    files = packages[dialect]().then(({ default: bytes }) => {
      const decoder = new TextDecoder('utf-8');
      return { aff: decoder.decode(bytes.aff), dic: decoder.decode(bytes.dic) };
    });
    loaded.set(dialect, files);
  }
  return files;
}

/** US English, the dictionary the engine starts with. */
export function loadEnglishDictionary(): Promise<DictionaryFiles> {
  return loadDictionary(defaultDialect);
}

/**
 * An engine that knows the given dialects (US English when none is given). Each dialect's spell checker is built
 * the first time a note in that dialect is reviewed.
 */
export async function createNodeReviewEngine(...wanted: Dialect[]): Promise<ReviewEngine> {
  const dialects = wanted.length > 0 ? wanted : [defaultDialect];
  const engine = createReviewEngine();
  for (const dialect of dialects) engine.addDictionary(dialect, await loadDictionary(dialect));
  return engine;
}
