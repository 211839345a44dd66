/** A file name for a draft that is safe to save on Windows, macOS and Linux and says what the file is. */
import type { FollowUpKind } from '../../src-shared/api/journal-types.ts';

export interface EmlFileNameParts {
  company: string;
  role: string;
  recipient: string;
  /** What the note is: two notes to one person on one day (a thank-you, then a check-in) get different names. */
  kind?: FollowUpKind | undefined;
  /** The day the note belongs to; a Date is read in local time, a string as `YYYY-MM-DD…`. */
  date: Date | string;
}

// Windows refuses these as a file's name whatever the extension ("CON.eml" included).
const RESERVED_ON_WINDOWS = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\..*)?$/i;
// Path separators, characters Windows forbids, and control characters.
const UNSAFE = /[<>:"/\\|?*\p{Cc}\p{Cf}]/gu;
// Short enough to leave room for a folder path under Windows' 260-character limit.
const LONGEST_PART = 40;
const LONGEST_STEM = 120;

function clip(text: string, max: number): string {
  const graphemes = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((g) => g.segment);
  return graphemes.length <= max ? text : graphemes.slice(0, max).join('').trimEnd();
}

function cleanPart(text: string): string {
  const cleaned = text.normalize('NFC').replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  return clip(cleaned, LONGEST_PART).replace(/^[.\s-]+|[.\s]+$/g, '');
}

function isoDay(date: Date | string): string {
  if (typeof date === 'string') {
    const match = /^\d{4}-\d{2}-\d{2}/.exec(date);
    if (match) return match[0];
    date = new Date(date);
  }
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Short words for a file name, which a folder listing shows beside the company and the person. */
const KIND_IN_NAME: Record<FollowUpKind, string> = {
  'thank-you': 'Thank you',
  'status-check': 'Check-in',
  'feedback-request': 'Feedback request',
  'recruiter-update': 'Recruiter update',
  other: 'Note',
};

/** "Acme - Product Designer - Thank you - Jane Doe - 2026-11-22.eml"; empty parts are left out. */
export function emlFileName(parts: EmlFileNameParts): string {
  return noteFileName(parts, 'eml');
}

/** The same name with another extension, e.g. a reminder's "….ics". */
export function noteFileName(parts: EmlFileNameParts, extension: string, fallback = 'Draft'): string {
  const pieces = [parts.company, parts.role, parts.kind ? KIND_IN_NAME[parts.kind] : '', parts.recipient].map(cleanPart);
  pieces.push(isoDay(parts.date));
  let stem = clip(pieces.filter(Boolean).join(' - '), LONGEST_STEM).replace(/[.\s-]+$/, '');
  if (!stem) stem = fallback;
  if (RESERVED_ON_WINDOWS.test(stem)) stem = `${stem} note`;
  return `${stem}.${extension}`;
}

/** Gives each name a " (2)", " (3)"… suffix where it repeats, ignoring case as Windows and macOS do. */
export function uniqueFileNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let n = 2; seen.has(candidate.toLowerCase()); n += 1) candidate = `${stem} (${n})${extension}`;
    seen.add(candidate.toLowerCase());
    return candidate;
  });
}
