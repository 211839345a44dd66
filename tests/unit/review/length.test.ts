import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { ReviewContext } from '../../../src-shared/review/context.ts';
import retextAfterwordLength from '../../../src-shared/review/plugins/length.ts';
import { smsSegments } from '../../../src-shared/review/text/sms.ts';
import { where } from './helpers.ts';

async function length(text: string, context: ReviewContext) {
  const file = new VFile(text);
  await unified().use(retextAfterwordLength, { context }).run({ type: 'RootNode', children: [] }, file);
  return file;
}

const words = (count: number) => Array.from({ length: count }, () => 'word').join(' ');

describe('retextAfterwordLength', () => {
  it('should flag a thank-you email over about 250 words from the first word past the limit', async () => {
    const file = await length(words(260), { kind: 'thank-you', channel: 'email' });
    expect(file.messages.map(String)).toEqual([
      '1:1251-1:1300: At 260 words this thank-you email is long; aim for at most about 250. A busy reader gives a follow-up a quick look.',
    ]);
  });

  it('should flag a thank-you email under about 40 words', async () => {
    expect(where(await length(words(30), { kind: 'thank-you', channel: 'email' }))).toEqual(['1:1-1:150 length-short']);
  });

  it('should accept a thank-you email of a usual length', async () => {
    expect(where(await length(words(120), { kind: 'thank-you', channel: 'email' }))).toEqual([]);
  });

  it('should hold a status check-in to a shorter limit than a thank-you', async () => {
    expect(where(await length(words(180), { kind: 'status-check', channel: 'email' }))).toEqual(['1:751-1:900 length-long']);
    expect(where(await length(words(180), { kind: 'thank-you', channel: 'email' }))).toEqual([]);
  });

  it('should allow a letter to run longer than an email', async () => {
    expect(where(await length(words(300), { kind: 'thank-you', channel: 'letter' }))).toEqual([]);
  });

  it('should flag a text message over two SMS segments, naming the characters that force UCS-2', async () => {
    const plain = 'a'.repeat(306);
    expect(where(await length(plain, { channel: 'text' }))).toEqual([]);
    expect(where(await length(`${plain}a`, { channel: 'text' }))).toEqual(['1:1-1:308 length-sms']);
    const curly = `Thanks, it’s been great ${'x'.repeat(120)}`;
    const file = await length(curly, { channel: 'text' });
    expect(String(file.messages[0])).toContain('(“’”)');
  });

  it('should be off without a channel', async () => {
    expect(where(await length(words(900), { kind: 'thank-you' }))).toEqual([]);
  });
});

describe('smsSegments', () => {
  it('should count GSM-7 text as 160 characters in one segment and 153 per segment after', () => {
    expect(smsSegments('a'.repeat(160))).toMatchObject({ encoding: 'GSM-7', segments: 1 });
    expect(smsSegments('a'.repeat(161)).segments).toBe(2);
    expect(smsSegments('a'.repeat(306)).segments).toBe(2);
    expect(smsSegments('a'.repeat(307)).segments).toBe(3);
  });

  it('should count GSM-7 extension characters as two and never split them across segments', () => {
    expect(smsSegments('€'.repeat(80)).segments).toBe(1);
    expect(smsSegments('€'.repeat(81)).segments).toBe(2);
    // 152 plain characters leave one septet in the first segment: the escape pair moves on whole.
    expect(smsSegments(`${'a'.repeat(152)}€${'a'.repeat(152)}`).segments).toBe(3);
  });

  it('should switch to UCS-2 for any character outside GSM-7', () => {
    expect(smsSegments('a'.repeat(69) + '’')).toMatchObject({ encoding: 'UCS-2', segments: 1, nonGsm: ['’'] });
    expect(smsSegments('a'.repeat(70) + '’').segments).toBe(2);
    // Accented letters such as é are part of GSM-7 and keep the 160-character segments.
    expect(smsSegments('a'.repeat(134) + 'é')).toMatchObject({ encoding: 'GSM-7', segments: 1 });
  });

  it('should never split an emoji’s surrogate pair across segments', () => {
    expect(smsSegments(`${'a'.repeat(66)}😀${'a'.repeat(66)}`).segments).toBe(3);
    expect(smsSegments('😀'.repeat(35)).segments).toBe(1);
  });

  it('should count an empty text as no segments', () => {
    expect(smsSegments('').segments).toBe(0);
  });
});
