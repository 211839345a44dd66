// The review worker opens the journal's English first, and only the dictionaries asked for: a British journal's
// first review needs no US dictionary, and a change of English keeps the one before for the notes that ask for it.
import { describe, expect, it } from 'vitest';
import { createReviewEngine, type Dialect, type ReviewContext } from '../../../src-shared/review/index.ts';
import { loadDictionary } from '../../../src-main/review/node-engine.ts';
import type { ReviewReply, ReviewRequest } from '../../../src-renderer/src/editor/core/review-protocol.ts';
import { createReviewWorker } from '../../../src-renderer/src/editor/core/review-worker.ts';

/** A request before the worker numbers it, of any type. */
type Unnumbered<R = ReviewRequest> = R extends unknown ? Omit<R, 'id'> : never;

/** A worker over the real engine, recording the dictionaries it reads and everything it posts. */
function startWorker(read: (dialect: Dialect) => ReturnType<typeof loadDictionary> = loadDictionary) {
  const opened: Dialect[] = [];
  const posted: ReviewReply[] = [];
  const worker = createReviewWorker({
    engine: createReviewEngine(),
    loadDictionary: (dialect) => {
      opened.push(dialect);
      return read(dialect);
    },
    post: (reply) => posted.push(reply),
  });
  let id = 1;
  const send = (request: Unnumbered) => worker.receive({ ...request, id: id++ });
  const misspelt = (reply: ReviewReply | undefined) => (reply?.type === 'review' ? reply.flags.filter((flag) => flag.category === 'spelling').map((flag) => flag.actual) : null);
  const reviews = () => posted.filter((reply) => reply.type === 'review');
  return { opened, posted, send, misspelt, reviews, context: (context: ReviewContext) => send({ type: 'context', context }) };
}

const text = 'The colour of the logo and the color of the site.';

describe('the review worker', () => {
  it('should open only British English for a British journal, and flag "color" but not "colour" in its first review', async () => {
    const worker = startWorker();
    // As the page starts: the journal's English, then the first note's context and text.
    void worker.send({ type: 'open', dialect: 'en-GB' });
    void worker.context({ dialect: 'en-GB' });
    await worker.send({ type: 'review', text });
    expect(worker.opened).toEqual(['en-GB']);
    expect(worker.posted[0]).toMatchObject({ type: 'ready' });
    expect(worker.reviews()).toHaveLength(1);
    expect(worker.misspelt(worker.reviews()[0])).toEqual(['color']);
  }, 30_000);

  it('should open nothing until asked, then US English for a context that names no English', async () => {
    const worker = startWorker();
    expect(worker.opened).toEqual([]);
    void worker.context({});
    await worker.send({ type: 'review', text });
    expect(worker.opened).toEqual(['en-US']);
    expect(worker.misspelt(worker.reviews()[0])).toEqual(['colour']);
  }, 30_000);

  it('should open the new English when the journal changes it, and keep the old one for notes that ask for it', async () => {
    const worker = startWorker();
    void worker.send({ type: 'open', dialect: 'en-GB' });
    void worker.context({ dialect: 'en-GB' });
    await worker.send({ type: 'review', text });
    // Settings now say US English: it opens before any note asks for it.
    await worker.send({ type: 'open', dialect: 'en-US' });
    expect(worker.opened).toEqual(['en-GB', 'en-US']);
    void worker.context({ dialect: 'en-US' });
    await worker.send({ type: 'review', text });
    // A note reviewed in British English again uses the dictionary already open.
    void worker.context({ dialect: 'en-GB' });
    await worker.send({ type: 'review', text });
    expect(worker.opened).toEqual(['en-GB', 'en-US']);
    expect(worker.reviews().map(worker.misspelt)).toEqual([['color'], ['colour'], ['color']]);
    expect(worker.posted.filter((reply) => reply.type === 'ready')).toHaveLength(1);
  }, 30_000);

  it('should say once that the review cannot run when the first dictionary cannot be read, and try it again for the next note', async () => {
    let fail = true;
    const worker = startWorker((dialect) => (fail ? Promise.reject(new Error('The spelling dictionary could not be read (404).')) : loadDictionary(dialect)));
    void worker.send({ type: 'open', dialect: 'en-AU' });
    void worker.context({ dialect: 'en-AU' });
    await worker.send({ type: 'review', text });
    expect(worker.posted.filter((reply) => reply.type === 'unavailable')).toEqual([{ type: 'unavailable', message: 'The spelling dictionary could not be read (404).' }]);
    expect(worker.posted.at(-1)).toMatchObject({ type: 'failed', message: 'The Australian English dictionary is not loaded yet.' });
    expect(worker.reviews()).toEqual([]);

    // Not again for every keystroke's review…
    await worker.send({ type: 'review', text });
    expect(worker.opened).toEqual(['en-AU', 'en-AU']);

    // …but for the next note's context.
    fail = false;
    void worker.context({ dialect: 'en-AU' });
    await worker.send({ type: 'review', text });
    expect(worker.opened).toEqual(['en-AU', 'en-AU', 'en-AU']);
    expect(worker.misspelt(worker.reviews()[0])).toEqual(['color']);
  }, 30_000);
});
