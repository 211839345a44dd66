/** The app's review worker. One for the whole app: the dictionary loads once, not every time a note opens. */
import { ReviewClient, type ReviewPort } from './core/review-client.ts';
import { reviewWorkerName } from './core/worker-name.ts';
import { lastDialect } from './last-dialect.ts';

let shared: ReviewClient | null = null;

export function sharedReviewClient(): ReviewClient {
  if (!shared) {
    const worker = new Worker(new URL('./review.worker.ts', import.meta.url), { type: 'module', name: reviewWorkerName(lastDialect()) });
    shared = new ReviewClient(worker as unknown as ReviewPort);
  }
  return shared;
}
