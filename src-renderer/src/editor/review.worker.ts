/// <reference lib="webworker" />
/**
 * The review engine off the main thread: typing never waits for it. This first script is tiny, and says it has run
 * before loading anything else: until then the page's messages to the worker wait on the page's main thread, which
 * is about to be busy drawing the app (start.ts waits for this word). Messages that arrive while the engine's much
 * larger code loads are kept, in order, for it (review-engine-worker.ts), and the spelling dictionary named in the
 * worker's name (core/worker-name.ts) is fetched meanwhile.
 */
import type { ReviewReply, ReviewRequest } from './core/review-protocol.ts';
import { dialectOfWorkerName } from './core/worker-name.ts';
import { loadDictionary } from './load-dictionary.ts';

declare const self: DedicatedWorkerGlobalScope;

const early: ReviewRequest[] = [];
const keep = (event: MessageEvent<ReviewRequest>) => early.push(event.data);
self.addEventListener('message', keep);

const dialect = dialectOfWorkerName(self.name);
const first = dialect ? { dialect, files: loadDictionary(dialect) } : null;
// A dictionary that cannot be read is reported when the engine asks for it, not as an unhandled rejection now.
first?.files.catch(() => undefined);

// In a task of its own, once this script has finished running: the page then hears it after the browser has noted
// the worker as running, and before the engine's code keeps this thread busy.
setTimeout(() => {
  self.postMessage({ type: 'started' } satisfies ReviewReply);
  const engine = import('./review-engine-worker.ts');
  // While the engine loads: the first date a window formats costs tens of milliseconds (the locale's calendar data
  // is read), and that data is then shared by the window's whole process. Read here, it spares the page's main
  // thread that wait as it draws the note's interview date (20–45 ms there; under 1 ms after this).
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(0);
  void engine.then(({ startReviewWorker }) => {
    self.removeEventListener('message', keep);
    startReviewWorker(early, first);
  });
});
