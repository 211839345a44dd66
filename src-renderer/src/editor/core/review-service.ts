/**
 * What the review worker does with each request, apart from the worker itself so that it runs in Node tests with
 * the real engine. Plain TypeScript: no DOM, no worker globals.
 */
import { withoutPlaceholders } from '../../../../src-shared/drafts/index.ts';
import type { ReviewContext, ReviewEngine } from '../../../../src-shared/review/index.ts';
import type { ReviewReply, ReviewRequest } from './review-protocol.ts';

export interface ReviewService {
  handle(request: ReviewRequest): ReviewReply | null;
}

export function createReviewService(engine: ReviewEngine): ReviewService {
  // One object for as long as the context stays the same: the engine caches its pipelines by context identity.
  let context: ReviewContext = {};

  return {
    handle(request) {
      const started = performance.now();
      try {
        switch (request.type) {
          case 'context':
            context = request.context;
            return null;
          case 'review': {
            const { flags, stats } = engine.review(request.text, context);
            return { id: request.id, type: 'review', flags, stats, milliseconds: performance.now() - started };
          }
          case 'subject': {
            const { flags } = engine.reviewSubject(request.text, context);
            return { id: request.id, type: 'subject', flags, milliseconds: performance.now() - started };
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
