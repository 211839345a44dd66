/// <reference lib="webworker" />
/**
 * The review engine off the main thread: typing never waits for it. The dictionaries were prepared at build time
 * and open in a few milliseconds once fetched. US English opens when the worker starts; a note in another English
 * opens that dictionary when its context arrives (dictionary-loader.ts opens each once). Requests wait for the
 * dictionaries asked for before them and are answered in arrival order, so a context always precedes what it
 * judges.
 */
import { defaultDialect, createReviewEngine, type Dialect } from '../../../src-shared/review/index.ts';
import type { ReviewReply, ReviewRequest } from './core/review-protocol.ts';
import { createReviewService } from './core/review-service.ts';
import { dictionaryLoader } from './core/dictionary-loader.ts';
import { loadDictionary } from './load-dictionary.ts';

declare const self: DedicatedWorkerGlobalScope;

const engine = createReviewEngine();
const service = createReviewService(engine);
const post = (reply: ReviewReply) => self.postMessage(reply);

const load = dictionaryLoader(engine, loadDictionary);

let queue: Promise<unknown> = load(defaultDialect).then(
  (dictionaryLoadMilliseconds) => post({ type: 'ready', dictionaryLoadMilliseconds }),
  (error: unknown) => post({ type: 'unavailable', message: error instanceof Error ? error.message : String(error) }),
);

self.addEventListener('message', (event: MessageEvent<ReviewRequest>) => {
  const request = event.data;
  const dialect = request.type === 'context' ? request.context.dialect : undefined;
  // A dictionary that fails to open leaves the requests it holds up to say so (`failed`), one by one.
  if (dialect && !engine.hasDictionary(dialect)) queue = queue.then(() => load(dialect)).catch(() => undefined);
  queue = queue.then(() => answer(request));
});

function answer(request: ReviewRequest): void {
  const reply = service.handle(request);
  if (reply) post(reply);
}
