import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { ReviewContext } from '../../../src-shared/review/context.ts';
import retextAfterwordDuplicate from '../../../src-shared/review/plugins/duplicate.ts';
import { where } from './helpers.ts';

const toPriya =
  'Dear Priya,\n\nThank you for meeting with me yesterday about the Backend Engineer role. I enjoyed our conversation about the billing migration and how the team plans its on-call rotation. I am excited about the chance to help.\n\nBest,\nAlex';
const toSam = toPriya.replace('Dear Priya,', 'Dear Sam,');
const different =
  'Dear Sam,\n\nThank you for walking me through the data model on Tuesday. Your point about idempotent webhooks made me rethink how I built retries at my last job, and I would enjoy working on that with you.\n\nBest,\nAlex';

async function duplicate(text: string, context: ReviewContext) {
  const file = new VFile(text);
  await unified().use(retextAfterwordDuplicate, { context }).run({ type: 'RootNode', children: [] }, file);
  return file;
}

describe('retextAfterwordDuplicate', () => {
  it('should flag a note nearly the same as a sibling draft and name that sibling’s recipient', async () => {
    const file = await duplicate(toSam, { siblingDrafts: [{ recipient: 'Priya Raman', text: toPriya }] });
    expect(file.messages.map(String)).toEqual([
      '3:1-6:5: This note is nearly the same as your note to Priya Raman (100% shared wording). Interviewers on a panel often compare notes: mention something you discussed with this person.',
    ]);
    expect(file.messages[0]?.fatal).toBe(false);
  });

  it('should accept sibling drafts given as plain strings', async () => {
    const file = await duplicate(toSam, { siblingDrafts: [toPriya] });
    expect(String(file.messages[0])).toContain('the same as another note for this interview');
  });

  it('should still flag a copy with a few words changed', async () => {
    const edited = toSam.replace('yesterday', 'on Monday').replace('excited', 'thrilled');
    expect(where(await duplicate(edited, { siblingDrafts: [{ recipient: 'Priya', text: toPriya }] }))).toEqual(['3:1-6:5 duplicate-sibling']);
  });

  it('should not flag notes that say different things', async () => {
    expect(where(await duplicate(different, { siblingDrafts: [{ recipient: 'Priya', text: toPriya }] }))).toEqual([]);
  });

  it('should do nothing without sibling drafts', async () => {
    expect(where(await duplicate(toSam, {}))).toEqual([]);
  });
});
