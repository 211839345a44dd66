// Point 4: the grammar family, one sentence at a time, including what it must never flag.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import retextAfterwordGrammar from '../../../src-shared/review/plugins/grammar.ts';
import retextAfterwordSentenceSpacing from '../../../src-shared/review/plugins/sentence-spacing.ts';
import { contextWords, type ReviewContext, type ReviewEngine } from '../../../src-shared/review/index.ts';
import { engineWithAllDialects, retext } from './helpers.ts';

const slips = JSON.parse(readFileSync(new URL('../../fixtures/grammar-slips.json', import.meta.url), 'utf8')) as Array<{ text: string; rule: string }>;

function grammar(text: string, context: ReviewContext = {}) {
  const file = retext().use(retextAfterwordGrammar, { context, ignore: contextWords(context) }).use(retextAfterwordSentenceSpacing).processSync(text);
  return file.messages.map((message) => `${message.ruleId} “${message.actual}” → “${(message.expected ?? [])[0] ?? ''}”`);
}

let engine: ReviewEngine;
beforeAll(async () => {
  engine = await engineWithAllDialects();
}, 60_000);

describe('retextAfterwordGrammar', () => {
  it.each(slips)('should catch $rule in $text', ({ text, rule }) => {
    expect(grammar(text).map((line) => line.split(' ')[0])).toContain(rule);
  });

  it('should offer the fix a reader expects', () => {
    expect(grammar('I met several data professionals.This work excites me.')).toEqual(['grammar-missing-space “.” → “. ”']);
    expect(grammar('It was a honour.')).toEqual(['grammar-article “a” → “an”']);
    expect(grammar('I have an background in it.')).toEqual(['grammar-article “an” → “a”']);
    expect(grammar('Thank you for for your time.')).toEqual(['grammar-repeated-word “ for” → “”']);
    expect(grammar('Then i left.')).toEqual(['grammar-lowercase-i “i” → “I”']);
    expect(grammar('Your welcome.')).toEqual(['grammar-your-youre “Your” → “You’re”']);
    expect(grammar('I could of asked.')).toEqual(['grammar-could-of “of” → “have”']);
    expect(grammar('Thx 4 the chat.')).toEqual([
      'grammar-text-speak “Thx” → “Thanks”',
      'grammar-text-speak “4” → “for”',
    ]);
  });

  it.each([
    'I enjoyed our chat about Node.js, Vue.js and the 3.5 years of data in the warehouse.',
    'We covered tools, e.g. dbt and Airflow, at 9:30 a.m. in the U.S. office.',
    'My portfolio is at https://example.dev/a.b and my address is jo.lee@example.com.',
    'I had had a similar problem, and I know that that approach works.',
    'It was an honour to meet a university team with an MBA, a UX lead and an hour to spare.',
    'Your amazing team and its own roadmap impressed me; their work is better than most, and then we toured.',
    'Thanks, Jake, for the tour. I’m sure it’s the right place and I’ll be in touch.',
    'There is a lot to like, and there are many reasons to join their team.',
    'We tied up loose ends and I would not want to lose momentum.',
    'iPhone apps and eBay listings came up too.',
    'Because of the storm, we met online. Which team would I join? Although it was late, we kept going.',
    'Since our interview I finished the dashboard I described.',
  ])('should not flag good writing: %s', (text) => {
    expect(grammar(text)).toEqual([]);
  });

  it('should never flag a name the journal knows, even one that looks like text-speak or starts in lower case', () => {
    const context: ReviewContext = { recipient: { name: 'Ty Ur' }, company: 'thoughtbot' };
    expect(grammar('thoughtbot impressed me, and Ty Ur was kind.', context)).toEqual([]);
  });

  it('should give text-speak only a hint in a text message, where it is the register', () => {
    const severity = (channel: ReviewContext['channel']) =>
      engine.review('Thx for the chat today!', { channel }).flags.find((flag) => flag.ruleId === 'grammar-text-speak')?.severity;
    expect(severity('text')).toBe('hint');
    expect(severity('email')).toBe('warning');
  });

  it('should run in the engine per sentence and follow the dialect (British spellings are not grammar slips)', () => {
    const note = 'Hi Mia,\n\nI realised the programme is an honour to join. i enjoyed it.';
    const flags = engine.review(note, { dialect: 'en-GB' }).flags;
    expect(flags.map((flag) => `${flag.category} ${flag.actual}`)).toEqual(['grammar i']);
  });
});
