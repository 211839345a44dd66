import { describe, expect, it } from 'vitest';
import { buildEml, EmlInputError } from '../../../src-main/export/index.ts';
import { asLines, inspectBytes, parseWithPostalMime, parseWithPython, unfoldedHeaders } from './mail-check.ts';

const longUrl = `https://careers.example.com/apply?ref=${'a1b2c3d4e5'.repeat(26)}`.slice(0, 300);

const cases = [
  { label: 'plain ASCII', name: 'Jane Doe', subject: 'Thank you for today', body: 'Dear Jane,\n\nThank you for the conversation about the data pipeline.\n\nBest,\nSam' },
  { label: 'accented Latin', name: 'José Ñúñez-Ålvik', subject: 'Merci pour l’entretien — très intéressant', body: 'Cher José,\n\nMerci pour l’échange sur la refonte du système de paie. À bientôt !' },
  { label: 'Cyrillic', name: 'Мария Иванова', subject: 'Спасибо за интервью', body: 'Мария, добрый день!\n\nСпасибо за разговор о миграции на новую платформу.' },
  { label: 'CJK', name: '山田 太郎', subject: '本日の面接のお礼', body: '山田様\n\n本日はお時間をいただき、誠にありがとうございました。\n設計レビューの話がとても印象に残りました。' },
  { label: 'emoji', name: 'Ana 🌻 Silva', subject: 'Thanks 🙏 for the chat', body: 'Hi Ana 👋\n\nLoved hearing about the 🚀 launch.\n' },
  { label: 'a 300-character URL', name: 'Lee Park', subject: 'Portfolio link', body: `Here is the case study we discussed:\n${longUrl}\nThanks again.` },
  { label: 'lines starting with "From " and "."', name: 'Kim Ode', subject: 'Follow-up', body: 'From my side, the answer is yes.\n.\n.hidden file names came up too\nFrom here on, I am glad to help.' },
  { label: 'an empty body', name: 'Pat Roe', subject: 'Draft to finish', body: '' },
];

const date = new Date('2026-11-20T15:30:00Z');

describe('buildEml', () => {
  for (const sample of cases) {
    describe(`with ${sample.label}`, () => {
      const draft = {
        to: { name: sample.name, address: 'someone@example.com' },
        from: { name: 'Sam Rivera', address: 'sam@example.org' },
        subject: sample.subject,
        body: sample.body,
        date,
      };
      const expectedBody = sample.body && !sample.body.endsWith('\n') ? `${sample.body}\n` : sample.body;

      it('should write CRLF-only, 7-bit bytes with lines within 78 characters', async () => {
        const report = inspectBytes(await buildEml(draft));
        expect(report.bareLineFeeds).toBe(0);
        expect(report.bareCarriageReturns).toBe(0);
        expect(report.nonAsciiHeaderBytes).toBe(0);
        expect(report.nonAsciiBytes).toBe(0);
        expect(report.longestLine).toBeLessThanOrEqual(78);
      });

      it('should mark the file as an unsent draft with a UTF-8 text/plain body', async () => {
        const headers = unfoldedHeaders(await buildEml(draft));
        expect(headers).toContain('X-Unsent: 1');
        expect(headers).toContain('Content-Type: text/plain; charset=utf-8');
        expect(headers).toContain('MIME-Version: 1.0');
      });

      it('should read back the same recipient, sender, subject, date and body in postal-mime', async () => {
        const parsed = await parseWithPostalMime(await buildEml(draft));
        expect(parsed.to).toEqual([{ name: sample.name, address: 'someone@example.com' }]);
        expect(parsed.from).toEqual([{ name: 'Sam Rivera', address: 'sam@example.org' }]);
        expect(parsed.subject).toBe(sample.subject);
        expect(asLines(parsed.body)).toBe(expectedBody);
        expect(parsed.xUnsent).toBe('1');
        expect(new Date(parsed.date ?? '').toISOString()).toBe(date.toISOString());
      });

      it("should read back the same recipient, subject and body in Python's email parser", async () => {
        const parsed = parseWithPython(await buildEml(draft));
        expect(parsed.defects).toEqual([]);
        // Python before the fix for CPython gh-128110 adds a space between two encoded-words of one display name,
        // which RFC 2047 says to drop (postal-mime above checks the exact name); compare the letters here.
        const letters = (name: string) => name.replace(/\s+/g, '');
        expect(parsed.to?.map((mailbox) => ({ ...mailbox, name: letters(mailbox.name) }))).toEqual([{ name: letters(sample.name), address: 'someone@example.com' }]);
        expect(parsed.subject).toBe(sample.subject);
        expect(parsed.contentType).toBe('text/plain');
        expect(parsed.charset).toBe('utf-8');
        expect(asLines(parsed.body)).toBe(expectedBody);
        expect(parsed.xUnsent).toBe('1');
      });
    });
  }

  it('should write non-ASCII names and subjects as RFC 2047 encoded-words', async () => {
    const headers = unfoldedHeaders(await buildEml({ to: { name: 'Zoë Ångström', address: 'zoe@example.com' }, subject: 'Спасибо', body: 'Hi' }));
    expect(headers.find((line) => line.startsWith('To: '))).toMatch(/^To: =\?UTF-8\?[QB]\?[^?]+\?= <zoe@example\.com>$/);
    expect(headers.find((line) => line.startsWith('Subject: '))).toMatch(/^Subject: (=\?UTF-8\?[QB]\?[^?]+\?=\s*)+$/);
  });

  it('should fold a subject holding a long unbroken link and still read it back whole', async () => {
    const subject = `Case study ${longUrl}`;
    const bytes = await buildEml({ to: { name: 'Lee', address: 'lee@example.com' }, subject, body: 'Hi' });
    expect(inspectBytes(bytes).longestLine).toBeLessThanOrEqual(78);
    expect((await parseWithPostalMime(bytes)).subject).toBe(subject);
    expect(parseWithPython(bytes).subject).toBe(subject);
  });

  it('should keep even a very long ASCII subject and a long name under the 998-character limit', async () => {
    const subject = Array.from({ length: 300 }, (_, i) => `word${i}`).join(' ');
    const name = 'Maximilian Alexander Constantin von Habsburg-Lothringen und Hohenzollern-Sigmaringen';
    const bytes = await buildEml({ to: { name, address: 'max@example.com' }, subject, body: 'x'.repeat(5000) });
    const report = inspectBytes(bytes);
    expect(report.longestLine).toBeLessThanOrEqual(78);
    expect(parseWithPython(bytes)).toMatchObject({ subject, to: [{ name, address: 'max@example.com' }] });
  });

  it('should keep CRLF line ends inside a base64 body, where the byte checks cannot see them', async () => {
    const text = (await buildEml({ to: { name: 'A', address: 'a@example.com' }, subject: 'S', body: 'Привет\nмир\n' })).toString('latin1');
    expect(text).toContain('Content-Transfer-Encoding: base64');
    const decoded = Buffer.from(text.slice(text.indexOf('\r\n\r\n') + 4), 'base64').toString('utf8');
    expect(decoded).toBe('Привет\r\nмир\r\n');
  });

  it('should turn CR and CRLF line ends in the body into CRLF without adding blank lines', async () => {
    const bytes = await buildEml({ to: { name: 'A', address: 'a@example.com' }, subject: 'S', body: 'one\r\ntwo\rthree\nfour' });
    expect(inspectBytes(bytes).bareCarriageReturns).toBe(0);
    expect(asLines((await parseWithPostalMime(bytes)).body)).toBe('one\ntwo\nthree\nfour\n');
  });

  it('should put an international domain in its ASCII form and leave From out when none is given', async () => {
    const bytes = await buildEml({ to: { name: 'Jörg', address: 'jorg@bücher.example' }, subject: 'Danke', body: 'Hallo' });
    const parsed = parseWithPython(bytes);
    expect(parsed.to).toEqual([{ name: 'Jörg', address: 'jorg@xn--bcher-kva.example' }]);
    expect(parsed.from).toBeNull();
    expect(inspectBytes(bytes).nonAsciiHeaderBytes).toBe(0);
  });

  it('should keep a line break typed into the subject or name from starting a new header', async () => {
    const bytes = await buildEml({ to: { name: 'Jane\r\nBcc: x@evil.example', address: 'jane@example.com' }, subject: 'Hi\nBcc: y@evil.example', body: 'b' });
    const headers = unfoldedHeaders(bytes);
    expect(headers.some((line) => /^bcc:/i.test(line))).toBe(false);
    expect(parseWithPython(bytes).subject).toBe('Hi Bcc: y@evil.example');
  });

  it.each([
    ['no @', 'jane.example.com'],
    ['no domain dot', 'jane@example'],
    ['a space', 'jane doe@example.com'],
    ['an accented local part', 'zoë@example.com'],
    ['an empty address', '  '],
    ['a bad domain label', 'jane@-example.com'],
  ])('should refuse an address with %s', async (_, address) => {
    await expect(buildEml({ to: { name: 'Jane', address }, subject: 'Hi', body: '' })).rejects.toBeInstanceOf(EmlInputError);
  });

  it('should refuse an empty subject, naming the subject field', async () => {
    await expect(buildEml({ to: { name: 'Jane', address: 'jane@example.com' }, subject: ' \n ', body: 'b' })).rejects.toMatchObject({ field: 'subject' });
  });
});
