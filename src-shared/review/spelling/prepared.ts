/**
 * A hunspell dictionary prepared ahead of time, so a spell checker opens in a few milliseconds instead of the few
 * hundred nspell spends expanding every affix of the `.dic` file each time a worker starts.
 *
 * `prepareDictionary` (at build time, for any `.aff`/`.dic` pair) lets nspell expand the dictionary once and writes
 * what it ends up with into one binary file: every word form, a hash table over them and each form's flags.
 * `openPreparedSpeller` gives back an nspell whose word table reads that file in place: nothing is parsed or copied
 * when it opens, and a lookup hashes the word and compares it with one or two entries. Everything else nspell
 * knows (affix rules, flags, replacement table) comes from the small `.aff`, parsed as usual, so checking and
 * suggesting behave exactly as with the original files (tests/unit/review/prepared-dictionary.test.ts compares them
 * word for word).
 *
 * nspell keeps its word table in `data` (word → flag codes) and its compound rules in `compoundRules`; nspell 2 has
 * not changed since 2021, and the test above fails if that ever stops being true.
 */
import nspell from 'nspell';

/** nspell's own state, as its code reads and writes it. */
interface NSpellState {
  data: Record<string, string[]>;
  compoundRules: Array<RegExp | string>;
  compoundRuleCodes: Record<string, string[]>;
  conversion: { in: Array<[RegExp, string]> };
}

/** An nspell over a prepared dictionary. */
export type PreparedSpeller = ReturnType<typeof nspell> & {
  /**
   * False when nspell would certainly refuse the word, found without using the word as a property name. nspell
   * looks a word up as a key of its word table, and V8 keeps every string used as a key in its table of
   * internalised strings until the next full garbage collection: the hundreds of candidates one suggestion tries
   * would fill the heap and make that collection long.
   */
  couldAccept(word: string): boolean;
};

const MAGIC = 0x31445741; // "AWD1"
const HEADER_WORDS = 6;

/** FNV-1a over UTF-16 code units: the same at build time (Node) and when reading (a worker). */
function hash(word: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < word.length; index++) {
    value ^= word.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

const align4 = (bytes: number) => (bytes + 3) & ~3;

/** Expands the dictionary with nspell and writes the result as one binary file. */
export function prepareDictionary(aff: string, dic: string): Uint8Array {
  const state = nspell(aff, dic) as unknown as NSpellState;
  const words = Object.keys(state.data);
  const codeLists: string[][] = [[]];
  const codeIndex = new Map<string, number>([['', 0]]);
  const codesOf = new Uint16Array(words.length);
  words.forEach((word, index) => {
    const codes = state.data[word] ?? [];
    const key = codes.join('\u0000');
    let list = codeIndex.get(key);
    if (list === undefined) {
      list = codeLists.length;
      if (list > 0xffff) throw new Error('The dictionary has more distinct flag sets than a prepared dictionary holds.');
      codeLists.push(codes);
      codeIndex.set(key, list);
    }
    codesOf[index] = list;
  });

  let tableSize = 1;
  while (tableSize < words.length * 2) tableSize *= 2;
  const table = new Uint32Array(tableSize);
  const offsets = new Uint32Array(words.length + 1);
  let offset = 0;
  words.forEach((word, index) => {
    offsets[index] = offset;
    offset += word.length;
    let slot = hash(word) & (tableSize - 1);
    while (table[slot] !== 0) slot = (slot + 1) & (tableSize - 1);
    table[slot] = index + 1;
  });
  offsets[words.length] = offset;

  const encoder = new TextEncoder();
  const text = encoder.encode(words.join(''));
  const meta = encoder.encode(
    JSON.stringify({
      codeLists,
      compoundRules: state.compoundRules.map((rule) => (rule instanceof RegExp ? rule.source : rule)),
      compoundRuleCodes: state.compoundRuleCodes,
    }),
  );

  const sizes = [HEADER_WORDS * 4, offsets.byteLength, table.byteLength, align4(codesOf.byteLength), align4(text.byteLength), meta.byteLength];
  const bytes = new Uint8Array(sizes.reduce((sum, size) => sum + size, 0));
  const view = new DataView(bytes.buffer);
  [MAGIC, words.length, tableSize, text.byteLength, meta.byteLength, 0].forEach((value, index) => view.setUint32(index * 4, value, true));
  let at = sizes[0] ?? 0;
  for (const [part, size] of [
    [offsets, sizes[1]],
    [table, sizes[2]],
    [codesOf, sizes[3]],
    [text, sizes[4]],
    [meta, sizes[5]],
  ] as const) {
    bytes.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), at);
    at += size ?? 0;
  }
  return bytes;
}

/** The prepared word table, read in place. */
class PreparedWords {
  readonly #offsets: Uint32Array;
  readonly #table: Uint32Array;
  readonly #codes: Uint16Array;
  readonly #text: string;
  readonly #codeLists: string[][];

  constructor(offsets: Uint32Array, table: Uint32Array, codes: Uint16Array, text: string, codeLists: string[][]) {
    [this.#offsets, this.#table, this.#codes, this.#text, this.#codeLists] = [offsets, table, codes, text, codeLists];
  }

  #find(word: string): number {
    const mask = this.#table.length - 1;
    for (let slot = hash(word) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.#table[slot] ?? 0;
      if (entry === 0) return -1;
      const start = this.#offsets[entry - 1] ?? 0;
      const end = this.#offsets[entry] ?? 0;
      if (end - start === word.length && this.#text.startsWith(word, start)) return entry - 1;
    }
  }

  has(word: string): boolean {
    return this.#find(word) >= 0;
  }

  /** A word's flag codes (a fresh array: nspell may add to it), or undefined for a word it does not hold. */
  codes(word: string): string[] | undefined {
    const index = this.#find(word);
    return index < 0 ? undefined : [...(this.#codeLists[this.#codes[index] ?? 0] ?? [])];
  }
}

/**
 * nspell's word table over the prepared words: what nspell adds (personal words) or removes lives in an overlay;
 * a prepared word read once is copied into it, because nspell may add flags to the array it gets back.
 */
function wordTable(words: PreparedWords, added: Set<string>, removed: Set<string>): Record<string, string[]> {
  const overlay: Record<string, string[]> = Object.create(null);
  return new Proxy(overlay, {
    get(target, key) {
      if (typeof key !== 'string') return undefined;
      if (key in target) return target[key];
      if (removed.has(key)) return undefined;
      const codes = words.codes(key);
      if (codes) target[key] = codes;
      return codes;
    },
    has: (target, key) => typeof key === 'string' && (key in target || (!removed.has(key) && words.has(key))),
    set(target, key, value: string[]) {
      if (typeof key !== 'string') return false;
      target[key] = value;
      added.add(key);
      removed.delete(key);
      return true;
    },
    deleteProperty(target, key) {
      if (typeof key !== 'string') return false;
      delete target[key];
      added.delete(key);
      removed.add(key);
      return true;
    },
  });
}

interface Header {
  magic: number;
  wordCount: number;
  tableSize: number;
  textBytes: number;
  metaBytes: number;
}

function readHeader(bytes: Uint8Array): Header {
  const view = new DataView(bytes.buffer, bytes.byteOffset, HEADER_WORDS * 4);
  const [magic, wordCount, tableSize, textBytes, metaBytes] = Array.from({ length: HEADER_WORDS }, (_, index) => view.getUint32(index * 4, true));
  return { magic: magic ?? 0, wordCount: wordCount ?? 0, tableSize: tableSize ?? 0, textBytes: textBytes ?? 0, metaBytes: metaBytes ?? 0 };
}

/**
 * Tells a whole prepared dictionary from anything else handed over as one: the magic number, and a length that is
 * exactly what the header's counts add up to (a file cut short or with bytes added is not one).
 */
export function isPreparedDictionary(bytes: Uint8Array): boolean {
  if (bytes.byteLength < HEADER_WORDS * 4) return false;
  const { magic, wordCount, tableSize, textBytes, metaBytes } = readHeader(bytes);
  return magic === MAGIC && bytes.byteLength === HEADER_WORDS * 4 + (wordCount + 1) * 4 + tableSize * 4 + align4(wordCount * 2) + align4(textBytes) + metaBytes;
}

/** An nspell over a prepared dictionary and its `.aff`. */
export function openPreparedSpeller(aff: string, prepared: Uint8Array): PreparedSpeller {
  if (!isPreparedDictionary(prepared)) throw new Error('This is not a prepared dictionary (or one from another version of Afterword): prepare it again from its .aff and .dic.');
  // Typed arrays need their own aligned buffer; a file read into a larger pool may start anywhere.
  const bytes = prepared.byteOffset % 4 === 0 ? prepared : prepared.slice();
  const { wordCount, tableSize, textBytes, metaBytes } = readHeader(bytes);
  let at = bytes.byteOffset + HEADER_WORDS * 4;
  const offsets = new Uint32Array(bytes.buffer, at, wordCount + 1);
  at += offsets.byteLength;
  const table = new Uint32Array(bytes.buffer, at, tableSize);
  at += table.byteLength;
  const codes = new Uint16Array(bytes.buffer, at, wordCount);
  at += align4(codes.byteLength);
  const decoder = new TextDecoder('utf-8');
  const text = decoder.decode(new Uint8Array(bytes.buffer, at, textBytes));
  at += align4(textBytes);
  const meta = JSON.parse(decoder.decode(new Uint8Array(bytes.buffer, at, metaBytes))) as {
    codeLists: string[][];
    compoundRules: string[];
    compoundRuleCodes: Record<string, string[]>;
  };

  const speller = nspell(aff, '');
  const state = speller as unknown as NSpellState;
  const words = new PreparedWords(offsets, table, codes, text, meta.codeLists);
  const added = new Set<string>();
  const removed = new Set<string>();
  state.data = wordTable(words, added, removed);
  state.compoundRuleCodes = meta.compoundRuleCodes;
  const compoundRules = meta.compoundRules.map((source) => new RegExp(source, 'i'));
  state.compoundRules = compoundRules;

  // The forms nspell's `correct` tries (as written, sentence case for a shouted word, lower case), each looked
  // for in the prepared table, the words added since and the compound rules; a Set and a hash never internalise.
  const holds = (word: string) => added.has(word) || (!removed.has(word) && words.has(word)) || compoundRules.some((rule) => rule.test(word));
  return Object.assign(speller, {
    couldAccept(word: string): boolean {
      let normal = word.trim();
      for (const [pattern, replacement] of state.conversion.in) normal = normal.replace(pattern, replacement);
      if (!normal) return false;
      if (holds(normal)) return true;
      if (normal.toUpperCase() === normal && holds(normal.charAt(0) + normal.slice(1).toLowerCase())) return true;
      const lower = normal.toLowerCase();
      return lower !== normal && holds(lower);
    },
  });
}
