/**
 * A rewrite must not say again what the rest of the note already says ("Thank you for your time." under a note
 * that thanks the reader for their time). The needy rules offer their rewrites best first; this keeps the first
 * one that does not repeat the note around the flagged sentence, and none when all of them would.
 */
import { isMeaningBearing, stemsIn, tokenize, type StemIndex } from '../text/words.ts';

const rewriteStems = new Map<string, readonly string[]>();

function meaningStems(sentence: string): readonly string[] {
  let stems = rewriteStems.get(sentence);
  if (!stems) {
    stems = [...new Set(tokenize(sentence).filter((token) => isMeaningBearing(token.norm)).map((token) => token.stem))];
    if (rewriteStems.size > 500) rewriteStems.clear();
    rewriteStems.set(sentence, stems);
  }
  return stems;
}

/**
 * Whether the rest of the note already says most of what `rewrite` says: its meaning words are in the note
 * (`noteStems`) and not only in the sentence it replaces (`sentenceStems`). Both indexes are built once per
 * review, so a note with many flags stays cheap to review at every keystroke.
 */
function repeats(rewrite: string, noteStems: StemIndex, sentenceStems: StemIndex): boolean {
  const stems = meaningStems(rewrite);
  if (stems.length === 0) return false;
  const shared = stems.filter((stem) => noteStems.has(stem) && !sentenceStems.has(stem)).length;
  return shared >= 2 && shared * 2 >= stems.length;
}

/** The first rewrite that does not repeat the note around the sentence `[start, end)`, or none. */
export function fittingRewrites(rewrites: readonly string[], note: string, noteStems: StemIndex, start: number, end: number): string[] {
  const sentenceStems = stemsIn(note.slice(start, end));
  const fit = rewrites.find((rewrite) => !repeats(rewrite, noteStems, sentenceStems));
  return fit === undefined ? [] : [fit];
}
