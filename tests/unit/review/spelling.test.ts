import { describe, expect, it } from 'vitest';
import retextAfterwordSpelling, { contextWords } from '../../../src-shared/review/plugins/spelling.ts';
import { retext, spellChecker, where } from './helpers.ts';

async function check(text: string, context = {}, eagerSuggestions = true) {
  const checker = await spellChecker();
  return retext().use(retextAfterwordSpelling, { checker, ignore: contextWords(context), eagerSuggestions }).process(text);
}

describe('retextAfterwordSpelling', () => {
  it('should flag a misspelt word with suggestions', async () => {
    const file = await check('I look forward to recieving your reply.');
    expect(file.messages.map(String)).toEqual([
      '1:19-1:28: “recieving” looks misspelt. Spelling mistakes can hurt a follow-up note more than not sending one.',
    ]);
    expect(file.messages[0]?.expected).toContain('receiving');
    expect(file.messages[0]?.fatal).toBe(true);
  });

  it('should treat an unknown capitalised word as a probable name (warning, not error)', async () => {
    const file = await check('It was great to meet Zorblat today.');
    expect(where(file)).toEqual(['1:22-1:29 spelling-unknown']);
    expect(file.messages[0]?.fatal).toBe(false);
  });

  it('should not flag names, company, role, topics and personal words from the context', async () => {
    const context = {
      company: 'Quantexa',
      role: 'Dataops Wrangler',
      recipient: { name: 'Priya Raghunathan', title: 'Staff Engineer' },
      interviewers: [{ name: 'José Ñúñez' }],
      topics: ['Zanzibar authorization model'],
      personalWords: ['Kestrelcase'],
    };
    const file = await check(
      'Thanks Priya, and please thank José Ñúñez and Raghunathan too. I enjoyed discussing the Zanzibar model at Quantexa, the Dataops Wrangler role and Kestrelcase.',
      context,
    );
    expect(where(file)).toEqual([]);
  });

  it('should not flag possessives of context names, with straight or curly apostrophes', async () => {
    const file = await check('I admired Priya’s plan and Raghunathan\'s demo.', { recipient: { name: 'Priya Raghunathan' } });
    expect(where(file)).toEqual([]);
  });

  it('should not flag URLs, email addresses, numbers, times or short acronyms', async () => {
    const file = await check(
      'My portfolio is at https://example.dev/wrkz-portfolio and my address is jdoe.qwx@example.com; see acmecorpz.io too. We met at 2:30pm on the 14th about the SQL and AWS migration.',
    );
    expect(where(file)).toEqual([]);
  });

  it('should not flag everyday workplace and technical words the dictionary lacks', async () => {
    const file = await check(
      'I enjoyed hearing about your onboarding, the backend roadmap, daily standups, microservices, dashboards, stakeholders and the frontend refactoring.',
    );
    expect(where(file)).toEqual([]);
  });

  it('should accept hyphenated words whose parts are correct and flag those whose parts are not', async () => {
    const file = await check('A well-known follow-up about the teamz-work.');
    expect(where(file)).toEqual(['1:34-1:44 spelling-unknown']);
  });

  it('should not flag words written in other scripts, which an English dictionary cannot judge', async () => {
    const file = await check(
      'Спасибо за встречу! ありがとうございました。谢谢 for the chat, Ευχαριστώ πολύ, شكرا جزيلا, धन्यवाद and 감사합니다.',
    );
    expect(where(file)).toEqual([]);
  });

  it('should not flag the other-script half of a mixed word whose Latin half is correct', async () => {
    const file = await check('We talked about the Kafka-поток design and the Postgres-база migration.');
    expect(where(file)).toEqual([]);
  });

  it('should still flag the Latin half of a mixed word when it is misspelt', async () => {
    const file = await check('We talked about the Kafkaa-поток design.');
    expect(where(file)).toEqual(['1:21-1:33 spelling-unknown']);
  });

  it('should still flag a misspelt Latin-script word with diacritics, beside words in other scripts', async () => {
    const file = await check('Спасибо! I recievéd your message.');
    expect(file.messages.map(String)).toEqual([
      '1:12-1:20: “recievéd” looks misspelt. Spelling mistakes can hurt a follow-up note more than not sending one.',
    ]);
  });

  it('should leave suggestions empty when they are not computed eagerly and not yet known', async () => {
    const file = await check('The qwertyuiopz plan.', {}, false);
    expect(where(file)).toEqual(['1:5-1:16 spelling-unknown']);
    expect(file.messages[0]?.expected).toEqual([]);
  });
});
