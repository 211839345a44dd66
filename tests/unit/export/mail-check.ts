/** Shared checks for the export tests: what a finicky mail client or server would reject in a draft's bytes. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import PostalMime from 'postal-mime';

export interface ByteReport {
  bareLineFeeds: number;
  bareCarriageReturns: number;
  nonAsciiHeaderBytes: number;
  nonAsciiBytes: number;
  longestLine: number;
  headerBlock: string;
}

export function inspectBytes(bytes: Buffer): ByteReport {
  const text = bytes.toString('latin1');
  const end = text.indexOf('\r\n\r\n');
  const headerBytes = bytes.subarray(0, end < 0 ? bytes.length : end);
  return {
    bareLineFeeds: (text.match(/(?<!\r)\n/g) ?? []).length,
    bareCarriageReturns: (text.match(/\r(?!\n)/g) ?? []).length,
    nonAsciiHeaderBytes: [...headerBytes].filter((byte) => byte > 0x7e || (byte < 0x20 && byte !== 0x0d && byte !== 0x0a && byte !== 0x09)).length,
    nonAsciiBytes: [...bytes].filter((byte) => byte > 0x7f).length,
    longestLine: Math.max(...text.split('\r\n').map((line) => line.length)),
    headerBlock: text.slice(0, end < 0 ? text.length : end),
  };
}

/** Header lines with folded continuations joined, as the header reads once unfolded. */
export function unfoldedHeaders(bytes: Buffer): string[] {
  return inspectBytes(bytes).headerBlock.replace(/\r\n[ \t]/g, ' ').split('\r\n');
}

export interface ParsedDraft {
  to: { name: string; address: string }[] | null;
  from: { name: string; address: string }[] | null;
  subject: string;
  body: string;
  xUnsent: string | null;
  date: string | null;
}

const pythonParser = fileURLToPath(new URL('./parse_eml.py', import.meta.url));

export function parseWithPython(bytes: Buffer): ParsedDraft & { contentType: string; charset: string | null; defects: string[] } {
  const run = spawnSync('python3', [pythonParser], { input: bytes, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`python3 could not parse the draft: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

export async function parseWithPostalMime(bytes: Buffer): Promise<ParsedDraft> {
  const email = await PostalMime.parse(bytes);
  const mailbox = (list: typeof email.to) => (list ?? []).map((entry) => ({ name: entry.name, address: 'address' in entry ? (entry.address ?? '') : '' }));
  return {
    to: mailbox(email.to),
    from: email.from ? mailbox([email.from]) : null,
    subject: email.subject ?? '',
    body: email.text ?? '',
    xUnsent: email.headers.find((header) => header.key === 'x-unsent')?.value ?? null,
    date: email.date ?? null,
  };
}

/** What the reader sees: line ends as a text editor shows them. */
export const asLines = (text: string) => text.replace(/\r\n/g, '\n');
