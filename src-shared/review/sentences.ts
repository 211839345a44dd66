/**
 * Where parse-latin puts the sentence boundaries of a paragraph, found without re-parsing the whole paragraph on
 * every keystroke. parse-latin decides a boundary from the sentences on either side of it only (their first and
 * last tokens, and whether they hold a word), so after an edit the boundaries far from it stand: the paragraph is
 * re-parsed only from the sentence before the edit to the sentence after it, and the other spans are kept (those
 * after the edit shifted by the change in length).
 */
import type { Root, Sentence } from 'nlcst';

export interface SentenceSpan {
  /** Offsets into the paragraph, [start, end), without the white space around the sentence. */
  start: number;
  end: number;
}

/** A span from this call's parse, with its node: `node`'s offsets plus `offset` are offsets into the paragraph. */
export interface ParsedSpan extends SentenceSpan {
  parsed?: { node: Sentence; source: string; offset: number };
}

export type Parse = (text: string) => Root;

export interface Version {
  text: string;
  spans: readonly SentenceSpan[];
}

function sentencesOf(parse: Parse, text: string, offset: number): ParsedSpan[] {
  const spans: ParsedSpan[] = [];
  for (const paragraph of parse(text).children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const node of paragraph.children) {
      if (node.type !== 'SentenceNode') continue;
      const start = (node.position?.start.offset ?? 0) + offset;
      const end = (node.position?.end.offset ?? 0) + offset;
      spans.push({ start, end, parsed: { node, source: text, offset } });
    }
  }
  return spans;
}

function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let index = 0;
  while (index < limit && a.charCodeAt(index) === b.charCodeAt(index)) index++;
  return index;
}

function commonSuffix(a: string, b: string, limit: number): number {
  let index = 0;
  while (index < limit && a.charCodeAt(a.length - 1 - index) === b.charCodeAt(b.length - 1 - index)) index++;
  return index;
}

/** Whether `index` is outside the text or white space there: a window may only start or end beside one. */
const isSpace = (text: string, index: number) => index < 0 || index >= text.length || /\s/.test(text.charAt(index));

/** How much of `text` an earlier version shares at its two ends. */
export function overlap(previous: string, text: string): number {
  const prefix = commonPrefix(previous, text);
  return prefix + commonSuffix(previous, text, Math.min(previous.length, text.length) - prefix);
}

/**
 * The sentences of `text`, re-using the boundaries of `previous` (an earlier version of the same paragraph) where
 * the edit cannot have moved them. Without a previous version, or when the edit is not bounded by white space,
 * the whole paragraph is parsed.
 */
export function splitSentences(parse: Parse, text: string, previous?: Version): ParsedSpan[] {
  if (!previous || previous.spans.length === 0) return sentencesOf(parse, text, 0);
  const old = previous.spans;
  const prefix = commonPrefix(previous.text, text);
  const suffix = commonSuffix(previous.text, text, Math.min(previous.text.length, text.length) - prefix);
  const changeEnd = previous.text.length - suffix;
  const delta = text.length - previous.text.length;

  // Sentences touching the change (or ending or starting right beside it), then one unchanged sentence either side.
  let first = old.findIndex((span) => span.end >= prefix - 1);
  if (first === -1) first = old.length;
  let last = old.length - 1;
  while (last >= 0 && (old[last]?.start ?? 0) > changeEnd + 1) last--;
  const before = first - 1;
  const after = last + 1;
  const windowStart = before >= 0 ? (old[before]?.start ?? 0) : 0;
  const windowEnd = after < old.length ? (old[after]?.end ?? 0) + delta : text.length;
  if (!isSpace(text, windowStart - 1) || !isSpace(text, windowEnd)) return sentencesOf(parse, text, 0);

  return [
    ...old.slice(0, Math.max(0, before)),
    ...sentencesOf(parse, text.slice(windowStart, windowEnd), windowStart),
    ...old.slice(after + 1).map((span) => ({ start: span.start + delta, end: span.end + delta })),
  ];
}
