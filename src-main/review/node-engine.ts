/** The review engine for Node (command line, tests, bench): loads dictionary-en from disk once. */
import { createReviewEngine, type DictionaryFiles, type ReviewEngine } from '../../src-shared/review/index.ts';

let dictionary: Promise<DictionaryFiles> | undefined;

/** dictionary-en's files as strings (its package reads them with node:fs and hands over bytes). */
export function loadEnglishDictionary(): Promise<DictionaryFiles> {
  dictionary ??= import('dictionary-en').then(({ default: files }) => {
    const decoder = new TextDecoder('utf-8');
    return { aff: decoder.decode(files.aff), dic: decoder.decode(files.dic) };
  });
  return dictionary;
}

export async function createNodeReviewEngine(): Promise<ReviewEngine> {
  return createReviewEngine(await loadEnglishDictionary());
}
