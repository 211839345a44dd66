/** Opens the journal's English in the review worker, once Settings say which it is, and remembers it for the next window. */
import { journalDialect } from '../../../src-shared/review/dialects.ts';
import { rememberDialect } from './last-dialect.ts';
import { sharedReviewClient } from './shared-review-client.ts';

/** At once if it is already open or opening: the worker opens each dictionary once. */
export function openJournalDictionary(settings: Parameters<typeof journalDialect>[0]): void {
  const dialect = journalDialect(settings);
  rememberDialect(dialect);
  sharedReviewClient().open(dialect);
}
