/**
 * A note's first flags as soon as possible: the worker reviews the saved text while the editor is being built and
 * answers the editor's own first review from that (review-service.ts), and each dictionary opens once however many
 * notes ask for it while it opens (dictionary-loader.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEnglishDictionary } from '../../../src-main/review/node-engine.ts';
import { dictionaryLoader } from '../../../src-renderer/src/editor/core/dictionary-loader.ts';
import type { ReviewReply } from '../../../src-renderer/src/editor/core/review-protocol.ts';
import { createReviewService } from '../../../src-renderer/src/editor/core/review-service.ts';
import { createReviewEngine, type Dialect, type DictionaryFiles, type ReviewContext, type ReviewEngine } from '../../../src-shared/review/index.ts';

let real: ReviewEngine;
let english: DictionaryFiles;
beforeAll(async () => {
  english = await loadEnglishDictionary();
  real = createReviewEngine(english);
});

/** The real engine, counting the reviews it actually runs. */
function countingEngine() {
  const runs = { review: 0, subject: 0 };
  const engine: ReviewEngine = {
    ...real,
    review: (text, context) => (runs.review++, real.review(text, context)),
    reviewSubject: (text, context) => (runs.subject++, real.reviewSubject(text, context)),
  };
  return { engine, runs };
}

const context = (): ReviewContext => ({ kind: 'thank-you', channel: 'email', company: 'Initech', interviewers: [{ name: 'Priya Raman' }] });
const flagsOf = (reply: ReviewReply | null) => (reply && 'flags' in reply ? reply.flags.map((flag) => flag.actual) : null);

describe('the review service answering a repeated first review', () => {
  it('answers the editor’s review of the text it already reviewed without reviewing it again, under its own id', () => {
    const { engine, runs } = countingEngine();
    const service = createReviewService(engine);
    service.handle({ id: 1, type: 'context', context: context() });
    const headStart = service.handle({ id: 2, type: 'review', text: 'Dear Priya, I recieved the offer from Initech.' });
    // The editor sends the same context again (a new object, as every message is) and the same text.
    service.handle({ id: 3, type: 'context', context: context() });
    const editor = service.handle({ id: 4, type: 'review', text: 'Dear Priya, I recieved the offer from Initech.' });
    expect(runs.review).toBe(1);
    expect(editor).toMatchObject({ id: 4, type: 'review' });
    expect(flagsOf(editor)).toEqual(flagsOf(headStart));
    expect(flagsOf(editor)).toContain('recieved');
  });

  it('reviews again when the text changed', () => {
    const { engine, runs } = countingEngine();
    const service = createReviewService(engine);
    service.handle({ id: 1, type: 'context', context: context() });
    service.handle({ id: 2, type: 'review', text: 'I recieved it.' });
    const edited = service.handle({ id: 3, type: 'review', text: 'I received it.' });
    expect(runs.review).toBe(2);
    expect(flagsOf(edited)).not.toContain('recieved');
  });

  it('reviews again when the context changed, and judges by the new one', () => {
    const { engine, runs } = countingEngine();
    const service = createReviewService(engine);
    service.handle({ id: 1, type: 'context', context: context() });
    expect(flagsOf(service.handle({ id: 2, type: 'review', text: 'Thanks for the Zorblat demo.' }))).toContain('Zorblat');
    service.handle({ id: 3, type: 'context', context: { ...context(), personalWords: ['Zorblat'] } });
    expect(flagsOf(service.handle({ id: 4, type: 'review', text: 'Thanks for the Zorblat demo.' }))).not.toContain('Zorblat');
    expect(runs.review).toBe(2);
  });

  it('keeps the body’s and the subject’s answers apart', () => {
    const { engine, runs } = countingEngine();
    const service = createReviewService(engine);
    service.handle({ id: 1, type: 'context', context: context() });
    const body = service.handle({ id: 2, type: 'review', text: 'Thank you' });
    const subject = service.handle({ id: 3, type: 'subject', text: 'Thank you' });
    expect(body?.type).toBe('review');
    expect(subject?.type).toBe('subject');
    expect(runs).toEqual({ review: 1, subject: 1 });
  });
});

describe('opening dictionaries', () => {
  function recordingEngine() {
    const added: Dialect[] = [];
    return { added, engine: { addDictionary: (dialect: Dialect) => (added.push(dialect), 3) } };
  }

  it('opens a dictionary once when a note asks for it while it is still opening', async () => {
    const { added, engine } = recordingEngine();
    const reads: Dialect[] = [];
    const load = dictionaryLoader(engine, async (dialect) => (reads.push(dialect), english));
    const [first, second] = await Promise.all([load('en-US'), load('en-US')]);
    await load('en-US');
    expect(reads).toEqual(['en-US']);
    expect(added).toEqual(['en-US']);
    expect([first, second]).toEqual([3, 3]);
  });

  it('opens each dialect asked for', async () => {
    const { added, engine } = recordingEngine();
    const load = dictionaryLoader(engine, async () => english);
    await Promise.all([load('en-US'), load('en-GB')]);
    expect(added).toEqual(['en-US', 'en-GB']);
  });

  it('tries a dictionary that could not be read again at the next request, and says why the first failed', async () => {
    const { added, engine } = recordingEngine();
    let attempts = 0;
    const load = dictionaryLoader(engine, async () => {
      if (++attempts === 1) throw new Error('The spelling dictionary could not be read (404).');
      return english;
    });
    await expect(load('en-GB')).rejects.toThrow('could not be read (404)');
    await expect(load('en-GB')).resolves.toBe(3);
    expect(added).toEqual(['en-GB']);
  });
});
