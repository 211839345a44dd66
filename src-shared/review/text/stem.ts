/**
 * The Porter stemmer (M. F. Porter, 1980), so that "migrating", "migration" and "migrated" meet at "migrat" when we
 * compare a draft with the topics of an interview or with a phrase list.
 */

const step2Suffixes: Array<[string, string]> = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['bli', 'ble'],
  ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'],
  ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'],
  ['iviti', 'ive'], ['biliti', 'ble'], ['logi', 'log'],
];
const step3Suffixes: Array<[string, string]> = [
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', ''],
];
const step4Suffixes = [
  'al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ou', 'ism', 'ate', 'iti', 'ous',
  'ive', 'ize',
];

function isConsonant(word: string, index: number): boolean {
  const char = word[index];
  if (char === 'a' || char === 'e' || char === 'i' || char === 'o' || char === 'u') return false;
  if (char === 'y') return index === 0 ? true : !isConsonant(word, index - 1);
  return true;
}

/** The number of vowel-consonant sequences in `stem` ("m" in Porter's paper). */
function measure(stem: string): number {
  let count = 0;
  let index = 0;
  const length = stem.length;
  while (index < length && isConsonant(stem, index)) index++;
  while (index < length) {
    while (index < length && !isConsonant(stem, index)) index++;
    if (index >= length) break;
    count++;
    while (index < length && isConsonant(stem, index)) index++;
  }
  return count;
}

function hasVowel(stem: string): boolean {
  for (let index = 0; index < stem.length; index++) if (!isConsonant(stem, index)) return true;
  return false;
}

function endsWithDoubleConsonant(word: string): boolean {
  const length = word.length;
  return length >= 2 && word[length - 1] === word[length - 2] && isConsonant(word, length - 1);
}

/** Consonant-vowel-consonant ending, where the last consonant is not w, x or y ("hop", not "snow"). */
function endsCvc(word: string): boolean {
  const length = word.length;
  if (length < 3) return false;
  const last = word[length - 1];
  return (
    isConsonant(word, length - 3) &&
    !isConsonant(word, length - 2) &&
    isConsonant(word, length - 1) &&
    last !== 'w' && last !== 'x' && last !== 'y'
  );
}

function replaceSuffix(word: string, rules: Array<[string, string]>, minMeasure: number): string {
  for (const [suffix, replacement] of rules) {
    if (word.endsWith(suffix)) {
      const stem = word.slice(0, -suffix.length);
      return measure(stem) > minMeasure ? stem + replacement : word;
    }
  }
  return word;
}

const stemCache = new Map<string, string>();

export function stem(input: string): string {
  const cached = stemCache.get(input);
  if (cached !== undefined) return cached;
  let word = input.toLowerCase();
  if (word.length > 2) word = stemLowercase(word);
  if (stemCache.size > 20_000) stemCache.clear();
  stemCache.set(input, word);
  return word;
}

function stemLowercase(original: string): string {
  let word = original;
  // Step 1a: plurals.
  if (word.endsWith('sses')) word = word.slice(0, -2);
  else if (word.endsWith('ies')) word = word.slice(0, -2);
  else if (!word.endsWith('ss') && word.endsWith('s')) word = word.slice(0, -1);

  // Step 1b: -ed and -ing.
  let secondPass = false;
  if (word.endsWith('eed')) {
    if (measure(word.slice(0, -3)) > 0) word = word.slice(0, -1);
  } else if (word.endsWith('ed') && hasVowel(word.slice(0, -2))) {
    word = word.slice(0, -2);
    secondPass = true;
  } else if (word.endsWith('ing') && hasVowel(word.slice(0, -3))) {
    word = word.slice(0, -3);
    secondPass = true;
  }
  if (secondPass) {
    if (word.endsWith('at') || word.endsWith('bl') || word.endsWith('iz')) word += 'e';
    else if (endsWithDoubleConsonant(word) && !/[lsz]$/.test(word)) word = word.slice(0, -1);
    else if (measure(word) === 1 && endsCvc(word)) word += 'e';
  }

  // Step 1c: y to i.
  if (word.endsWith('y') && hasVowel(word.slice(0, -1))) word = word.slice(0, -1) + 'i';

  word = replaceSuffix(word, step2Suffixes, 0);
  word = replaceSuffix(word, step3Suffixes, 0);

  // Step 4: remove suffixes from long stems.
  for (const suffix of step4Suffixes) {
    if (word.endsWith(suffix)) {
      const stemPart = word.slice(0, -suffix.length);
      if (measure(stemPart) > 1) word = stemPart;
      return finish(word);
    }
  }
  if (word.endsWith('ion')) {
    const stemPart = word.slice(0, -3);
    if (measure(stemPart) > 1 && /[st]$/.test(stemPart)) word = stemPart;
  }
  return finish(word);
}

// Step 5: a final -e and a double -ll.
function finish(input: string): string {
  let word = input;
  if (word.endsWith('e')) {
    const stemPart = word.slice(0, -1);
    const m = measure(stemPart);
    if (m > 1 || (m === 1 && !endsCvc(stemPart))) word = stemPart;
  }
  if (measure(word) > 1 && word.endsWith('ll')) word = word.slice(0, -1);
  return word;
}
