/**
 * The two retext pipelines the engine runs: a local one, whose flags depend only on one sentence and are cached
 * by its text (spelling, grammar, readability, needy phrasing), and a whole-note one, run on every review because its rules
 * look at the note as a whole and are cheap (reference, placeholders, spacing between sentences, duplicate, length).
 */
import { retext } from 'retext';
import { unified } from 'unified';
import type { ReviewContext } from './context.ts';
import retextAfterwordDuplicate from './plugins/duplicate.ts';
import retextAfterwordGrammar from './plugins/grammar.ts';
import retextAfterwordLength from './plugins/length.ts';
import retextAfterwordNeedy from './plugins/needy.ts';
import retextAfterwordPlaceholder from './plugins/placeholder.ts';
import retextAfterwordReadability from './plugins/readability.ts';
import retextAfterwordReference from './plugins/reference.ts';
import retextAfterwordSentenceSpacing from './plugins/sentence-spacing.ts';
import retextAfterwordSpelling, { contextWords } from './plugins/spelling.ts';
import type { SpellChecker } from './spelling/checker.ts';

export type Field = 'body' | 'subject';

export function localProcessor(checker: SpellChecker, context: ReviewContext, field: Field = 'body') {
  const ignore = contextWords(context);
  return retext()
    .use(retextAfterwordSpelling, { checker, ignore })
    .use(retextAfterwordGrammar, { context, ignore })
    .use(retextAfterwordReadability, { grade: field === 'body' ? context.readingGrade : undefined })
    .use(retextAfterwordNeedy, { context, field })
    .freeze();
}

export function wholeNoteProcessor(context: ReviewContext) {
  return unified()
    .use(retextAfterwordReference, { context })
    .use(retextAfterwordPlaceholder)
    .use(retextAfterwordSentenceSpacing)
    .use(retextAfterwordDuplicate, { context })
    .use(retextAfterwordLength, { context })
    .freeze();
}
