/// <reference lib="webworker" />
/**
 * The review engine off the main thread: typing never waits for it. The dictionaries were prepared at build time
 * and open in a few milliseconds once fetched; which one opens first is the page's to say: by the worker's name as
 * it starts, then by messages (core/review-worker.ts).
 */
import { createReviewEngine } from '../../../src-shared/review/index.ts';
import type { ReviewRequest } from './core/review-protocol.ts';
import { createReviewWorker } from './core/review-worker.ts';
import { dialectOfWorkerName } from './core/worker-name.ts';
import { loadDictionary } from './load-dictionary.ts';

declare const self: DedicatedWorkerGlobalScope;

const worker = createReviewWorker({ engine: createReviewEngine(), loadDictionary, post: (reply) => self.postMessage(reply) });

// The English the page last knew opens now, before any message can arrive (core/worker-name.ts).
const first = dialectOfWorkerName(self.name);
if (first) void worker.receive({ id: 0, type: 'open', dialect: first });

self.addEventListener('message', (event: MessageEvent<ReviewRequest>) => void worker.receive(event.data));
