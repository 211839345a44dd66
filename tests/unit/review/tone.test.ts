// Point 5: tone. Real deadlines are news, not pressure; "at your earliest convenience", ultimatums and a presumed
// positive reply are pressure; emoji in an email and re-answering the interview are hints.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReviewContext, ReviewEngine } from '../../../src-shared/review/index.ts';
import { engineWithAllDialects } from './helpers.ts';

let engine: ReviewEngine;
beforeAll(async () => {
  engine = await engineWithAllDialects();
}, 60_000);

const email: ReviewContext = { kind: 'status-check', channel: 'email' };
const needy = (text: string, context: ReviewContext = email) =>
  engine.review(text, context).flags.filter((flag) => flag.category === 'needy').map((flag) => `${flag.severity} ${flag.ruleId}`);

describe('tone', () => {
  it.each([
    'They would like an answer by the end of this week.',
    'I have received another offer and need to reply to them by Friday.',
    'The other company’s deadline is Monday, so I wanted you to know.',
    'Sorry for the late reply; I was travelling.',
    'I look forward to hearing from you.',
  ])('should not read a real deadline or a plain close as pressure: %s', (text) => {
    expect(needy(text)).toEqual([]);
  });

  it.each([
    ['Please let me know at your earliest convenience.', 'warning needy-pressure'],
    ['Please reply by Friday.', 'warning needy-pressure'],
    ['I need an answer by tomorrow.', 'warning needy-pressure'],
    ['If I do not hear back by Friday, I will assume the position has been filled.', 'warning needy-ultimatum'],
    ['This is my final follow-up.', 'warning needy-ultimatum'],
    ['Otherwise I will accept another offer.', 'warning needy-ultimatum'],
    ['Waiting for a positive reply.', 'warning needy-ultimatum'],
    ['I look forward to your favourable response.', 'warning needy-ultimatum'],
  ])('should read %j as pressure', (text, flag) => {
    expect(needy(text)).toContain(flag);
  });

  it('should give a hint for emoji in an email or a letter, and none in a text message', () => {
    expect(needy('Thanks again for the chat! 😊', { channel: 'email' })).toEqual(['hint needy-emoji']);
    expect(needy('Thanks again for the chat! 👍🏽', { channel: 'letter' })).toEqual(['hint needy-emoji']);
    expect(needy('Thanks again for the chat! 😊', { channel: 'text' })).toEqual([]);
  });

  it.each([
    'I forgot to mention that I also led the data migration.',
    'To add to my answer about caching, we used a write-through cache.',
    'To clarify what I said about the budget, it was a team figure.',
    'I did not get a chance to mention my Kafka work.',
  ])('should give a hint, with the reason, for re-answering the interview: %s', (text) => {
    const flag = engine.review(text, email).flags.find((found) => found.ruleId === 'needy-re-answering');
    expect(flag?.severity).toBe('hint');
    expect(flag?.message).toContain('can read as doubt about the answer you gave');
    expect(flag?.message).toContain('only if it matters to their decision');
  });

  it('should not take a plain reference to the conversation for re-answering', () => {
    expect(needy('I enjoyed our conversation about caching and the budget.')).toEqual([]);
  });
});
