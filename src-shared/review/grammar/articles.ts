/**
 * "a" or "an": by the sound the next word starts with, not its letter. Written here rather than taken from
 * retext-indefinite-article because that plugin tests each following word against about 150 expressions, which
 * cost some 50 µs a sentence, a third of a keystroke's budget (bench/grammar.ts); this gives the same answers on
 * the words a follow-up note uses, from a few prefixes, and remembers each word.
 */

// Vowel letters that sound like "y" or "w": a unique, a university, a user, a European, a one-off.
const soundsLikeConsonant = /^(?:uni[^nm]|us[aeiu]|ut|ur[aio]|eu|ewe|one(?:$|-)|once|ubiq|uk|ugan|ufo)/;
// Consonant letters that are silent: an hour, an honest, an honour, an heir.
const silentH = /^(?:hour|honest|honou?r|heir)/;
// Letters whose names start with a vowel sound, for acronyms read letter by letter: an MBA, an HR, an SQL, a UX.
const vowelSoundLetters = new Set('AEFHILMNORSX');

const verdicts = new Map<string, 'a' | 'an' | undefined>();

/** The article the word wants, or undefined when it cannot be told (a number, a symbol, a word read as a word). */
export function articleFor(word: string): 'a' | 'an' | undefined {
  let verdict = verdicts.get(word);
  if (verdict === undefined && !verdicts.has(word)) {
    verdict = classify(word);
    if (verdicts.size > 5_000) verdicts.clear();
    verdicts.set(word, verdict);
  }
  return verdict;
}

function classify(word: string): 'a' | 'an' | undefined {
  if (!/^\p{L}/u.test(word)) return undefined;
  // An acronym of two to five capitals is read letter by letter ("an FAQ"), unless it is said as a word
  // (NASA, SCRUM): those are left alone rather than guessed.
  if (/^\p{Lu}{2,5}s?$/u.test(word)) return /[AEIOU]/.test(word.slice(1)) ? undefined : vowelSoundLetters.has(word.charAt(0)) ? 'an' : 'a';
  const lower = word.toLowerCase();
  if (soundsLikeConsonant.test(lower)) return 'a';
  if (silentH.test(lower)) return 'an';
  return /^[aeiou]/.test(lower) ? 'an' : /^[a-z]/.test(lower) ? 'a' : undefined;
}
