/// <reference lib="webworker" />
/**
 * The review engine off the main thread: typing never waits for it. This first script is tiny so that the worker
 * runs at once: from then on the page's messages reach it directly (a message to a worker that has not started
 * waits for the page's main thread, busy loading the app just then), and it fetches the spelling dictionary named
 * in its name (core/worker-name.ts) while the engine's much larger code loads. Messages that arrive meanwhile are
 * kept, in order, for the engine (review-engine-worker.ts).
 */
import type { ReviewRequest } from './core/review-protocol.ts';
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

const engine = import('./review-engine-worker.ts');
// While the engine loads: the first date a window formats costs tens of milliseconds (the locale's calendar data
// is read), and that data is then shared by the window's whole process. Read here, it spares the page's main
// thread that wait as it draws the note's interview date (20–45 ms there; under 1 ms after this).
new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(0);
const { startReviewWorker } = await engine;
self.removeEventListener('message', keep);
startReviewWorker(early, first);
