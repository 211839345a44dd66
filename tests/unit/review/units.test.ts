// Point 7: one unit (the reading grade) everywhere, placeholders never scored, topics matched on meaning words.
import { beforeAll, describe, expect, it } from 'vitest';
import { topicCoverage, type ReviewEngine } from '../../../src-shared/review/index.ts';
import { engineWithAllDialects } from './helpers.ts';

let engine: ReviewEngine;
beforeAll(async () => {
  engine = await engineWithAllDialects();
}, 60_000);

const hard =
  'Notwithstanding organisational considerations, comprehensive institutional transformation necessitates unprecedented interdepartmental collaboration.';

describe('reading grade', () => {
  it('should speak of the reading grade in flags, as the editor and Settings do', () => {
    const flag = engine.review(hard, { readingGrade: 9, dialect: 'en-GB' }).flags.find((found) => found.ruleId === 'readability-hard-sentence');
    expect(flag?.message).toBe('This sentence reads above grade 9, the reading grade you aim for. A follow-up note is skimmed: split it or use shorter words.');
    expect(flag?.message).not.toMatch(/age/);
  });

  it('should leave placeholders out of the grade and out of the hard sentences', () => {
    const plain = 'Thanks for the chat today. I liked the part about the new app.';
    const withPlaceholder = `${plain} [[Say what you discussed about the infrastructural modernisation programme and its organisational considerations]]`;
    const a = engine.review(plain, { readingGrade: 6 });
    const b = engine.review(withPlaceholder, { readingGrade: 6 });
    expect(b.stats.grade).toBe(a.stats.grade);
    expect(b.stats.words).toBe(a.stats.words);
    expect(b.flags.map((flag) => flag.ruleId)).toEqual(['placeholder']);
  });
});

describe('topic matching', () => {
  it('should not tick a two-word topic on one shared generic word', () => {
    const [churn] = topicCoverage('I enjoyed hearing about the incremental models your team is testing.', ['churn model']);
    expect(churn?.referred).toBe(false);
  });

  it('should tick a topic whose meaning words are all there, in any inflection and order', () => {
    const coverage = topicCoverage('We talked about the churn models and migrating the billing database.', ['churn model', 'billing database migration']);
    expect(coverage.map((topic) => topic.referred)).toEqual([true, true]);
  });

  it('should need at least two meaning words of a longer topic', () => {
    const [topic] = topicCoverage('The pipeline was interesting.', ['migrating nightly batch jobs to streaming pipeline']);
    expect(topic?.referred).toBe(false);
  });
});
