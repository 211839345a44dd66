// Point 2: the sender's own name, panel greetings, and the company's short forms and aliases.
import { beforeAll, describe, expect, it } from 'vitest';
import { reviewContextSchema, type ReviewContext, type ReviewEngine } from '../../../src-shared/review/index.ts';
import { engineWithAllDialects, raisedRules } from './helpers.ts';

let engine: ReviewEngine;
beforeAll(async () => {
  engine = await engineWithAllDialects();
}, 60_000);

const panel: ReviewContext = {
  kind: 'thank-you',
  channel: 'email',
  company: 'Brightline Health',
  role: 'Platform Engineer',
  recipient: { name: 'Jake Turner' },
  interviewers: [{ name: 'Jake Turner' }, { name: 'Jill Okafor' }, { name: 'Maria Santos' }],
  topics: ['incident reviews'],
  otherNames: ['Dana Whitfield'],
  otherCompanies: ['Globex'],
  sender: { name: 'Siobhan Ní Bhriain' },
};

const body = 'Thank you for the conversation about the Platform Engineer role at Brightline Health and your incident reviews.';

describe('the sender', () => {
  it('should never flag the sender’s own name in the sign-off', () => {
    const result = engine.review(`Hi Jake,\n\n${body}\n\nBest,\nSiobhan Ní Bhriain`, panel);
    expect(result.flags.filter((flag) => flag.category === 'spelling')).toEqual([]);
  });

  it('should still flag the same unknown name when no sender is given', () => {
    const { sender: _sender, ...anonymous } = panel;
    const result = engine.review(`Hi Jake,\n\n${body}\n\nBest,\nSiobhan Ní Bhriain`, anonymous);
    expect(result.flags.filter((flag) => flag.category === 'spelling').map((flag) => flag.actual)).toEqual(['Siobhan', 'Ní', 'Bhriain']);
  });

  it('should not take the sender for another application’s person with the same name', () => {
    const result = engine.review(`Hi Jake,\n\n${body}\n\nBest,\nDana Whitfield`, { ...panel, sender: { name: 'Dana Whitfield' } });
    expect(raisedRules(result)).not.toContain('reference-wrong-name');
  });
});

describe('panel greetings', () => {
  it('should accept a greeting that names the recipient and the other interviewers of the same interview', () => {
    for (const greeting of ['Hi Jake, Jill, and Maria,', 'Dear Jake, Jill and Maria,', 'Hello Jill, Maria and Jake,']) {
      expect(raisedRules(engine.review(`${greeting}\n\n${body}`, panel)).filter((rule) => rule.startsWith('reference-')), greeting).toEqual([]);
    }
  });

  it('should still flag a greeting to another interviewer without the recipient', () => {
    expect(raisedRules(engine.review(`Hi Jill,\n\n${body}`, panel))).toContain('reference-wrong-name');
  });

  it('should still flag someone from another application, even beside the recipient', () => {
    const result = engine.review(`Hi Jake and Dana,\n\n${body}`, panel);
    expect(result.flags.filter((flag) => flag.ruleId === 'reference-wrong-name').map((flag) => flag.actual)).toEqual(['Dana']);
  });
});

describe('company short forms and aliases', () => {
  const withoutCompany = 'Hi Jake,\n\nThank you for the conversation about the Platform Engineer role and your incident reviews.';

  it('should count the leading word of the company’s name as naming it', () => {
    expect(raisedRules(engine.review(`${withoutCompany} Brightline is doing great work.`, panel))).not.toContain('reference-company');
    expect(raisedRules(engine.review(withoutCompany, panel))).toContain('reference-company');
  });

  it('should count a leading-words form only with its capital, and never a dangling "of"', () => {
    const bank: ReviewContext = { ...panel, company: 'Bank of Example' };
    expect(raisedRules(engine.review(`${withoutCompany} I have banked with a bank for years.`, bank))).toContain('reference-company');
    expect(raisedRules(engine.review(`${withoutCompany} The Bank is a place I would be proud to work.`, bank))).not.toContain('reference-company');
  });

  it('should count an alias as naming the company and never flag it as misspelt', () => {
    const aliased: ReviewContext = { ...panel, company: { name: 'Brightline Health', aliases: ['BLHx', 'Brytline'] } };
    const result = engine.review(`${withoutCompany} Everyone at Brytline was welcoming.`, aliased);
    expect(raisedRules(result)).not.toContain('reference-company');
    expect(result.flags.filter((flag) => flag.category === 'spelling')).toEqual([]);
  });

  it('should accept aliases in the context schema, and refuse an empty one with the field named', () => {
    expect(reviewContextSchema.safeParse({ company: { name: 'Brightline Health', aliases: ['Brightline'] } }).success).toBe(true);
    const wrong = reviewContextSchema.safeParse({ company: { name: 'Brightline Health', aliases: [''] } });
    expect(wrong.success).toBe(false);
  });
});
