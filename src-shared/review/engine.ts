/**
 * The review engine as the editor calls it, once per keystroke: synchronous and incremental. The note is cut into
 * paragraphs and each paragraph's local flags are cached by its text, so typing re-checks one paragraph; the
 * whole-note rules are cheap and always re-run. Spelling suggestions never delay the flags: `review` only fills
 * them from what is already known, and `suggest(word)` computes them on request.
 */
import { VFile } from 'vfile';
import type { ReviewContext } from './context.ts';
import { localProcessor, wholeNoteProcessor, type Field } from './processors.ts';
import { isFlagMessage, messageSpan } from './report.ts';
import { createSpellChecker, type DictionaryFiles, type SpellChecker } from './spelling/checker.ts';
import { countTree, gradeLevel, type TextCounts } from './stats.ts';
import { locator } from './text/locate.ts';
import { smsSegments } from './text/sms.ts';
import { topicCoverage, type TopicCoverage } from './topics.ts';
import type { Flag, ReviewResult } from './types.ts';

export interface ReviewOptions {
  /** Compute missing spelling suggestions now (the command line, tests); the editor leaves this off. */
  eagerSuggestions?: boolean;
}

export interface ReviewEngine {
  review(text: string, context?: ReviewContext, options?: ReviewOptions): ReviewResult;
  /** Reviews an email subject line: spelling, needy phrasing and urgency; an empty subject is flagged. */
  reviewSubject(subject: string, context?: ReviewContext, options?: ReviewOptions): ReviewResult;
  /** Spelling suggestions for a word (slow the first time for long or unusual words, then cached). */
  suggest(word: string): string[];
  topicCoverage(text: string, topics: readonly string[]): TopicCoverage[];
  /** How long loading the dictionary took, in milliseconds. */
  readonly dictionaryLoadMilliseconds: number;
}

type LocalFlag = Omit<Flag, 'line' | 'column'>;

interface ParagraphResult {
  flags: LocalFlag[];
  counts: TextCounts;
}

interface Pipelines {
  local: ReturnType<typeof localProcessor>;
  subject: ReturnType<typeof localProcessor>;
  wholeNote: ReturnType<typeof wholeNoteProcessor>;
}

const maxParagraphsCached = 2_000;
const maxContextsCached = 16;

function flagsOf(file: VFile): LocalFlag[] {
  return file.messages.filter(isFlagMessage).map((message) => {
    const { start, end } = messageSpan(message);
    const flag: LocalFlag = {
      ruleId: message.ruleId ?? message.category,
      category: message.category,
      severity: message.severity,
      start,
      end,
      message: message.reason,
      suggestions: Array.isArray(message.expected) ? [...message.expected] : [],
    };
    if (typeof message.actual === 'string') flag.actual = message.actual;
    return flag;
  });
}

/** Paragraphs are separated by blank lines; a sentence never spans one. */
function paragraphs(text: string): Array<{ start: number; text: string }> {
  const result: Array<{ start: number; text: string }> = [];
  const separator = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (const match of text.matchAll(separator)) {
    const end = match.index ?? 0;
    if (end > start) result.push({ start, text: text.slice(start, end) });
    start = end + match[0].length;
  }
  if (start < text.length) result.push({ start, text: text.slice(start) });
  return result;
}

export function createReviewEngine(dictionary: DictionaryFiles): ReviewEngine {
  const checker: SpellChecker = createSpellChecker(dictionary);
  const contextKeys = new WeakMap<ReviewContext, string>();
  const pipelines = new Map<string, Pipelines>();
  const paragraphCache = new Map<string, ParagraphResult>();

  function keyOf(context: ReviewContext): string {
    let key = contextKeys.get(context);
    if (key === undefined) {
      key = JSON.stringify(context);
      contextKeys.set(context, key);
    }
    return key;
  }

  function pipelinesFor(key: string, context: ReviewContext): Pipelines {
    let found = pipelines.get(key);
    if (!found) {
      if (pipelines.size >= maxContextsCached) pipelines.clear();
      found = {
        local: localProcessor(checker, context, 'body'),
        subject: localProcessor(checker, context, 'subject'),
        wholeNote: wholeNoteProcessor(context),
      };
      pipelines.set(key, found);
    }
    return found;
  }

  function reviewParagraph(processor: Pipelines['local'], cacheKey: string, text: string): ParagraphResult {
    let result = paragraphCache.get(cacheKey);
    if (!result) {
      const file = new VFile(text);
      const tree = processor.parse(file);
      processor.runSync(tree, file);
      result = { flags: flagsOf(file), counts: countTree(tree) };
      if (paragraphCache.size >= maxParagraphsCached) paragraphCache.clear();
      paragraphCache.set(cacheKey, result);
    } else {
      // Keep recently used paragraphs when the cache is cleared: re-insertion moves them to the end.
      paragraphCache.delete(cacheKey);
      paragraphCache.set(cacheKey, result);
    }
    return result;
  }

  function run(text: string, context: ReviewContext, field: Field, options: ReviewOptions): ReviewResult {
    const key = keyOf(context);
    const pipes = pipelinesFor(key, context);
    const local = field === 'subject' ? pipes.subject : pipes.local;
    const collected: LocalFlag[] = [];
    const totals: TextCounts = { words: 0, sentences: 0, syllables: 0 };

    for (const paragraph of paragraphs(text)) {
      const result = reviewParagraph(local, `${field}\u0000${key}\u0000${paragraph.text}`, paragraph.text);
      totals.words += result.counts.words;
      totals.sentences += result.counts.sentences;
      totals.syllables += result.counts.syllables;
      for (const flag of result.flags) {
        collected.push({ ...flag, start: flag.start + paragraph.start, end: flag.end + paragraph.start });
      }
    }

    if (field === 'body') {
      const file = new VFile(text);
      pipes.wholeNote.runSync({ type: 'RootNode', children: [] }, file);
      collected.push(...flagsOf(file));
    }

    const find = locator(text);
    const flags = collected
      .map((flag): Flag => {
        const { line, column } = find.point(flag.start);
        const suggestions =
          flag.category === 'spelling' && flag.actual !== undefined
            ? options.eagerSuggestions
              ? checker.suggest(flag.actual)
              : (checker.cachedSuggestions(flag.actual) ?? [])
            : flag.suggestions;
        return { ...flag, line, column, suggestions: [...suggestions] };
      })
      .sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));

    return {
      flags,
      stats: { words: totals.words, sentences: totals.sentences, grade: gradeLevel(totals), smsSegments: smsSegments(text.trim()).segments },
    };
  }

  return {
    dictionaryLoadMilliseconds: checker.loadMilliseconds,
    review: (text, context = {}, options = {}) => run(text, context, 'body', options),
    reviewSubject(subject, context = {}, options = {}) {
      const result = run(subject, context, 'subject', options);
      if (subject.trim().length === 0 && (context.channel ?? 'email') === 'email') {
        result.flags.unshift({
          ruleId: 'reference-subject-missing',
          category: 'reference',
          severity: 'warning',
          start: 0,
          end: subject.length,
          line: 1,
          column: 1,
          message: 'An email follow-up needs a subject line: a plain one that says what the note is and which role it is about.',
          suggestions: [],
        });
      }
      return result;
    },
    suggest: (word) => [...checker.suggest(word.replace(/’/g, "'"))],
    topicCoverage,
  };
}
