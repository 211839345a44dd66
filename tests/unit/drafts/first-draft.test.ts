import { beforeAll, describe, expect, it } from 'vitest';
import { FOLLOW_UP_KINDS } from '../../../src-shared/api/journal-types.ts';
import { buildFirstDraft, placeholder, withoutPlaceholders, type DraftInput } from '../../../src-shared/drafts/index.ts';
import { createReviewEngine, placeholderPattern, smsSegments, type ReviewEngine } from '../../../src-shared/review/index.ts';
import { loadEnglishDictionary } from '../../../src-main/review/node-engine.ts';

const topics = ['billing database migration', 'on-call rotation', 'Kafka streaming'];
const base: DraftInput = { kind: 'thank-you', channel: 'email', recipientName: 'Ana Ruiz', company: 'Initech', role: 'Data Engineer', topics, userName: 'Jo Park' };
const contextOf = (input: DraftInput) => ({
  kind: input.kind,
  channel: input.channel === 'phone' ? undefined : input.channel,
  company: input.company,
  role: input.role,
  recipient: { name: 'Ana Ruiz' },
  topics,
});

let engine: ReviewEngine;
beforeAll(async () => {
  engine = createReviewEngine(await loadEnglishDictionary());
});

const marks = (text: string) => [...text.matchAll(placeholderPattern)].map((match) => match[0]);

describe('buildFirstDraft', () => {
  describe.each(FOLLOW_UP_KINDS)('for a %s', (kind) => {
    it.each(['email', 'text', 'letter'] as const)('should greet the recipient by first name and name the company and role (%s)', (channel) => {
      const { body } = buildFirstDraft({ ...base, kind, channel });
      expect(body).toMatch(/^Hi Ana,/);
      expect(body).toContain('Data Engineer role at Initech');
      expect(body).not.toContain('Ruiz');
    });

    it.each(['email', 'text'] as const)('should leave marked places the engine flags until replaced (%s)', (channel) => {
      const input = { ...base, kind, channel };
      const { body } = buildFirstDraft(input);
      expect(marks(body).length).toBeGreaterThan(0);
      const flags = engine.review(body, contextOf(input)).flags;
      expect(flags.filter((flag) => flag.ruleId === 'placeholder').map((flag) => body.slice(flag.start, flag.end))).toEqual(marks(body));
    });

    it.each(['email', 'text'] as const)('should be written in words the review does not object to (%s)', (channel) => {
      const input = { ...base, kind, channel };
      const { body, subject } = buildFirstDraft(input);
      // Only the marked places and the missing reference to a topic (which the writer adds) may be flagged.
      const ours = engine.review(body, contextOf(input)).flags.filter((flag) => flag.ruleId !== 'placeholder' && flag.ruleId !== 'reference-topic');
      expect(ours.map((flag) => `${flag.ruleId} ${body.slice(flag.start, flag.end)}`)).toEqual([]);
      const subjectFlags = engine.reviewSubject(subject, contextOf(input)).flags.filter((flag) => flag.ruleId !== 'placeholder');
      expect(subjectFlags.map((flag) => flag.ruleId)).toEqual([]);
    });
  });

  it('should list the interview topics inside a marked place, so the writer sees what to refer to', () => {
    const { body } = buildFirstDraft(base);
    const withTopics = marks(body).find((mark) => mark.includes('billing database migration'));
    expect(withTopics).toContain('on-call rotation');
    expect(withTopics).toContain('Kafka streaming');
  });

  it('should keep a text message to at most two SMS segments and without a subject', () => {
    for (const kind of FOLLOW_UP_KINDS) {
      const draft = buildFirstDraft({ ...base, kind, channel: 'text', topics: ['a very long topic about migrating the nightly batch jobs to streaming', ...topics] });
      expect(draft.subject).toBe('');
      expect(smsSegments(draft.body).segments).toBeLessThanOrEqual(2);
      expect(draft.body).not.toContain('\n');
    }
  });

  it('should give an email a subject naming the role, and a letter none', () => {
    expect(buildFirstDraft(base).subject).toBe('Thank you: Data Engineer interview');
    expect(buildFirstDraft({ ...base, channel: 'letter' }).subject).toBe('');
  });

  it('should mark the name, company, role and sign-off when the journal does not know them', () => {
    const { body, subject } = buildFirstDraft({ ...base, recipientName: null, company: '', role: ' ', userName: '' });
    expect(marks(body)).toEqual(expect.arrayContaining(['[[Their name]]', '[[company]]', '[[role]]', '[[Your name]]']));
    expect(subject).toContain('[[role]]');
  });

  it('should sign with the writer’s name', () => {
    expect(buildFirstDraft(base).body.endsWith('Best regards,\nJo Park')).toBe(true);
  });

  it('should not let brackets in a topic end a marked place early', () => {
    const { body } = buildFirstDraft({ ...base, topics: ['the [[legacy]] API'] });
    expect(marks(body).some((mark) => mark.includes('the legacy API'))).toBe(true);
    expect(placeholder('a ] b [ c')).toBe('[[a b c]]');
  });

  it('should no longer be flagged once every marked place is replaced', () => {
    const { body } = buildFirstDraft(base);
    const written = body
      .replace(placeholderPattern, 'I enjoyed our talk about the billing database migration and the on-call rotation.')
      .trim();
    expect(engine.review(written, contextOf(base)).flags.map((flag) => flag.ruleId)).not.toContain('placeholder');
  });
});

describe('withoutPlaceholders', () => {
  it('should blank marked places and keep every other offset', () => {
    const text = 'Hi [[name]], the billing work.';
    const blanked = withoutPlaceholders(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked).toBe('Hi         , the billing work.');
  });
});
