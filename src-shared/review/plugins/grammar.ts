/**
 * Grammar and mechanics a recruiter notices, one sentence at a time: a missing space after a full stop or comma,
 * double spaces (between sentences: `sentence-spacing.ts`), "a"/"an" (`grammar/articles.ts`), a repeated word, a lower-case "i" or sentence
 * start, text-speak, a plain sentence fragment ("Which is why I applied."), and the common confusions (your/you're, its/it's, there/their, then/than, loose/lose,
 * could of). Every rule matches only where the written form cannot be right, and never touches a word the context
 * vouches for (names, the company, personal words), a URL or an email address.
 */
import type { Root, Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import type { VFile } from 'vfile';
import type { ReviewContext } from '../context.ts';
import { articleFor } from '../grammar/articles.ts';
import { confusions } from '../grammar/confusions.ts';
import { digitWords, textSpeak } from '../grammar/text-speak.ts';
import { report } from '../report.ts';
import { eachOfType } from '../text/walk.ts';
import { fold } from '../text/words.ts';
import { literalSpans } from './spelling.ts';

export interface GrammarOptions {
  context?: ReviewContext;
  /** Words never to flag (usually `contextWords(context)`). */
  ignore?: Iterable<string>;
}

/** `suggestion` replaces the flagged text (an empty one deletes it); a flag without one has no quick fix. */
type Flag = { start: number; end: number; ruleId: string; message: string; suggestion?: string; actual: string; severity?: 'warning' | 'hint' };

// "had had", "that that" and "is is" (in "what it is is") can be right.
const mayRepeat = new Set(['had', 'that', 'is', 'do', 'bye', 'very', 'so', 'really', 'no', 'ha', 'knock', 'never', 'yes']);
// The confusions only matter in a sentence with one of their words: one test rules most sentences out.
const confusable = /\b(?:your|its|it['’]s|their|there|they['’]re|then|than|loose|of)\b/i;

function sameCase(written: string, replacement: string): string {
  return /^\p{Lu}/u.test(written) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

export default function retextAfterwordGrammar(options: GrammarOptions = {}) {
  const ignore = new Set([...(options.ignore ?? [])].map(fold));
  // Text-speak is the register of a text message, where it is only worth a hint.
  const speakSeverity = options.context?.channel === 'text' ? 'hint' : 'warning';

  function sentenceFlags(sentence: Sentence, text: string, base: number): Flag[] {
    const flags: Flag[] = [];
    const literals = literalSpans(text);
    const inLiteral = (at: number) => literals.some(([from, to]) => at >= from && at < to);
    const vouched = (word: string) => ignore.has(fold(word));

    const glued = /[.!?,;:]\p{L}/u.test(text);
    if (glued) for (const match of text.matchAll(/(\p{Ll}{2,}|\p{L}\)?)([.!?,;:])(\p{Lu}\p{Ll}+|\p{L}{2,})/gu)) {
      const at = (match.index ?? 0) + (match[1]?.length ?? 0);
      const mark = match[2] ?? '';
      const next = match[3] ?? '';
      // "Node.js", "e.g.", "3.5", "a.m." and addresses keep their marks; a comma or full stop before a capital
      // or a word does not ("professionals.This", "Thanks,Jake").
      if (inLiteral(at) || (mark === '.' && /^\p{Ll}/u.test(next)) || (mark === ':' && /^\p{Ll}/u.test(next))) continue;
      flags.push({
        start: at,
        end: at + 1,
        ruleId: 'grammar-missing-space',
        message: `A space is missing after “${mark}”.`,
        suggestion: `${mark} `,
        actual: mark,
      });
    }

    // Between sentences (after a full stop) is the whole-note spacing rule's.
    if (/[ \u00a0]{2}/.test(text)) for (const match of text.matchAll(/(?<=[^\s.!?"”’)])[ \u00a0]{2,}(?=\S)/g)) {
      const at = match.index ?? 0;
      flags.push({ start: at, end: at + match[0].length, ruleId: 'grammar-double-space', message: 'Two spaces where one will do.', suggestion: ' ', actual: match[0], severity: 'hint' });
    }

    const words = sentence.children.filter((child) => child.type === 'WordNode');
    const values = words.map((word) => toString(word));
    let previous: { value: string; end: number } | undefined;
    for (const [index, word] of words.entries()) {
      const value = values[index] ?? '';
      const start = (word.position?.start.offset ?? 0) - base;
      const end = (word.position?.end.offset ?? 0) - base;
      if (inLiteral(start)) {
        previous = undefined;
        continue;
      }
      const lower = value.toLowerCase();
      if (previous && lower === previous.value.toLowerCase() && /\p{L}/u.test(value) && !mayRepeat.has(lower) && !vouched(value) && /^\s+$/.test(text.slice(previous.end, start))) {
        flags.push({ start: previous.end, end, ruleId: 'grammar-repeated-word', message: `“${value}” is written twice.`, suggestion: '', actual: text.slice(previous.end, end) });
      }
      previous = { value, end };

      if (value === 'i' || /^i['’](?:m|ve|ll|d)$/.test(value)) {
        flags.push({ start, end, ruleId: 'grammar-lowercase-i', message: 'Write “I” as a capital.', suggestion: `I${value.slice(1)}`, actual: value });
      } else if (index === 0 && /^\p{Ll}/u.test(value) && !/\p{Lu}/u.test(value) && !vouched(value) && !/^\d/.test(value)) {
        flags.push({ start, end, ruleId: 'grammar-sentence-start', message: 'A sentence starts with a capital letter.', suggestion: value.charAt(0).toUpperCase() + value.slice(1), actual: value });
      }

      const speak = textSpeak.get(/^[ur]$/.test(value) ? value : lower);
      if (speak !== undefined && !vouched(value)) {
        flags.push({
          start,
          end,
          ruleId: 'grammar-text-speak',
          message: `“${value}” is text-speak; a note to an employer reads better with ${speak ? `“${speak}”` : 'it left out'}.`,
          suggestion: sameCase(value, speak),
          actual: value,
          severity: speakSeverity,
        });
      }
      const digit = digitWords.get(value);
      const before = values[index - 1];
      const after = values[index + 1];
      if (digit && before && after && /^\p{L}+$/u.test(before) && /^\p{L}+$/u.test(after)) {
        flags.push({ start, end, ruleId: 'grammar-text-speak', message: `“${value}” stands for “${digit}” only in text-speak.`, suggestion: digit, actual: value, severity: speakSeverity });
      }
    }

    // A fragment: a clause that needs another to lean on, written as a sentence of its own ("Because I care
    // about data quality.", "Which is why I applied."). Only the plain cases: no comma, a full stop at the end.
    const fragment = /^(which|because|although|though|whereas)\b[^,;:?!]*\.$/i.exec(text.trim());
    if (fragment && !/^because of\b/i.test(text.trim())) {
      const at = text.length - text.trimStart().length;
      flags.push({
        start: at,
        end: at + (fragment[1]?.length ?? 0),
        ruleId: 'grammar-fragment',
        message: `A sentence that starts with “${fragment[1]}” and has no main clause reads as a fragment: join it to the sentence before, or finish the thought.`,
        actual: fragment[1] ?? '',
        severity: 'hint',
      });
    }

    if (confusable.test(text)) for (const { ruleId, pattern, right, message } of confusions) {
      for (const match of text.matchAll(pattern)) {
        const wrong = match.slice(1).find((group) => group !== undefined) ?? '';
        const at = (match.index ?? 0) + match[0].toLowerCase().indexOf(wrong.toLowerCase());
        if (inLiteral(at) || vouched(wrong)) continue;
        flags.push({ start: at, end: at + wrong.length, ruleId, message, suggestion: sameCase(wrong, right), actual: wrong });
      }
    }

    // "a"/"an" by the sound of the next word.
    for (const [index, word] of words.entries()) {
      const value = values[index] ?? '';
      const lower = value.toLowerCase();
      if (lower !== 'a' && lower !== 'an') continue;
      // "Plan A", "option a": a capital A inside a sentence, or a lone letter before "and"/"or", is a letter.
      if ((value !== lower && index > 0) || (lower === 'a' && /^(?:and|or|nor)$/i.test(values[index + 1] ?? ''))) continue;
      const next = words[index + 1];
      const start = (word.position?.start.offset ?? 0) - base;
      const end = (word.position?.end.offset ?? 0) - base;
      const nextStart = (next?.position?.start.offset ?? 0) - base;
      // The next word must follow after a space (or an opening quote), not be a word of another clause.
      if (!next || !/^\s+["“'‘(]?$/.test(text.slice(end, nextStart))) continue;
      const following = values[index + 1] ?? '';
      const wanted = articleFor(following);
      if (!wanted || wanted === lower) continue;
      const expected = value === lower ? wanted : wanted.charAt(0).toUpperCase() + wanted.slice(1);
      flags.push({
        start,
        end,
        ruleId: 'grammar-article',
        message: `Write “${expected}” here: “${following}” starts with ${wanted === 'an' ? 'a vowel' : 'a consonant'} sound.`,
        suggestion: expected,
        actual: value,
      });
    }
    return flags;
  }

  return function (tree: Root, file: VFile): undefined {
    const source = String(file);
    eachOfType<Sentence>(tree, 'SentenceNode', (sentence) => {
      const base = sentence.position?.start.offset ?? 0;
      const text = source.slice(base, sentence.position?.end.offset ?? base);
      for (const flag of sentenceFlags(sentence, text, base)) {
        report(file, flag.message, {
          start: base + flag.start,
          end: base + flag.end,
          ruleId: flag.ruleId,
          category: 'grammar',
          severity: flag.severity ?? 'warning',
          suggestions: flag.suggestion === undefined ? [] : [flag.suggestion],
          actual: flag.actual,
        });
      }
    });
  };
}
