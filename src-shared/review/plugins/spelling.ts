/**
 * Spelling: unknown words, checked with the engine's one spell checker. Names, the company, the role, topics,
 * personal words, URLs, email addresses, numbers, short acronyms and words in other scripts are never flagged.
 */
import type { Root, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';
import type { VFile } from 'vfile';
import { companyAliases, companyName, type ReviewContext } from '../context.ts';
import { report } from '../report.ts';
import type { SpellChecker } from '../spelling/checker.ts';
import { eachOfType } from '../text/walk.ts';
import { fold } from '../text/words.ts';
import { textSpeak } from '../grammar/text-speak.ts';
import { placeholderPattern } from './placeholder.ts';

export interface SpellingOptions {
  checker: SpellChecker;
  /** Words never to flag, in any case; usually `contextWords(context)`. */
  ignore?: Iterable<string>;
  /** Compute suggestions now (command line, tests) instead of using only those already known (editor). */
  eagerSuggestions?: boolean;
}

/** Every word the context vouches for: names (the sender's too), company and its aliases, role, titles, topics
 * and personal words. */
export function contextWords(context: ReviewContext): string[] {
  const people = [context.recipient, ...(context.interviewers ?? [])].flatMap((person) =>
    person ? [person.name, person.title ?? ''] : [],
  );
  const phrases = [
    context.sender?.name ?? '',
    companyName(context) ?? '',
    ...companyAliases(context),
    context.role ?? '',
    ...people,
    ...(context.topics ?? []),
    ...(context.otherCompanies ?? []),
    ...(context.otherNames ?? []),
    ...(context.personalWords ?? []),
  ];
  return phrases.flatMap((phrase) => phrase.split(/[^\p{L}\p{N}'’-]+/u)).filter((word) => word.length > 0);
}

// URLs, email addresses and bare domains: the parser splits them into words that are not English.
const literalPattern =
  /\b(?:https?:\/\/|www\.)[^\s<>"]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|io|dev|ai|app|co|uk|de|fr|ca|edu|gov)\b(?:\/[^\s<>"]*)?/gu;

let lastText = '';
let lastSpans: Array<[number, number]> = [];

/**
 * Spans no word rule judges: URLs, addresses and a first draft's placeholders (prompts, to be replaced). The
 * spelling and grammar rules ask for the same sentence one after the other, so the last answer is kept.
 */
export function literalSpans(text: string): Array<[number, number]> {
  if (text === lastText) return lastSpans;
  const spans: Array<[number, number]> = [];
  // Most sentences hold neither: one cheap test rules both patterns out.
  if (/[@[]|\.[^\s.]|www/.test(text)) {
    for (const pattern of [literalPattern, placeholderPattern]) {
      for (const match of text.matchAll(pattern)) spans.push([match.index ?? 0, (match.index ?? 0) + match[0].length]);
    }
  }
  lastText = text;
  lastSpans = spans;
  return spans;
}

// The dictionary is English: it can judge a word only when the word has Latin letters (diacritics included, so
// "recievéd" is still checked). "Спасибо", "ありがとう" or "Ευχαριστώ" are left alone, as is the Cyrillic half of
// "Kafka-поток".
const latinLetter = /\p{Script=Latin}/u;

function withoutPossessive(word: string): string {
  return word.replace(/'s$/i, '').replace(/s'$/i, 's');
}

export default function retextAfterwordSpelling(options: SpellingOptions) {
  const { checker, eagerSuggestions = false } = options;
  const ignore = new Set([...(options.ignore ?? [])].map((word) => withoutPossessive(fold(word))));

  // The same words come back on every keystroke and in every note: remember each verdict for this context.
  const verdicts = new Map<string, boolean>();
  function known(word: string): boolean {
    let verdict = verdicts.get(word);
    if (verdict === undefined) {
      verdict = judge(word);
      if (verdicts.size > 20_000) verdicts.clear();
      verdicts.set(word, verdict);
    }
    return verdict;
  }

  function judge(word: string): boolean {
    const folded = withoutPossessive(fold(word));
    if (ignore.has(folded) || /\d/.test(word) || !latinLetter.test(word)) return true;
    // Short all-capital words are acronyms (SQL, AWS, NDA) far more often than typos.
    if (word.length <= 6 && word === word.toUpperCase() && /\p{Lu}/u.test(word)) return true;
    return checker.isCorrect(word) || checker.isCorrect(withoutPossessive(word));
  }

  return function (tree: Root, file: VFile): undefined {
    const literals = literalSpans(String(file));
    eachOfType<Word>(tree, 'WordNode', (node) => {
      const start = node.position?.start.offset ?? 0;
      let end = node.position?.end.offset ?? start;
      if (literals.some(([from, to]) => start >= from && start < to)) return;
      // The parser leaves an abbreviation's full stop on its word ("Initech." before a lower-case word).
      const actual = toString(node).replace(/’/g, "'").replace(/\.+$/, '');
      // Text-speak ("thx", "ur") is the grammar rules' to explain, with the word to write instead.
      if (known(actual) || textSpeak.has(actual.toLowerCase())) return;
      end = start + actual.length;
      // A hyphenated or apostrophed word is fine when each of its parts is ("follow-up", "well-known").
      const parts = node.children.filter((child) => child.type === 'TextNode').map((child) => child.value);
      if (parts.length > 1 && parts.every((part) => part.length === 1 || known(part))) return;

      const suggestions = eagerSuggestions ? checker.suggest(actual) : (checker.cachedSuggestions(actual) ?? []);
      const looksLikeName = /^\p{Lu}/u.test(actual);
      report(
        file,
        looksLikeName
          ? `“${actual}” is not in the dictionary. If it is a name, add it to your personal words; otherwise check the spelling, because a misspelt word can hurt a note more than sending none.`
          : `“${actual}” looks misspelt. Spelling mistakes can hurt a follow-up note more than not sending one.`,
        {
          start,
          end,
          ruleId: 'spelling-unknown',
          category: 'spelling',
          // A capitalised unknown word is usually a name the context did not mention: a warning, not an error.
          severity: looksLikeName ? 'warning' : 'error',
          suggestions,
          actual,
        },
      );
    });
  };
}
