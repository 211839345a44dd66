/// <reference lib="webworker" />
/**
 * The review engine off the main thread: typing never waits for it. The dictionary loads once, when the worker
 * starts; requests that arrive meanwhile wait in the worker's queue and are answered in order.
 */
import aff from '@dictionary-en/index.aff?raw';
import dic from '@dictionary-en/index.dic?raw';
import { createReviewEngine } from '../../../src-shared/review/index.ts';
import type { ReviewReply, ReviewRequest } from './core/review-protocol.ts';
import { createReviewService } from './core/review-service.ts';

declare const self: DedicatedWorkerGlobalScope;

const engine = createReviewEngine({ aff, dic });
const service = createReviewService(engine);
const post = (reply: ReviewReply) => self.postMessage(reply);

post({ type: 'ready', dictionaryLoadMilliseconds: engine.dictionaryLoadMilliseconds });

self.addEventListener('message', (event: MessageEvent<ReviewRequest>) => {
  const reply = service.handle(event.data);
  if (reply) post(reply);
});
