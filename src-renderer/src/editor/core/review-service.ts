/**
 * What the review worker does with each request, apart from the worker itself so that it runs in Node tests with
 * the real engine. Plain TypeScript: no DOM, no worker globals.
 */
import { withoutPlaceholders } from '../../../../src-shared/drafts/index.ts';
import type { ReviewContext, ReviewEngine } from '../../../../src-shared/review/index.ts';
import type { ReplyOf, ReviewReply, ReviewRequest } from './review-protocol.ts';

export interface ReviewService {
  handle(request: ReviewRequest): ReviewReply | null;
}

export function createReviewService(engine: ReviewEngine): ReviewService {
  // One object for as long as the context stays the same: the engine caches its pipelines by context identity. A
  // context sent again unchanged (a note reopened, an editor taking over from its head start) keeps the object.
  let context: ReviewContext = {};
  let contextKey = JSON.stringify(context);
  // The last answer for each field, kept for the same text under the same context: a note's first review is asked
  // for as soon as its text arrives, and again by the editor once it shows; the second gets the first's answer.
  const last: { review?: { text: string; reply: Omit<ReplyOf<'review'>, 'id'> }; subject?: { text: string; reply: Omit<ReplyOf<'subject'>, 'id'> } } = {};

  return {
    handle(request) {
      const started = performance.now();
      try {
        switch (request.type) {
          case 'open':
            return null;
          case 'context': {
            const key = JSON.stringify(request.context);
            if (key !== contextKey) [context, contextKey, last.review, last.subject] = [request.context, key, undefined, undefined];
            return null;
          }
          case 'review': {
            if (last.review?.text !== request.text) {
              const { flags, stats } = engine.review(request.text, context);
              last.review = { text: request.text, reply: { type: 'review', flags, stats, milliseconds: performance.now() - started } };
            }
            return { ...last.review.reply, id: request.id };
          }
          case 'subject': {
            if (last.subject?.text !== request.text) {
              const { flags } = engine.reviewSubject(request.text, context);
              last.subject = { text: request.text, reply: { type: 'subject', flags, milliseconds: performance.now() - started } };
            }
            return { ...last.subject.reply, id: request.id };
          }
          case 'suggest':
            return { id: request.id, type: 'suggest', word: request.word, suggestions: engine.suggest(request.word, context.dialect) };
          case 'coverage':
            // Topics listed inside a first draft's marked places are prompts, not references.
            return { id: request.id, type: 'coverage', coverage: engine.topicCoverage(withoutPlaceholders(request.text), request.topics) };
        }
      } catch (error) {
        return { id: request.id, type: 'failed', message: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
