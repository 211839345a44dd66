import { beforeAll, describe, expect, it } from 'vitest';
import { createReviewEngine, reviewContextSchema, type ReviewEngine, type ReviewContext } from '../../../src-shared/review/index.ts';
import { loadEnglishDictionary } from '../../../src-main/review/node-engine.ts';

let engine: ReviewEngine;
beforeAll(async () => {
  engine = createReviewEngine(await loadEnglishDictionary());
});

const context: ReviewContext = {
  kind: 'thank-you',
  channel: 'email',
  company: 'Initech',
  role: 'Backend Engineer',
  recipient: { name: 'Priya Raman' },
  topics: ['billing migration'],
};

const note =
  'Dear Priya,\n\nThank you for meeting me about the Backend Engineer role at Initech. I enjoyed hearing how the team is planning the billing migration, and I would love to bring my Postgres experience to it.\n\nI am just checking in about next steps. I look forward to hearing from you.\n\nBest regards,\nAlex';

describe('createReviewEngine', () => {
  it('should report flags with lines, columns and offsets into the whole note', () => {
    const { flags } = engine.review(note, context);
    expect(flags.map((flag) => `${flag.line}:${flag.column} ${flag.ruleId}`)).toEqual(['5:1 needy-empty-check-in']);
    const [flag] = flags;
    expect(note.slice(flag?.start, flag?.end)).toBe('I am just checking in about next steps.');
  });

  it('should give the same flags incrementally as a fresh engine after every edit', async () => {
    const fresh = createReviewEngine(await loadEnglishDictionary());
    const typed = note.replace('Postgres experience', 'Postgres experiance') + ' Sorry to bother you!!';
    let text = '';
    for (const char of typed) {
      text += char;
      engine.review(text, context);
    }
    const strip = (flags: ReturnType<ReviewEngine['review']>['flags']) => flags.map(({ suggestions: _unused, ...rest }) => rest);
    expect(strip(engine.review(text, context).flags)).toEqual(strip(fresh.review(text, context).flags));
    expect(engine.review(text, context).flags.map((flag) => flag.ruleId)).toEqual([
      'spelling-unknown',
      'needy-empty-check-in',
      'needy-over-apologising',
      'needy-pressure',
    ]);
  });

  it('should fill spelling suggestions only once they have been asked for, unless told to compute them', () => {
    const text = 'Dear Priya, thanks for the wonderfull chat about the Backend Engineer role at Initech.';
    const spelling = () => engine.review(text, context).flags.find((flag) => flag.category === 'spelling');
    expect(spelling()?.suggestions).toEqual([]);
    expect(engine.suggest('wonderfull')).toContain('wonderful');
    expect(spelling()?.suggestions).toContain('wonderful');
    expect(engine.review('A tremendus chat.', {}, { eagerSuggestions: true }).flags[0]?.suggestions).toContain('tremendous');
  });

  it('should follow a changed context rather than a cached one', () => {
    expect(engine.review(note, { ...context, company: 'Globex' }).flags.map((flag) => flag.ruleId)).toContain('reference-company');
    expect(engine.review('Hi Zebulon, thanks.', {}).flags.map((flag) => flag.ruleId)).toEqual(['spelling-unknown']);
    expect(engine.review('Hi Zebulon, thanks.', { recipient: { name: 'Zebulon' } }).flags).toEqual([]);
  });

  it('should report whole-note stats', () => {
    const { stats } = engine.review('Thank you for the chat. It was fun.', {});
    expect(stats).toEqual({ words: 8, sentences: 2, grade: expect.any(Number), smsSegments: 1 });
    expect(stats.grade).toBeLessThan(4);
    expect(engine.review('', {}).stats).toEqual({ words: 0, sentences: 0, grade: 0, smsSegments: 0 });
  });

  it('should review a subject line for spelling and urgency, and flag a missing one', () => {
    expect(engine.reviewSubject('URGENT: second follow-up!!', context).flags.map((flag) => flag.ruleId)).toEqual([
      'needy-urgent-subject',
      'needy-pressure',
    ]);
    expect(engine.reviewSubject('Thank you – Backend Engineer intervew', context).flags.map((flag) => flag.ruleId)).toEqual(['spelling-unknown']);
    expect(engine.reviewSubject('Thank you – Backend Engineer interview', context).flags).toEqual([]);
    expect(engine.reviewSubject('  ', context).flags.map((flag) => flag.ruleId)).toEqual(['reference-subject-missing']);
  });

  it('should report which topics a draft refers to and where', () => {
    const coverage = engine.topicCoverage('We talked about migrating billing to Postgres.', ['billing system migration', 'hiring plans']);
    expect(coverage.map(({ topic, referred }) => ({ topic, referred }))).toEqual([
      { topic: 'billing system migration', referred: true },
      { topic: 'hiring plans', referred: false },
    ]);
    expect(coverage[0]?.matches.map((match) => match.word)).toEqual(['migrating', 'billing']);
  });

  it('should report the dictionary load time', () => {
    expect(engine.dictionaryLoadMilliseconds).toBeGreaterThan(0);
  });
});

describe('reviewContextSchema', () => {
  it('should accept a full context with sibling drafts as strings or objects', () => {
    const parsed = reviewContextSchema.safeParse({ ...context, siblingDrafts: ['text', { recipient: 'Sam', text: 'more' }], readingGrade: 9 });
    expect(parsed.success).toBe(true);
  });

  it('should name the wrong field', () => {
    const parsed = reviewContextSchema.safeParse({ recipient: { name: 42 }, kind: 'bribe' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['kind', 'recipient.name']);
  });

  it('should refuse unknown fields so a misspelt key does not silently switch a check off', () => {
    expect(reviewContextSchema.safeParse({ compnay: 'Initech' }).success).toBe(false);
  });
});
