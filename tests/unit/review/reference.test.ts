import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { ReviewContext } from '../../../src-shared/review/context.ts';
import retextAfterwordPlaceholder from '../../../src-shared/review/plugins/placeholder.ts';
import retextAfterwordReference from '../../../src-shared/review/plugins/reference.ts';
import { retext, ruleIds, where } from './helpers.ts';

const context: ReviewContext = {
  company: 'Initech',
  role: 'Backend Engineer',
  recipient: { name: 'Priya Raman' },
  interviewers: [{ name: 'Priya Raman' }, { name: 'Sam Okafor' }],
  topics: ['migrating the billing system to Postgres', 'on-call rotation'],
  otherCompanies: ['Globex', 'Initrode'],
  otherNames: ['Dana Whitfield'],
};

const good =
  'Dear Priya,\n\nThank you for talking with me about the Backend Engineer role at Initech. Our conversation about the Postgres migration of your billing platform stayed with me.\n\nBest,\nAlex';

async function reference(text: string, ctx: ReviewContext = context) {
  const file = new VFile(text);
  await unified().use(retextAfterwordReference, { context: ctx }).run({ type: 'RootNode', children: [] }, file);
  return file;
}

describe('retextAfterwordReference', () => {
  it('should not flag a note that greets the recipient, names the company and role and refers to a topic', async () => {
    expect(where(await reference(good))).toEqual([]);
  });

  it('should flag a generic greeting and suggest the recipient’s name', async () => {
    const file = await reference(good.replace('Dear Priya,', 'Dear Hiring Manager,'));
    expect(file.messages.map(String)).toEqual([
      '1:1-1:21: Greet Priya Raman by name rather than with a generic greeting: you know who interviewed you, and a named greeting shows it.',
    ]);
    expect(file.messages[0]?.expected).toEqual(['Dear Priya Raman,']);
  });

  it('should accept the recipient’s surname, a title and diacritics in the greeting', async () => {
    expect(where(await reference(good.replace('Dear Priya,', 'Dear Ms. Raman,')))).toEqual([]);
    const accented = { ...context, recipient: { name: 'José Núñez' }, interviewers: [] };
    expect(where(await reference(good.replace('Dear Priya,', 'Dear Jose Nunez,'), accented))).toEqual([]);
  });

  it('should flag a note that never names the company, as a warning', async () => {
    const file = await reference(good.replace(' at Initech', ''));
    expect(where(file)).toEqual(['1:1-1:12 reference-company']);
  });

  it('should give only information when the role is not named, and accept its words in any order', async () => {
    expect(where(await reference(good.replace('Backend Engineer role', 'position')))).toEqual(['1:1-1:12 reference-role']);
    expect(where(await reference(good.replace('the Backend Engineer role', 'engineering the backend')))).toEqual([]);
  });

  it('should flag a note that refers to no topic of the interview, matching topics by meaning-bearing stems', async () => {
    const vague = good.replace('Our conversation about the Postgres migration of your billing platform stayed with me.', 'I enjoyed it.');
    expect(ruleIds(await reference(vague))).toEqual(['reference-topic']);
    const inflected = good.replace('the Postgres migration of your billing platform', 'how you migrated billing');
    expect(where(await reference(inflected))).toEqual([]);
  });

  it('should flag another company from the journal as an error, suggesting the right one', async () => {
    const file = await reference(good.replace('role at Initech', 'role at Globex'));
    expect(ruleIds(file)).toEqual(['reference-company', 'reference-wrong-company']);
    const wrong = file.messages.find((message) => message.ruleId === 'reference-wrong-company');
    expect(wrong?.fatal).toBe(true);
    expect(wrong?.expected).toEqual(['Initech']);
  });

  it('should not mistake the company for another one that it contains', async () => {
    const ctx = { ...context, company: 'Initech Robotics', otherCompanies: ['Initech'] };
    expect(where(await reference(good.replace('at Initech', 'at Initech Robotics'), ctx))).toEqual([]);
  });

  it('should flag greeting someone else, even by first name, instead of the recipient', async () => {
    expect(ruleIds(await reference(good.replace('Dear Priya,', 'Dear Dana,')))).toEqual(['reference-wrong-name']);
    expect(ruleIds(await reference(good.replace('Dear Priya,', 'Hi Sam,')))).toEqual(['reference-wrong-name']);
  });

  it('should flag naming a person from another application anywhere, but not fellow interviewers', async () => {
    expect(ruleIds(await reference(`${good}\nP.S. Say hello to Dana Whitfield.`))).toEqual(['reference-wrong-name']);
    expect(where(await reference(`${good}\nP.S. Please thank Sam Okafor too.`))).toEqual([]);
  });

  it('should switch checks off when the context lacks what they need', async () => {
    expect(where(await reference('Hello,\n\nThanks for your time.', {}))).toEqual([]);
  });

  it('should flag placeholders left in a generated draft as errors, and not count them as topics', async () => {
    const text = 'Dear Priya,\n\nThank you for the Backend Engineer interview at Initech. [[Say what you discussed about billing]]';
    const file = await retext().use(retextAfterwordPlaceholder).process(text);
    expect(file.messages.map(String)).toEqual([
      '3:58-3:98: Replace this placeholder (“Say what you discussed about billing”) with your own words before sending.',
    ]);
    expect(file.messages[0]?.fatal).toBe(true);
    expect(ruleIds(await reference(text))).toEqual(['reference-topic']);
  });
});
