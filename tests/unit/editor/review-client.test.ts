import { beforeAll, describe, expect, it } from 'vitest';
import { createReviewEngine, type ReviewEngine } from '../../../src-shared/review/index.ts';
import { loadEnglishDictionary } from '../../../src-main/review/node-engine.ts';
import { ReviewClient, type ReviewPort } from '../../../src-renderer/src/editor/core/review-client.ts';
import type { ReviewReply, ReviewRequest } from '../../../src-renderer/src/editor/core/review-protocol.ts';
import { createReviewService } from '../../../src-renderer/src/editor/core/review-service.ts';

let engine: ReviewEngine;
beforeAll(async () => {
  engine = createReviewEngine(await loadEnglishDictionary());
});

/** A worker stand-in running the real service; replies are held until `deliver` (in any order). */
function heldPort() {
  const service = createReviewService(engine);
  const held: ReviewReply[] = [];
  const sent: ReviewRequest['type'][] = [];
  let listener: (event: { data: ReviewReply }) => void = () => {};
  const port: ReviewPort = {
    postMessage(request: ReviewRequest) {
      sent.push(request.type);
      const reply = service.handle(request);
      if (reply) held.push(reply);
    },
    addEventListener: (_type, next) => void (listener = next),
  };
  return {
    port,
    sent,
    deliver(order: 'in-order' | 'reversed' = 'in-order') {
      const replies = held.splice(0);
      for (const reply of order === 'reversed' ? replies.reverse() : replies) listener({ data: reply });
    },
    ready: () => listener({ data: { type: 'ready', dictionaryLoadMilliseconds: 1 } }),
  };
}

describe('ReviewClient with the review service', () => {
  it('should match replies to requests and review against the context it was given', async () => {
    const worker = heldPort();
    const client = new ReviewClient(worker.port);
    client.setContext({ company: 'Initech', personalWords: ['Zorblat'] });
    const review = client.review('I recieved the Zorblat offer from Initech.');
    const subject = client.reviewSubject('URGENT!!! Please reply');
    worker.deliver();
    const body = await review;
    expect(body?.flags.map((flag) => flag.actual)).toContain('recieved');
    expect(body?.flags.map((flag) => flag.actual)).not.toContain('Zorblat');
    expect(body?.stats.words).toBe(7);
    expect((await subject)?.flags.some((flag) => flag.category === 'needy')).toBe(true);
  });

  it('should drop a reply that a newer one of the same type overtook', async () => {
    const worker = heldPort();
    const client = new ReviewClient(worker.port);
    const older = client.review('I recieved it');
    const newer = client.review('I received it');
    worker.deliver('reversed');
    expect(await older).toBeNull();
    expect((await newer)?.flags).toEqual([]);
  });

  it('should answer an editor’s first review with the review asked ahead of it, without asking the worker again', async () => {
    const worker = heldPort();
    const client = new ReviewClient(worker.port);
    const context = { company: 'Initech' };
    client.reviewAhead(context, 'I recieved the offer.');
    // The note's editor offers the same head start (a new but equal context) and then asks for its first review.
    client.reviewAhead({ company: 'Initech' }, 'I recieved the offer.');
    const first = client.review('I recieved the offer.');
    expect(worker.sent).toEqual(['context', 'review']);
    worker.deliver();
    expect((await first)?.flags.map((flag) => flag.actual)).toContain('recieved');
    // Used once: the next review of the same text is asked for.
    const again = client.review('I recieved the offer.');
    expect(worker.sent).toEqual(['context', 'review', 'review']);
    worker.deliver();
    expect((await again)?.flags.map((flag) => flag.actual)).toContain('recieved');
  });

  it('should not use a review asked ahead for another text, or under a context changed since', async () => {
    const worker = heldPort();
    const client = new ReviewClient(worker.port);
    client.reviewAhead({ company: 'Initech' }, 'Thanks, Initech.');
    const other = client.review('Thanks, Initech team.');
    expect(worker.sent).toEqual(['context', 'review', 'review']);
    client.reviewAhead({ company: 'Initech' }, 'Thanks, Initech.');
    client.setContext({ company: 'Initrode' });
    const changed = client.review('Thanks, Initech.');
    expect(worker.sent).toEqual(['context', 'review', 'review', 'review', 'context', 'review']);
    worker.deliver();
    expect(await other).not.toBeNull();
    const answer = await changed;
    // Judged under the new context: the company named is not the one applied to.
    expect(answer?.flags.some((flag) => flag.actual === 'Initech')).toBe(true);
  });

  it('should never drop suggestions, which belong to a word rather than a snapshot', async () => {
    const worker = heldPort();
    const client = new ReviewClient(worker.port);
    const first = client.suggest('recieved');
    const second = client.suggest('definately');
    worker.deliver('reversed');
    expect((await first)?.suggestions).toContain('received');
    expect((await second)?.suggestions).toContain('definitely');
  });

  it('should tick topics the text refers to, but not those only listed in a marked place', async () => {
    const worker = heldPort();
    const client = new ReviewClient(worker.port);
    const answer = client.coverage('I enjoyed the billing migration talk. [[Say more about: on-call rotation]]', ['billing database migration', 'on-call rotation']);
    worker.deliver();
    expect((await answer)?.coverage.map((topic) => [topic.topic, topic.referred])).toEqual([
      ['billing database migration', true],
      ['on-call rotation', false],
    ]);
  });

  it('should say when the worker has started, before its dictionary is ready', async () => {
    let listener: (event: { data: ReviewReply }) => void = () => {};
    const client = new ReviewClient({ postMessage: () => {}, addEventListener: (_type, next) => void (listener = next) });
    let started = false;
    void client.started.then(() => (started = true));
    await Promise.resolve();
    expect(started).toBe(false);
    listener({ data: { type: 'started' } });
    await client.started;
    expect([started, client.ready]).toEqual([true, false]);
  });

  it('should say when the dictionary is ready', () => {
    const worker = heldPort();
    const client = new ReviewClient(worker.port);
    let told = false;
    client.onReady(() => (told = true));
    expect(told).toBe(false);
    worker.ready();
    expect(told).toBe(true);
    expect(client.ready).toBe(true);
  });

  it('should say why when the worker cannot start, and leave no request waiting', async () => {
    let listener: (event: { data: ReviewReply }) => void = () => {};
    const client = new ReviewClient({ postMessage: () => undefined, addEventListener: (_type, next) => void (listener = next) });
    const told: string[] = [];
    client.onReady(() => told.push(`first: ${client.unavailable}`));
    const waiting = client.review('I recieved it.');
    listener({ data: { type: 'unavailable', message: 'The spelling dictionary could not be read (404).' } });
    expect(await waiting).toBeNull();
    expect(client.ready).toBe(false);
    expect(told).toEqual(['first: The spelling dictionary could not be read (404).']);
    // A workspace opened later hears it at once.
    client.onReady(() => told.push('later'));
    expect(told).toContain('later');
  });
});
