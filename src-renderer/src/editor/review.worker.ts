/// <reference lib="webworker" />
/**
 * The review engine off the main thread: typing never waits for it. The dictionaries were prepared at build time
 * and open in a few milliseconds once fetched; which one opens first is the page's to say (core/review-worker.ts).
 */
import { createReviewEngine } from '../../../src-shared/review/index.ts';
import type { ReviewRequest } from './core/review-protocol.ts';
import { createReviewWorker } from './core/review-worker.ts';
import { loadDictionary } from './load-dictionary.ts';

declare const self: DedicatedWorkerGlobalScope;

const worker = createReviewWorker({ engine: createReviewEngine(), loadDictionary, post: (reply) => self.postMessage(reply) });

self.addEventListener('message', (event: MessageEvent<ReviewRequest>) => void worker.receive(event.data));
