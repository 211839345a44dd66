/**
 * The one way the app gets a dialect's spelling dictionary: its `.aff` as text and its `.dic` prepared at build
 * time (scripts/prepared-dictionaries.ts), each dialect its own asset, fetched the first time a note in that
 * dialect is reviewed.
 */
import type { Dialect, DictionaryFiles } from '../../../src-shared/review/index.ts';
import { readPreparedDictionary } from './read-prepared-dictionary.ts';

const files: Record<Dialect, () => Promise<[{ default: string }, { default: string }]>> = {
  'en-US': () => Promise.all([import('@dictionary-en/index.aff?raw'), import('@dictionary-en/index.dic?prepared')]),
  'en-GB': () => Promise.all([import('@dictionary-en-gb/index.aff?raw'), import('@dictionary-en-gb/index.dic?prepared')]),
  'en-CA': () => Promise.all([import('@dictionary-en-ca/index.aff?raw'), import('@dictionary-en-ca/index.dic?prepared')]),
  'en-AU': () => Promise.all([import('@dictionary-en-au/index.aff?raw'), import('@dictionary-en-au/index.dic?prepared')]),
};

export async function loadDictionary(dialect: Dialect): Promise<DictionaryFiles> {
  const [aff, dic] = await files[dialect]();
  return { aff: aff.default, dic: await readPreparedDictionary(dic.default) };
}
