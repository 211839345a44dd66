// Shared by the review specs: one spell checker per test file, and compact renderings of messages and flags.
import { retext } from 'retext';
import type { VFile } from 'vfile';
import { createSpellChecker, type SpellChecker } from '../../../src-shared/review/spelling/checker.ts';
import { createNodeReviewEngine, loadEnglishDictionary } from '../../../src-main/review/node-engine.ts';
import { dialects, type ReviewEngine, type ReviewResult } from '../../../src-shared/review/index.ts';

let checker: SpellChecker | undefined;

export async function spellChecker(): Promise<SpellChecker> {
  checker ??= createSpellChecker(await loadEnglishDictionary());
  return checker;
}

/** `line:column-line:column ruleId`, like `String(message)` without the reason. */
export function where(file: VFile): string[] {
  return file.messages.map((message) => {
    const place = message.place && 'start' in message.place ? message.place : undefined;
    const span = place ? `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}` : '?';
    return `${span} ${message.ruleId}`;
  });
}

export function ruleIds(file: VFile): string[] {
  return [...new Set(file.messages.map((message) => message.ruleId ?? ''))].sort();
}

export { retext };

let allDialects: Promise<ReviewEngine> | undefined;

/** One engine with the four dialects' dictionaries, shared by a test file (each takes a few hundred ms to build). */
export function engineWithAllDialects(): Promise<ReviewEngine> {
  allDialects ??= createNodeReviewEngine(dialects);
  return allDialects;
}

/** The rule ids a review raises, sorted and without repeats. */
export function raisedRules(result: ReviewResult): string[] {
  return [...new Set(result.flags.map((flag) => flag.ruleId))].sort();
}
