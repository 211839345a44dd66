/**
 * Needy, pushy and apologetic phrasing: pleading, pressure and guilt, empty check-ins, over-apologising,
 * apologising for the interview, gifts, and (for a subject line) urgency. Each flag covers the sentence and
 * offers a confident sentence to use instead.
 */
import type { Root, Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import type { VFile } from 'vfile';
import type { ReviewContext } from '../context.ts';
import { compilePattern, containsAnyWord, findPattern, indexTokens, mayMatch, requiredWord, type CompiledPattern } from '../needy/matcher.ts';
import { needyRules, urgentSubjectRule, type NeedyRule } from '../needy/phrases.ts';
import { report } from '../report.ts';
import { eachOfType } from '../text/walk.ts';
import { tokenize } from '../text/words.ts';

export interface NeedyOptions {
  context?: ReviewContext;
  /** `subject` adds the urgent-subject rule. */
  field?: 'body' | 'subject';
}

interface CompiledRule {
  rule: NeedyRule;
  patterns: Array<{ pattern: CompiledPattern; required: ReturnType<typeof requiredWord> }>;
  unless: CompiledPattern;
}

function compileRule(rule: NeedyRule): CompiledRule {
  return {
    rule,
    patterns: rule.patterns.map(compilePattern).map((pattern) => ({ pattern, required: requiredWord(pattern) })),
    unless: compilePattern((rule.unless ?? []).join(' ')),
  };
}

const bodyRules = needyRules.map(compileRule);
const subjectRules = [...bodyRules, compileRule(urgentSubjectRule)];

const repeatedMarks = /[!?]*(?:!!|\?\?|\?!|!\?)[!?]*/g;
// Pictographs (with their variation selectors and joiners, so a family or a flag is one emoji).
const emoji = /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier})*/gu;

export default function retextAfterwordNeedy(options: NeedyOptions = {}) {
  const context = options.context ?? {};
  const rules = options.field === 'subject' ? subjectRules : bodyRules;
  // In a text message emoji are ordinary; in an email or a letter to an interviewer they read as too casual.
  const formal = context.channel === 'email' || context.channel === 'letter' || options.field === 'subject';

  return function (tree: Root, file: VFile): undefined {
    eachOfType<Sentence>(tree, 'SentenceNode', (sentence) => {
      const base = sentence.position?.start.offset ?? 0;
      const text = toString(sentence);
      const tokens = tokenize(text, base);
      const end = base + text.trimEnd().length;
      const index = indexTokens(tokens);
      for (const { rule, patterns, unless } of rules) {
        if (!patterns.some(({ pattern, required }) => mayMatch(index, required) && findPattern(tokens, pattern))) continue;
        if (containsAnyWord(tokens, unless)) continue;
        report(file, rule.message, {
          start: base,
          end,
          ruleId: rule.ruleId,
          category: 'needy',
          severity: rule.severity,
          suggestions: rule.rewrites(context),
          actual: text.trimEnd(),
        });
      }
      if (formal) {
        for (const match of text.matchAll(emoji)) {
          const start = base + (match.index ?? 0);
          report(file, 'Emoji read as casual in an email to an interviewer; let the words carry the warmth.', {
            start,
            end: start + match[0].length,
            ruleId: 'needy-emoji',
            category: 'needy',
            severity: 'hint',
            suggestions: [''],
            actual: match[0],
          });
        }
      }
      for (const match of text.matchAll(repeatedMarks)) {
        const start = base + (match.index ?? 0);
        report(
          file,
          'Several question or exclamation marks read as impatience or pressure; one is enough.',
          {
            start,
            end: start + match[0].length,
            ruleId: 'needy-pressure',
            category: 'needy',
            severity: 'warning',
            suggestions: [match[0].includes('?') ? '?' : '!'],
            actual: match[0],
          },
        );
      }
    });
  };
}
