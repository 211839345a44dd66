/**
 * The review engine as the editor calls it, once per keystroke: synchronous and incremental. The note is cut into
 * paragraphs (each paragraph's sentence boundaries cached by its text) and each sentence's local flags are cached
 * by its text, so a keystroke re-parses one paragraph and re-checks one sentence; the whole-note rules are cheap
 * and always re-run. Spelling suggestions never delay the flags: `review` only fills
 * them from what is already known, and `suggest(word)` computes them on request.
 */
import type { Paragraph, Root, Sentence } from 'nlcst';
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

interface SentenceResult {
  /** Offsets relative to the sentence. */
  flags: LocalFlag[];
  counts: TextCounts;
}

/** A paragraph's sentences as [start, end) offsets relative to the paragraph, and the parsed tree. */
interface ParagraphSplit {
  tree: Root;
  sentences: Array<{ start: number; end: number; node: Sentence; parent: Paragraph }>;
}

interface Pipelines {
  local: ReturnType<typeof localProcessor>;
  subject: ReturnType<typeof localProcessor>;
  wholeNote: ReturnType<typeof wholeNoteProcessor>;
}

const maxEntriesCached = 5_000;
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
  const splitCache = new Map<string, ParagraphSplit>();
  const sentenceCache = new Map<string, SentenceResult>();

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

  function remember<T>(cache: Map<string, T>, key: string, value: T): T {
    if (cache.size >= maxEntriesCached) cache.clear();
    cache.set(key, value);
    return value;
  }

  function split(processor: Pipelines['local'], text: string): ParagraphSplit {
    const cached = splitCache.get(text);
    if (cached) return cached;
    const tree = processor.parse(text);
    const sentences: ParagraphSplit['sentences'] = [];
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue;
      for (const node of paragraph.children) {
        if (node.type !== 'SentenceNode') continue;
        sentences.push({ start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0, node, parent: paragraph });
      }
    }
    return remember(splitCache, text, { tree, sentences });
  }

  /** Local flags of each sentence of a paragraph, offsets relative to the paragraph. */
  function reviewParagraph(processor: Pipelines['local'], keyPrefix: string, text: string, flags: LocalFlag[], totals: TextCounts): void {
    const { sentences } = split(processor, text);
    let file: VFile | undefined;
    for (const sentence of sentences) {
      const sentenceText = text.slice(sentence.start, sentence.end);
      const key = keyPrefix + sentenceText;
      let result = sentenceCache.get(key);
      if (!result) {
        // Run the local rules on this sentence alone, inside its paragraph so offsets and URLs stay right.
        file ??= new VFile(text);
        const root: Root = { type: 'RootNode', children: [{ ...sentence.parent, children: [sentence.node] }] };
        const before = file.messages.length;
        processor.runSync(root, file);
        const scratch = new VFile(text);
        scratch.messages = file.messages.slice(before);
        result = remember(sentenceCache, key, {
          flags: flagsOf(scratch).map((flag) => ({ ...flag, start: flag.start - sentence.start, end: flag.end - sentence.start })),
          counts: countTree(root),
        });
      }
      totals.words += result.counts.words;
      totals.sentences += result.counts.sentences;
      totals.syllables += result.counts.syllables;
      for (const flag of result.flags) flags.push({ ...flag, start: flag.start + sentence.start, end: flag.end + sentence.start });
    }
  }

  function run(text: string, context: ReviewContext, field: Field, options: ReviewOptions): ReviewResult {
    const key = keyOf(context);
    const pipes = pipelinesFor(key, context);
    const collected: LocalFlag[] = [];
    const totals: TextCounts = { words: 0, sentences: 0, syllables: 0 };

    const keyPrefix = `${field}\u0000${key}\u0000`;
    for (const paragraph of paragraphs(text)) {
      const local: LocalFlag[] = [];
      reviewParagraph(pipes[field === 'subject' ? 'subject' : 'local'], keyPrefix, paragraph.text, local, totals);
      for (const flag of local) collected.push({ ...flag, start: flag.start + paragraph.start, end: flag.end + paragraph.start });
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
