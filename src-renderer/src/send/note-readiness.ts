/**
 * Reviews notes as they stand in the journal, for the send gate: the same worker code and the same context as the
 * editor, in a worker of its own so the editor's context is never swapped under it. It starts on the first check and
 * is kept, so the dictionary loads once.
 */
import type { FollowUpDetail } from '../../../src-shared/api/journal-types.ts';
import { engineContext } from '../editor/core/engine-context.ts';
import { ReviewClient, type ReviewPort } from '../editor/core/review-client.ts';
import { api } from '../lib/api.ts';
import { isFinished, leftToFix, placeholdersIn, type LeftToFix } from './left-to-fix.ts';

let client: ReviewClient | null = null;
let queue: Promise<unknown> = Promise.resolve();

function reviewer(): ReviewClient {
  if (!client) {
    const worker = new Worker(new URL('../editor/review.worker.ts', import.meta.url), { type: 'module', name: 'send-check' });
    client = new ReviewClient(worker as unknown as ReviewPort);
  }
  return client;
}

export interface UnfinishedNote {
  followUpId: number;
  /** Whom it is to, for naming it among several. */
  recipient: string | null;
  left: LeftToFix;
}

async function check(detail: FollowUpDetail): Promise<LeftToFix> {
  const { followUp } = detail;
  const context = await api.followups.reviewContext({ id: followUp.id });
  // Without its context the note cannot be reviewed: the placeholders can still be named.
  if (!context.ok) return { placeholders: placeholdersIn(followUp.subject, followUp.body), problems: [] };
  if (!followUp.body.trim()) return { placeholders: [], problems: ['The text is empty.'] };
  const review = reviewer();
  review.setContext(engineContext(context.value));
  const body = await review.review(followUp.body);
  const subject = followUp.channel === 'email' ? await review.reviewSubject(followUp.subject) : null;
  return leftToFix(
    [
      { text: followUp.body, flags: body?.type === 'review' ? body.flags : [] },
      { text: followUp.subject, flags: subject?.type === 'subject' ? subject.flags : [] },
    ],
    detail.ignoredFlags,
  );
}

/** The notes among `ids` with something left to finish; one check at a time, as the worker holds one context. */
export function unfinishedNotes(ids: readonly number[]): Promise<UnfinishedNote[]> {
  const run = queue.then(async () => {
    const found: UnfinishedNote[] = [];
    for (const id of ids) {
      const detail = await api.followups.get({ id });
      if (!detail.ok) continue;
      const left = await check(detail.value);
      if (!isFinished(left)) found.push({ followUpId: id, recipient: detail.value.recipient?.name ?? null, left });
    }
    return found;
  });
  queue = run.catch(() => undefined);
  return run;
}
