import { describe, expect, it } from 'vitest';
import retextAfterwordReadability from '../../../src-shared/review/plugins/readability.ts';
import { retext, where } from './helpers.ts';

const hard =
  'Notwithstanding organisational considerations, comprehensive institutional transformation necessitates unprecedented interdepartmental collaboration, methodological standardisation and sophisticated infrastructural modernisation.';
const easy = 'Thank you for the chat today. I liked the part about the new app.';

describe('retextAfterwordReadability', () => {
  it('should flag a sentence that is too hard for the reading age', async () => {
    const file = await retext().use(retextAfterwordReadability, { age: 14 }).process(hard);
    expect(file.messages.map(String)).toEqual([
      `1:1-1:${hard.length + 1}: This sentence is hard to read for a reading age of 14. A follow-up note is skimmed: split it or use shorter words.`,
    ]);
  });

  it('should not flag plain sentences', async () => {
    const file = await retext().use(retextAfterwordReadability, { age: 14 }).process(easy);
    expect(where(file)).toEqual([]);
  });

  it('should be off without a reading age in the context', async () => {
    const file = await retext().use(retextAfterwordReadability, {}).process(hard);
    expect(where(file)).toEqual([]);
  });
});
