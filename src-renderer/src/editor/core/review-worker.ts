/**
 * What the review worker does with its messages, apart from the worker global so that it runs in Node tests with
 * the real engine. No dictionary opens until one is asked for: the page asks for the journal's English as soon as
 * Settings say which it is (`open`), and each note's context asks for its own. Requests wait for the dictionary
 * they need and are answered in arrival order, so a context always precedes what it judges; every dictionary
 * opened is kept for the notes that ask for it later.
 */
import { defaultDialect, type Dialect, type DictionaryFiles, type ReviewEngine } from '../../../../src-shared/review/index.ts';
import { dictionaryLoader } from './dictionary-loader.ts';
import type { ReviewReply, ReviewRequest } from './review-protocol.ts';
import { createReviewService } from './review-service.ts';

export interface ReviewWorkerParts {
  engine: ReviewEngine;
  loadDictionary(dialect: Dialect): Promise<DictionaryFiles>;
  post(reply: ReviewReply): void;
}

export interface ReviewWorker {
  /** Takes a request; the promise settles once it is answered (tests wait on it, the worker does not). */
  receive(request: ReviewRequest): Promise<void>;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createReviewWorker({ engine, loadDictionary, post }: ReviewWorkerParts): ReviewWorker {
  const service = createReviewService(engine);
  const load = dictionaryLoader(engine, loadDictionary);
  let queue: Promise<void> = Promise.resolve();
  /** The English of the context in force, which every request after it is judged in. */
  let dialect: Dialect = defaultDialect;
  /** Whether the page has heard that the review works (the first dictionary opened) or cannot. */
  let announced = false;
  const tried = new Set<Dialect>();

  async function open(wanted: Dialect): Promise<void> {
    if (engine.hasDictionary(wanted)) return;
    tried.add(wanted);
    try {
      const dictionaryLoadMilliseconds = await load(wanted);
      if (!announced) post({ type: 'ready', dictionaryLoadMilliseconds });
      announced = true;
    } catch (error) {
      // The first dictionary failing means no review at all; a later one fails the requests that need it
      // (`failed`), one by one, and is tried again by the next `open` or context that names it (not by every
      // keystroke's review).
      if (!announced) post({ type: 'unavailable', message: messageOf(error) });
      announced = true;
    }
  }

  function answer(request: ReviewRequest): void {
    const reply = service.handle(request);
    if (reply) post(reply);
  }

  return {
    receive(request) {
      if (request.type === 'open') queue = queue.then(() => open(request.dialect));
      else {
        const asks = request.type === 'context';
        if (asks) dialect = request.context.dialect ?? defaultDialect;
        const needed = dialect;
        queue = queue.then(() => (asks || !tried.has(needed) ? open(needed) : undefined)).then(() => answer(request));
      }
      return queue;
    },
  };
}
