/**
 * The review engine as the editor calls it, once per keystroke: synchronous and incremental. The note is cut into
 * paragraphs, each paragraph's sentence boundaries are cached by its text and found after an edit by re-parsing
 * only the sentences around it (`sentences.ts`), and each sentence's local flags and counts are cached by its text,
 * so a keystroke re-parses and re-checks about one sentence; the whole-note rules are cheap and always re-run. Spelling suggestions never delay the flags: `review` only fills
 * them from what is already known, and `suggest(word)` computes them on request.
 */
import type { Sentence } from 'nlcst';
import { VFile } from 'vfile';
import type { ReviewContext } from './context.ts';
import { defaultDialect, dialectNames, type Dialect } from './dialects.ts';
import { localProcessor, wholeNoteProcessor, type Field } from './processors.ts';
import { fittingRewrites } from './needy/fitting-rewrites.ts';
import { isFlagMessage, messageSpan } from './report.ts';
import { createSpellChecker, type DictionaryFiles, type SpellChecker } from './spelling/checker.ts';
import { overlap, splitSentences, type ParsedSpan, type SentenceSpan, type Version } from './sentences.ts';
import { countSentence, gradeLevel, type TextCounts } from './stats.ts';
import { locator } from './text/locate.ts';
import { stemsIn, type StemIndex } from './text/words.ts';
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
  /** Spelling suggestions for a word in a dialect (US English unless given), best first, then cached. */
  suggest(word: string, dialect?: Dialect): string[];
  topicCoverage(text: string, topics: readonly string[]): TopicCoverage[];
  /** Builds the spell checker of a dialect from its dictionary; returns how long that took, in milliseconds. */
  addDictionary(dialect: Dialect, dictionary: DictionaryFiles): number;
  hasDictionary(dialect: Dialect): boolean;
  /** How long loading the last dictionary took, in milliseconds. */
  readonly dictionaryLoadMilliseconds: number;
}

type LocalFlag = Omit<Flag, 'line' | 'column'>;

interface SentenceResult {
  /** Offsets relative to the sentence. */
  flags: LocalFlag[];
  counts: TextCounts;
}

interface Pipelines {
  local: ReturnType<typeof localProcessor>;
  subject: ReturnType<typeof localProcessor>;
  wholeNote: ReturnType<typeof wholeNoteProcessor>;
}

const maxEntriesCached = 5_000;

function addCounts(totals: TextCounts, counts: TextCounts): void {
  totals.words += counts.words;
  totals.sentences += counts.sentences;
  totals.syllables += counts.syllables;
}
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

/** A needy rule's rewrites of a whole sentence (not the marks or emoji it also flags). */
function isSentenceRewrite(flag: LocalFlag): boolean {
  return flag.category === 'needy' && flag.ruleId !== 'needy-emoji' && flag.actual !== undefined && /\p{L}/u.test(flag.actual);
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

/** An engine with US English loaded when `dictionary` is given; other dialects are added with `addDictionary`. */
export function createReviewEngine(dictionary?: DictionaryFiles): ReviewEngine {
  const checkers = new Map<Dialect, SpellChecker>();
  let dictionaryLoadMilliseconds = 0;
  function addDictionary(dialect: Dialect, files: DictionaryFiles): number {
    const checker = createSpellChecker(files, dialect);
    checkers.set(dialect, checker);
    // Pipelines hold the checker they were made with.
    pipelines.clear();
    dictionaryLoadMilliseconds = checker.loadMilliseconds;
    return dictionaryLoadMilliseconds;
  }
  function checkerFor(dialect: Dialect = defaultDialect): SpellChecker {
    const checker = checkers.get(dialect);
    if (!checker) throw new Error(`The ${dialectNames[dialect]} dictionary is not loaded yet.`);
    return checker;
  }
  const contextKeys = new WeakMap<ReviewContext, string>();
  const pipelines = new Map<string, Pipelines>();
  const splitCache = new Map<string, readonly SentenceSpan[]>();
  /** The paragraphs of the last review of each field, which the next review's edited paragraphs start from. */
  const lastParagraphs = new Map<Field, Version[]>();
  /** Sentence results per field and context, then by the sentence's text (so a lookup hashes only the sentence). */
  const sentenceCaches = new Map<string, Map<string, SentenceResult>>();

  function sentenceCacheFor(fieldAndContext: string): Map<string, SentenceResult> {
    let cache = sentenceCaches.get(fieldAndContext);
    if (!cache) {
      if (sentenceCaches.size >= maxContextsCached * 2) sentenceCaches.clear();
      cache = new Map();
      sentenceCaches.set(fieldAndContext, cache);
    }
    return cache;
  }

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
      const checker = checkerFor(context.dialect);
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

  function remember<T>(cache: Map<string, T>, key: string, value: T): T {
    if (cache.size >= maxEntriesCached) cache.clear();
    cache.set(key, value);
    return value;
  }

  /** Local flags and counts of one sentence, offsets relative to it. `node` is parsed from `source`, where the
   * sentence starts at `at`. */
  function checkSentence(processor: Pipelines['local'], node: Sentence, source: string, at: number): SentenceResult {
    const file = new VFile(source);
    processor.runSync({ type: 'RootNode', children: [{ type: 'ParagraphNode', children: [node] }] }, file);
    return {
      flags: flagsOf(file).map((flag) => ({ ...flag, start: flag.start - at, end: flag.end - at })),
      counts: countSentence(node),
    };
  }

  /** A sentence's own result, from the cache or checked now (re-parsed alone when no fresh node is at hand). */
  function sentenceResult(processor: Pipelines['local'], sentenceCache: Map<string, SentenceResult>, text: string, span: ParsedSpan): SentenceResult {
    const sentenceText = text.slice(span.start, span.end);
    const key = sentenceText;
    const cached = sentenceCache.get(key);
    if (cached) return cached;
    if (span.parsed) return remember(sentenceCache, key, checkSentence(processor, span.parsed.node, span.parsed.source, span.start - span.parsed.offset));
    const result: SentenceResult = { flags: [], counts: { words: 0, sentences: 0, syllables: 0 } };
    for (const alone of splitSentences((value) => processor.parse(value), sentenceText)) {
      if (!alone.parsed) continue;
      const part = checkSentence(processor, alone.parsed.node, sentenceText, 0);
      result.flags.push(...part.flags);
      addCounts(result.counts, part.counts);
    }
    return remember(sentenceCache, key, result);
  }

  /** Local flags of each sentence of a paragraph, offsets into the note. */
  function reviewParagraph(
    processor: Pipelines['local'],
    sentenceCache: Map<string, SentenceResult>,
    paragraph: { start: number; text: string },
    previous: Version | undefined,
    flags: LocalFlag[],
    totals: TextCounts,
  ): Version {
    const { text } = paragraph;
    let plain = splitCache.get(text);
    let spans: readonly ParsedSpan[] | undefined = plain;
    if (!plain) {
      spans = splitSentences((value) => processor.parse(value), text, previous);
      plain = remember(splitCache, text, spans.map(({ start, end }) => ({ start, end })));
    }
    for (const span of spans ?? plain) {
      const result = sentenceResult(processor, sentenceCache, text, span);
      addCounts(totals, result.counts);
      const offset = paragraph.start + span.start;
      for (const flag of result.flags) flags.push({ ...flag, start: flag.start + offset, end: flag.end + offset });
    }
    return { text, spans: plain };
  }

  /** The paragraph of the last review that `text` is most likely an edit of (it shares the most at its ends). */
  function previousVersion(field: Field, index: number, text: string): Version | undefined {
    const candidates = lastParagraphs.get(field) ?? [];
    let best: Version | undefined;
    let bestOverlap = 0;
    for (const candidate of [candidates[index], candidates[index - 1], candidates[index + 1]]) {
      if (!candidate) continue;
      const shared = overlap(candidate.text, text);
      if (shared > bestOverlap) {
        best = candidate;
        bestOverlap = shared;
      }
    }
    return best;
  }

  function run(text: string, context: ReviewContext, field: Field, options: ReviewOptions): ReviewResult {
    const key = keyOf(context);
    const pipes = pipelinesFor(key, context);
    const collected: LocalFlag[] = [];
    const totals: TextCounts = { words: 0, sentences: 0, syllables: 0 };

    const sentenceCache = sentenceCacheFor(`${field}\u0000${key}`);
    const processor = pipes[field === 'subject' ? 'subject' : 'local'];
    const versions = paragraphs(text).map((paragraph, index) =>
      reviewParagraph(processor, sentenceCache, paragraph, splitCache.has(paragraph.text) ? undefined : previousVersion(field, index, paragraph.text), collected, totals),
    );
    lastParagraphs.set(field, versions);

    if (field === 'body') {
      const file = new VFile(text);
      pipes.wholeNote.runSync({ type: 'RootNode', children: [] }, file);
      collected.push(...flagsOf(file));
    }

    const checker = checkerFor(context.dialect);
    const find = locator(text);
    let noteStems: StemIndex | undefined;
    const flags = collected
      .map((flag): Flag => {
        const { line, column } = find.point(flag.start);
        const suggestions =
          flag.category === 'spelling' && flag.actual !== undefined
            ? options.eagerSuggestions
              ? checker.suggest(flag.actual)
              : (checker.cachedSuggestions(flag.actual) ?? [])
            : isSentenceRewrite(flag)
              ? fittingRewrites(flag.suggestions, text, (noteStems ??= stemsIn(text)), flag.start, flag.end)
              : flag.suggestions;
        return { ...flag, line, column, suggestions: [...suggestions] };
      })
      .sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));

    return {
      flags,
      stats: { words: totals.words, sentences: totals.sentences, grade: gradeLevel(totals), smsSegments: smsSegments(text.trim()).segments },
    };
  }

  if (dictionary) addDictionary(defaultDialect, dictionary);

  return {
    get dictionaryLoadMilliseconds() {
      return dictionaryLoadMilliseconds;
    },
    addDictionary,
    hasDictionary: (dialect) => checkers.has(dialect),
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
    suggest: (word, dialect) => [...checkerFor(dialect).suggest(word.replace(/’/g, "'"))],
    topicCoverage,
  };
}
