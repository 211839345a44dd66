/// <reference lib="webworker" />
/**
 * The review engine off the main thread: typing never waits for it. The dictionary was prepared at build time and
 * opens in a few milliseconds once fetched; requests that arrive meanwhile wait and are answered in order.
 */
import aff from '@dictionary-en/index.aff?raw';
import preparedDic from '@dictionary-en/index.dic?prepared';
import { createReviewEngine } from '../../../src-shared/review/index.ts';
import type { ReviewReply, ReviewRequest } from './core/review-protocol.ts';
import { createReviewService, type ReviewService } from './core/review-service.ts';
import { readPreparedDictionary } from './read-prepared-dictionary.ts';

declare const self: DedicatedWorkerGlobalScope;

const post = (reply: ReviewReply) => self.postMessage(reply);

async function start(): Promise<ReviewService> {
  const engine = createReviewEngine({ aff, dic: await readPreparedDictionary(preparedDic) });
  post({ type: 'ready', dictionaryLoadMilliseconds: engine.dictionaryLoadMilliseconds });
  return createReviewService(engine);
}

const service = start();
service.catch((error: unknown) => post({ type: 'unavailable', message: error instanceof Error ? error.message : String(error) }));

self.addEventListener('message', (event: MessageEvent<ReviewRequest>) => {
  // In arrival order: each request waits for the ones before it, so a context always precedes what it judges.
  service.then(
    (ready) => {
      const reply = ready.handle(event.data);
      if (reply) post(reply);
    },
    () => undefined,
  );
});
