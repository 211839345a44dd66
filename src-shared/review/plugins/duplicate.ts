/**
 * Duplicate: the draft is nearly the same as a note to another interviewer of the same interview. Panel
 * interviewers compare notes, so each should hear something of their own (a warning, not a block: advisers differ).
 */
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { siblingDraftsOf, type ReviewContext } from '../context.ts';
import { report } from '../report.ts';
import { firstLineSpan, normsIn } from '../text/words.ts';

export interface DuplicateOptions {
  context: ReviewContext;
  /** Share of wording (0–1) from which two notes count as nearly the same. */
  threshold?: number;
}

const greetingPattern = /^(?:dear|hi|hello|hey|good\s+(?:morning|afternoon|evening))\b/i;

/** The body of a note without its greeting line, which always differs between two notes. */
export function noteBody(text: string): { start: number; body: string } {
  const first = firstLineSpan(text);
  if (greetingPattern.test(text.slice(first.start, first.end))) return { start: first.end, body: text.slice(first.end) };
  return { start: 0, body: text };
}

const shingleCache = new Map<string, Set<string>>();

/** Overlapping three-word sequences: robust to a swapped name or a changed word here and there. */
function shingles(text: string): Set<string> {
  const cached = shingleCache.get(text);
  if (cached) return cached;
  const words = normsIn(noteBody(text).body);
  const result = new Set<string>();
  for (let index = 0; index + 3 <= words.length; index++) result.add(`${words[index]} ${words[index + 1]} ${words[index + 2]}`);
  if (shingleCache.size > 200) shingleCache.clear();
  shingleCache.set(text, result);
  return result;
}

export function similarity(a: string, b: string): number {
  const left = shingles(a);
  const right = shingles(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const shingle of left) if (right.has(shingle)) shared++;
  return shared / (left.size + right.size - shared);
}

export default function retextAfterwordDuplicate(options: DuplicateOptions) {
  const siblings = siblingDraftsOf(options.context);
  const threshold = options.threshold ?? 0.5;
  return function (_tree: Root, file: VFile): undefined {
    const text = String(file);
    if (siblings.length === 0 || text.trim().length === 0) return;
    let closest: { recipient?: string; score: number } | undefined;
    for (const sibling of siblings) {
      const score = similarity(text, sibling.text);
      if (score >= threshold && (!closest || score > closest.score)) closest = { recipient: sibling.recipient, score };
    }
    if (!closest) return;
    const { start } = noteBody(text);
    const bodyStart = start + (text.slice(start).length - text.slice(start).trimStart().length);
    const to = closest.recipient ? `your note to ${closest.recipient}` : 'another note for this interview';
    report(
      file,
      `This note is nearly the same as ${to} (${Math.round(closest.score * 100)}% shared wording). Interviewers on a panel often compare notes: mention something you discussed with this person.`,
      { start: bodyStart, end: start + text.slice(start).trimEnd().length, ruleId: 'duplicate-sibling', category: 'duplicate', severity: 'warning' },
    );
  };
}
