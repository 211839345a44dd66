import { describe, expect, it } from 'vitest';
import retextAfterwordNeedy from '../../../src-shared/review/plugins/needy.ts';
import type { ReviewContext } from '../../../src-shared/review/index.ts';
import { retext, ruleIds, where } from './helpers.ts';

async function needy(text: string, field: 'body' | 'subject' = 'body', context: ReviewContext = { role: 'Data Engineer', company: 'Initech' }) {
  return retext().use(retextAfterwordNeedy, { context, field }).process(text);
}

describe('retextAfterwordNeedy', () => {
  it('should flag an empty check-in and offer a confident rewrite', async () => {
    const file = await needy('Hi Dana, I am just checking in.', 'body', { kind: 'status-check', channel: 'email', role: 'Data Engineer' });
    expect(file.messages.map(String)).toEqual([
      '1:1-1:32: An empty check-in gives the reader nothing new. Give a reason to write: a question about the timeline, a relevant update, or something of value from the conversation.',
    ]);
    expect(file.messages[0]?.expected?.[0]).toBe('I’m writing to ask when you expect to decide; I’m still keen on the role.');
  });

  it.each([
    ['Just following up on my application.'],
    ['I wanted to touch base about the role.'],
    ['I’m simply circling back on this.'],
    ['Touching base again.'],
  ])('should flag the empty check-in %j', async (text) => {
    expect(ruleIds(await needy(text))).toEqual(['needy-empty-check-in']);
  });

  it.each([
    ['I really need this job.'],
    ['I desperately want to work with you.'],
    ['Please give me a chance to prove myself.'],
    ['I’d do anything to get this position.'],
    ['I am begging you to reconsider.'],
    ['My rent is due next week, so this would help.'],
  ])('should flag the pleading %j', async (text) => {
    expect(ruleIds(await needy(text))).toEqual(['needy-pleading']);
  });

  it.each([
    ['I haven’t heard back from you yet.'],
    ['I still have not received a reply.'],
    ['Did you get my last email?'],
    ['Why is it taking so long to decide?'],
    ['Please reply by Friday.'],
    ['I need an answer by tomorrow.'],
  ])('should flag the pressure %j', async (text) => {
    expect(ruleIds(await needy(text))).toContain('needy-pressure');
  });

  it('should flag several question or exclamation marks on their own span', async () => {
    const file = await needy('Is there any news on the role??');
    expect(where(file)).toContain('1:30-1:32 needy-pressure');
    expect(file.messages.find((message) => message.actual === '??')?.expected).toEqual(['?']);
  });

  it.each([
    ['Sorry to bother you again.'],
    ['I know you’re very busy, but I wanted to ask about the role.'],
    ['I hate to bother you with this.'],
  ])('should give only a hint for over-apologising %j', async (text) => {
    const file = await needy(text);
    expect(ruleIds(file)).toContain('needy-over-apologising');
    expect(file.messages.find((message) => message.ruleId === 'needy-over-apologising')?.fatal).toBeUndefined();
  });

  it.each([
    ['I was so nervous during the interview.'],
    ['I’m sorry my answer about caching was so weak.'],
    ['I know I wasn’t at my best on Tuesday.'],
    ['I completely blanked on the SQL question.'],
    ['I should have mentioned my Kafka experience.'],
  ])('should flag apologising for the interview %j', async (text) => {
    expect(ruleIds(await needy(text))).toEqual(['needy-interview-apology']);
  });

  it.each([
    ['I’d love to send the team some cookies as a thank-you.'],
    ['Lunch is on me next time you are in town.'],
    ['Please accept this small gift card.'],
  ])('should flag gifts %j', async (text) => {
    expect(ruleIds(await needy(text))).toEqual(['needy-gift']);
  });

  it.each([
    ['Sorry for the late reply; I was travelling.'],
    ['Apologies for having to reschedule our call.'],
    ['I’m sorry for the delay in sending my references.'],
    ['I’m really excited about this role!'],
    ['I would love to join the team and help with the data platform.'],
    ['Let me know if I can do anything else to help.'],
    ['I need to leave by five on Friday, so a morning call works best.'],
    ['Thank you again for your time. I enjoyed our conversation about the roadmap.'],
    ['Could you share the expected timeline for next steps?'],
    ['The business case for caching was convincing.'],
  ])('should not flag %j', async (text) => {
    expect(where(await needy(text))).toEqual([]);
  });

  it('should flag urgent subject lines only when reviewing a subject', async () => {
    expect(ruleIds(await needy('URGENT: second follow-up', 'subject'))).toEqual(['needy-urgent-subject']);
    expect(ruleIds(await needy('Thank you – Data Engineer interview', 'subject'))).toEqual([]);
    expect(ruleIds(await needy('URGENT: second follow-up'))).toEqual([]);
  });
});
