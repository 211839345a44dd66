import { describe, expect, it } from 'vitest';
import { EmlInputError, interviewThankYouFiles } from '../../../src-main/export/index.ts';
import { inspectBytes, parseWithPostalMime } from './mail-check.ts';

const date = new Date(2026, 10, 22, 16, 0);

describe('interviewThankYouFiles', () => {
  it('should write one signed draft per interviewer, each to its own recipient', async () => {
    const files = await interviewThankYouFiles({
      company: 'Acme',
      role: 'Backend Engineer',
      from: { name: 'Sam Rivera', address: 'sam@example.org' },
      signature: 'Sam Rivera',
      date,
      notes: [
        { to: { name: 'Jane Doe', address: 'jane@acme.example' }, subject: 'Thank you, Jane', body: 'Dear Jane,\nThanks for the billing deep dive.' },
        { to: { name: 'Олег Петров', address: 'oleg@acme.example' }, subject: 'Спасибо, Олег', body: 'Олег, спасибо за разговор о дежурствах.' },
      ],
    });
    expect(files.map((file) => file.fileName)).toEqual(['Acme - Backend Engineer - Thank you - Jane Doe - 2026-11-22.eml', 'Acme - Backend Engineer - Thank you - Олег Петров - 2026-11-22.eml']);
    const parsed = await Promise.all(files.map((file) => parseWithPostalMime(file.bytes)));
    expect(parsed.map((draft) => draft.to)).toEqual([[{ name: 'Jane Doe', address: 'jane@acme.example' }], [{ name: 'Олег Петров', address: 'oleg@acme.example' }]]);
    expect(parsed.map((draft) => draft.subject)).toEqual(['Thank you, Jane', 'Спасибо, Олег']);
    expect(parsed[0]?.body.replace(/\r\n/g, '\n')).toBe('Dear Jane,\nThanks for the billing deep dive.\n\n-- \nSam Rivera\n');
    for (const file of files) expect(inspectBytes(file.bytes)).toMatchObject({ bareLineFeeds: 0, nonAsciiBytes: 0 });
  });

  it('should give two interviewers with the same name different files', async () => {
    const note = { subject: 'Thanks', body: 'Thanks.' };
    const files = await interviewThankYouFiles({
      company: 'Acme',
      role: 'QA',
      date,
      notes: [
        { ...note, to: { name: 'Alex Kim', address: 'alex.kim@acme.example' } },
        { ...note, to: { name: 'alex kim', address: 'akim@acme.example' } },
      ],
    });
    expect(new Set(files.map((file) => file.fileName.toLowerCase())).size).toBe(2);
  });

  it('should stop on an invalid address and name the interviewer', async () => {
    const run = interviewThankYouFiles({
      company: 'Acme',
      role: 'QA',
      date,
      notes: [
        { to: { name: 'Jane Doe', address: 'jane@acme.example' }, subject: 'Thanks', body: 'x' },
        { to: { name: 'Bo Li', address: 'bo.li@' }, subject: 'Thanks', body: 'x' },
      ],
    });
    await expect(run).rejects.toBeInstanceOf(EmlInputError);
    await expect(run).rejects.toThrow(/^Note to Bo Li: /);
  });

  it('should return no files for an interview without notes', async () => {
    expect(await interviewThankYouFiles({ company: 'Acme', role: 'QA', notes: [] })).toEqual([]);
  });
});
