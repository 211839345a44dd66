import { describe, expect, it } from 'vitest';
import type { ReviewContext as JournalContext } from '../../../src-shared/api/journal-types.ts';
import { reviewContextSchema } from '../../../src-shared/review/index.ts';
import { engineContext, withChannel, withPersonalWord } from '../../../src-renderer/src/editor/core/engine-context.ts';

const journal: JournalContext = {
  followUpId: 3,
  kind: 'thank-you',
  channel: 'email',
  subject: '',
  body: '',
  company: 'Initech',
  companyAliases: [],
  role: 'Data Engineer',
  recipient: { name: 'Ana Ruiz', title: '' },
  interviewers: [
    { name: 'Ana Ruiz', title: '' },
    { name: 'Ben Okoro', title: 'CTO' },
  ],
  topics: ['billing migration', ''],
  references: [],
  otherCompanies: ['Globex'],
  otherNames: ['Carla Diaz'],
  siblingDrafts: [
    { recipient: 'Ben Okoro', text: 'Thank you Ben for the talk.' },
    { recipient: 'Dee', text: '  ' },
  ],
  personalWords: ['Kafka'],
  readingGrade: 9,
  dialect: 'en-US',
  userName: 'Jo Park',
};

describe('engineContext', () => {
  it('should give the engine a context its own schema accepts, with the other interviewers’ drafts', () => {
    const context = engineContext(journal);
    expect(reviewContextSchema.safeParse(context).success).toBe(true);
    expect(context.siblingDrafts).toEqual([{ recipient: 'Ben Okoro', text: 'Thank you Ben for the talk.' }]);
    expect(context.recipient).toEqual({ name: 'Ana Ruiz' });
    expect(context.interviewers).toEqual([{ name: 'Ana Ruiz' }, { name: 'Ben Okoro', title: 'CTO' }]);
    expect(context.topics).toEqual(['billing migration']);
  });

  it('should leave out what the journal does not know, so those checks stay off', () => {
    const context = engineContext({ ...journal, company: '', role: ' ', recipient: null, channel: 'phone' });
    expect(reviewContextSchema.safeParse(context).success).toBe(true);
    expect(context).not.toHaveProperty('company');
    expect(context).not.toHaveProperty('role');
    expect(context).not.toHaveProperty('recipient');
    expect(context).not.toHaveProperty('channel');
  });

  it('should add a personal word once', () => {
    const context = engineContext(journal);
    const added = withPersonalWord(context, 'Zorblat');
    expect(added.personalWords).toEqual(['Kafka', 'Zorblat']);
    expect(withPersonalWord(added, 'Zorblat')).toBe(added);
    expect(context.personalWords).toEqual(['Kafka']);
  });

  it('should follow the note to another channel, with no channel rules for a phone call', () => {
    const context = withPersonalWord(engineContext(journal), 'Zorblat');
    const text = withChannel(context, 'text');
    expect(text.channel).toBe('text');
    expect(text.personalWords).toEqual(['Kafka', 'Zorblat']);
    expect(reviewContextSchema.safeParse(text).success).toBe(true);
    expect(withChannel(text, 'phone')).not.toHaveProperty('channel');
    expect(withChannel(withChannel(text, 'phone'), 'letter').channel).toBe('letter');
    expect(context.channel).toBe('email');
  });
});

describe('the posting and the company record in the engine context', () => {
  it('adds the posting key phrases after the topics, without repeating a topic', () => {
    const context = engineContext({ ...journal, references: ['Billing Migration', 'streaming pipelines', ' '] });
    expect(context.topics).toEqual(['billing migration', 'streaming pipelines']);
  });

  it('gives the company with its short names as `company.aliases`, in a shape the engine accepts', () => {
    const context = engineContext({ ...journal, company: 'Initech Systems', companyAliases: ['Initech', ''] });
    expect(context.company).toEqual({ name: 'Initech Systems', aliases: ['Initech'] });
    expect(reviewContextSchema.safeParse(context).success).toBe(true);
  });

  it('leaves the company a plain name when it has no aliases', () => {
    expect(engineContext({ ...journal, companyAliases: [] }).company).toBe('Initech');
  });
});
