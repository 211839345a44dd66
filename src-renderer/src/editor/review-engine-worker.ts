/// <reference lib="webworker" />
/**
 * The review worker's engine, loaded by its first script (review.worker.ts) with the messages that came while it
 * loaded and the dictionary it started fetching.
 */
import { createReviewEngine, type Dialect, type DictionaryFiles } from '../../../src-shared/review/index.ts';
import type { ReviewRequest } from './core/review-protocol.ts';
import { createReviewWorker } from './core/review-worker.ts';
import { loadDictionary } from './load-dictionary.ts';

declare const self: DedicatedWorkerGlobalScope;

export function startReviewWorker(early: ReviewRequest[], first: { dialect: Dialect; files: Promise<DictionaryFiles> } | null): void {
  let fetched = first;
  const load = (dialect: Dialect) => {
    const files = fetched?.dialect === dialect ? fetched.files : loadDictionary(dialect);
    fetched = null;
    return files;
  };
  const worker = createReviewWorker({ engine: createReviewEngine(), loadDictionary: load, post: (reply) => self.postMessage(reply) });
  // The English the page last knew opens first, before anything the page has asked.
  if (first) void worker.receive({ id: 0, type: 'open', dialect: first.dialect });
  for (const request of early) void worker.receive(request);
  self.addEventListener('message', (event: MessageEvent<ReviewRequest>) => void worker.receive(event.data));
}
