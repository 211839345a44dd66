import { describe, expect, it } from 'vitest';
import retextAfterwordReadability from '../../../src-shared/review/plugins/readability.ts';
import { retext, where } from './helpers.ts';

const hard =
  'Notwithstanding organisational considerations, comprehensive institutional transformation necessitates unprecedented interdepartmental collaboration, methodological standardisation and sophisticated infrastructural modernisation.';
const easy = 'Thank you for the chat today. I liked the part about the new app.';

describe('retextAfterwordReadability', () => {
  it('should flag a sentence that is too hard for the reading grade', async () => {
    const file = await retext().use(retextAfterwordReadability, { grade: 9 }).process(hard);
    expect(file.messages.map(String)).toEqual([
      `1:1-1:${hard.length + 1}: This sentence reads above grade 9, the reading grade you aim for. A follow-up note is skimmed: split it or use shorter words.`,
    ]);
  });

  it('should not flag plain sentences', async () => {
    const file = await retext().use(retextAfterwordReadability, { grade: 9 }).process(easy);
    expect(where(file)).toEqual([]);
  });

  it('should not score a first draft’s placeholders as hard words', async () => {
    const file = await retext()
      .use(retextAfterwordReadability, { grade: 6 })
      .process('Thanks for [[Say what you discussed about the infrastructural modernisation programme and its organisational considerations]].');
    expect(where(file)).toEqual([]);
  });

  it('should be off without a reading grade in the context', async () => {
    const file = await retext().use(retextAfterwordReadability, {}).process(hard);
    expect(where(file)).toEqual([]);
  });
});
