// The send gate's reading of a note: placeholders named as written, error-level flags as "fix before sending",
// and nothing for warnings, hints or flags the user ignored in this note.
import { describe, expect, it } from 'vitest';
import { createNodeReviewEngine } from '../../../src-main/review/node-engine.ts';
import { isFinished, leftToFix, placeholdersIn } from '../../../src-renderer/src/send/left-to-fix.ts';
import type { Flag } from '../../../src-shared/review/index.ts';

const flag = (over: Partial<Flag>): Flag => ({
  ruleId: 'wrong-company',
  category: 'reference',
  severity: 'error',
  start: 0,
  end: 0,
  line: 1,
  column: 1,
  message: 'This names another company you applied to.',
  suggestions: [],
  ...over,
});

describe('what is left to fix before a note leaves', () => {
  it('should name each placeholder once, as written, from the subject and the body', () => {
    expect(placeholdersIn('Thanks, [[Your name]]', 'Dear Ana,\n[[Say what you discussed]]\n[[Your name]]')).toEqual(['[[Your name]]', '[[Say what you discussed]]']);
  });

  it('should find nothing in a finished note, and not take single brackets or a link for a placeholder', () => {
    const left = leftToFix([{ text: 'Dear Ana, thank you [1] for the chat (see https://example.com/[a]).', flags: [] }], []);
    expect(left).toEqual({ placeholders: [], problems: [] });
    expect(isFinished(left)).toBe(true);
  });

  it('should list an error-level flag with the words it is about, and only once', () => {
    const text = 'I enjoyed meeting the Globex team. Globex is great.';
    const flags = [flag({ start: 22, end: 28 }), flag({ start: 22, end: 28 }), flag({ severity: 'warning', ruleId: 'needy', start: 35, end: 41, message: 'Sounds needy.' })];
    expect(leftToFix([{ text, flags }], []).problems).toEqual(['“Globex”: This names another company you applied to.']);
  });

  it('should not quote the words twice when the message already names them', () => {
    const text = 'I realy enjoyed it.';
    const flags = [flag({ ruleId: 'spelling-unknown', category: 'spelling', start: 2, end: 7, message: '“realy” looks misspelt.' })];
    expect(leftToFix([{ text, flags }], []).problems).toEqual(['“realy” looks misspelt.']);
  });

  it('should not count a flag the user ignored in this note, nor warnings and hints', () => {
    const text = 'Dear Ana, Globex';
    const flags = [flag({ start: 10, end: 16 }), flag({ severity: 'hint', ruleId: 'readability', start: 0, end: 3 })];
    expect(isFinished(leftToFix([{ text, flags }], [{ ruleId: 'wrong-company', text: 'globex' }]))).toBe(true);
  });

  it('should find the placeholders and the errors the real review reports in an unfinished first draft', async () => {
    const engine = await createNodeReviewEngine();
    const body = 'Dear Priya,\n\nThank you for meeting with me about the Backend Engineer role at Initech. [[Say what you discussed about the billing migration]]\n\nBest regards,\n[[Your name]]';
    const { flags } = engine.review(body, { kind: 'thank-you', channel: 'email', company: 'Initech', recipient: { name: 'Priya Raman' }, otherCompanies: ['Globex'] });
    const left = leftToFix([{ text: body, flags }], []);
    expect(left.placeholders).toEqual(['[[Say what you discussed about the billing migration]]', '[[Your name]]']);
    expect(isFinished(left)).toBe(false);
  });
});
