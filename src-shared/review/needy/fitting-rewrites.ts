/**
 * A rewrite must not say again what the rest of the note already says ("Thank you for your time." under a note
 * that thanks the reader for their time). The needy rules offer their rewrites best first; this keeps the first
 * one that does not repeat the note around the flagged sentence, and none when all of them would.
 */
import { isMeaningBearing, stemsIn, tokenize } from '../text/words.ts';

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

/** Whether the note, outside `[start, end)`, already says most of what `rewrite` says. */
function repeats(rewrite: string, note: string, start: number, end: number): boolean {
  const stems = meaningStems(rewrite);
  if (stems.length === 0) return false;
  const around = stemsIn(`${note.slice(0, start)}\n\n${note.slice(end)}`);
  const shared = stems.filter((stem) => around.has(stem)).length;
  return shared >= 2 && shared * 2 >= stems.length;
}

export function fittingRewrites(rewrites: readonly string[], note: string, start: number, end: number): string[] {
  const fit = rewrites.find((rewrite) => !repeats(rewrite, note, start, end));
  return fit === undefined ? [] : [fit];
}
