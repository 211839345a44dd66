// Point 6: quick fixes that fit the note. Every rewrite is applied and the note reviewed again: it must raise no
// flag the note did not have, must suit the note's kind and channel, and must not repeat the note around it.
import { beforeAll, describe, expect, it } from 'vitest';
import { channels, followUpKinds, type Flag, type ReviewContext, type ReviewEngine } from '../../../src-shared/review/index.ts';
import { engineWithAllDialects } from './helpers.ts';

let engine: ReviewEngine;
beforeAll(async () => {
  engine = await engineWithAllDialects();
}, 60_000);

const needySentences = [
  'I really need this job.',
  'I haven’t heard back from you yet.',
  'Please reply by Friday.',
  'If I do not hear back by Friday, I will assume the position has been filled.',
  'I am just checking in.',
  'Sorry to bother you again.',
  'I was so nervous during the interview.',
  'Please accept this small gift card.',
];

const base = (context: ReviewContext) => ({
  ...context,
  company: 'Initech',
  role: 'Data Engineer',
  recipient: { name: 'Priya Raman' },
  topics: ['streaming pipeline'],
  readingGrade: 9,
  dialect: 'en-GB' as const,
});

function note(context: ReviewContext, sentence: string): string {
  if (context.channel === 'text') return `Hi Priya, thanks for the chat about the streaming pipeline at Initech. ${sentence} Alex`;
  return `Dear Priya,\n\nThank you for the conversation about the Data Engineer role at Initech and the streaming pipeline. ${sentence}\n\nBest,\nAlex`;
}

const key = (flag: Flag) => `${flag.ruleId} ${flag.actual ?? ''}`;

describe('quick fixes', () => {
  for (const kind of followUpKinds) {
    for (const channel of channels) {
      it(`should add no flag when a rewrite is applied, in a ${kind} ${channel}`, () => {
        const context = base({ kind, channel });
        for (const sentence of needySentences) {
          const text = note(context, sentence);
          const before = engine.review(text, context, { eagerSuggestions: true }).flags;
          const flag = before.find((found) => found.category === 'needy' && found.actual === sentence);
          expect(flag, sentence).toBeDefined();
          for (const rewrite of flag?.suggestions ?? []) {
            const fixed = text.slice(0, flag!.start) + rewrite + text.slice(flag!.end);
            const after = engine.review(fixed, context, { eagerSuggestions: true }).flags;
            const known = new Set(before.map(key));
            expect(after.filter((found) => !known.has(key(found))).map(key), `${sentence} → ${rewrite}`).toEqual([]);
            expect(after.some((found) => found.category === 'needy'), `${sentence} → ${rewrite}`).toBe(false);
          }
        }
      });
    }
  }

  it('should not ask when they will decide in a thank-you note, and keep a text message short', () => {
    const sentence = 'I haven’t heard back from you yet.';
    const fix = (context: ReviewContext) =>
      engine.review(note(context, sentence), context).flags.find((flag) => flag.ruleId === 'needy-pressure')?.suggestions[0] ?? '';
    expect(fix(base({ kind: 'thank-you', channel: 'email' }))).not.toMatch(/decide/);
    expect(fix(base({ kind: 'status-check', channel: 'email' }))).toMatch(/when you expect to decide/);
    expect(fix(base({ kind: 'status-check', channel: 'text' })).length).toBeLessThan(fix(base({ kind: 'status-check', channel: 'email' })).length);
  });

  it('should never repeat the role or company, nor what the note around it already says', () => {
    const context = base({ kind: 'thank-you', channel: 'email' });
    for (const sentence of needySentences) {
      for (const flag of engine.review(note(context, sentence), context).flags.filter((found) => found.category === 'needy')) {
        for (const rewrite of flag.suggestions) expect(rewrite).not.toMatch(/Initech|Data Engineer/);
      }
    }
    const thanked = 'Dear Priya,\n\nThank you for your time on Monday and for the talk about the streaming pipeline at Initech. Sorry to bother you again.\n\nBest,\nAlex';
    const flag = engine.review(thanked, context).flags.find((found) => found.ruleId === 'needy-over-apologising');
    expect(flag?.suggestions).toEqual(['I appreciate your time.']);
  });
});
