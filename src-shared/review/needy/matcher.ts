/** Compiles and matches the phrase patterns described in `phrases.ts`. */
import type { Token } from '../text/words.ts';
import { stem } from '../text/stem.ts';

interface Alternative {
  word: string;
  stem?: string;
}

type Element = { kind: 'words'; alternatives: Alternative[]; optional: boolean } | { kind: 'gap'; max: number };

export type CompiledPattern = Element[];

export function compilePattern(pattern: string): CompiledPattern {
  return pattern
    .trim()
    .split(/\s+/)
    .map((part): Element => {
      if (part === '*') return { kind: 'gap', max: 3 };
      if (part === '**') return { kind: 'gap', max: 6 };
      const optional = part.endsWith('?');
      const body = optional ? part.slice(0, -1) : part;
      const alternatives = body.split('|').map((alternative): Alternative => {
        const inflect = alternative.endsWith('~');
        const word = (inflect ? alternative.slice(0, -1) : alternative).toLowerCase();
        return inflect ? { word, stem: stem(word) } : { word };
      });
      return { kind: 'words', alternatives, optional };
    });
}

function matchesWord(token: Token, alternatives: Alternative[]): boolean {
  return alternatives.some(
    (alternative) => token.norm === alternative.word || (alternative.stem !== undefined && token.stem === alternative.stem),
  );
}

/** Index after the last token of a match of `pattern` starting at `tokens[at]`, or -1. */
function matchFrom(tokens: Token[], at: number, pattern: CompiledPattern, element: number): number {
  if (element === pattern.length) return at;
  const current = pattern[element];
  if (!current) return -1;
  if (current.kind === 'gap') {
    for (let skip = 0; skip <= current.max && at + skip <= tokens.length; skip++) {
      const end = matchFrom(tokens, at + skip, pattern, element + 1);
      if (end !== -1) return end;
    }
    return -1;
  }
  const token = tokens[at];
  if (token && matchesWord(token, current.alternatives)) {
    const end = matchFrom(tokens, at + 1, pattern, element + 1);
    if (end !== -1) return end;
  }
  return current.optional ? matchFrom(tokens, at, pattern, element + 1) : -1;
}

/** The first match of a pattern in the tokens, as token indexes [first, last). */
export function findPattern(tokens: Token[], pattern: CompiledPattern): { first: number; last: number } | undefined {
  for (let first = 0; first < tokens.length; first++) {
    const last = matchFrom(tokens, first, pattern, 0);
    if (last > first) return { first, last };
  }
  return undefined;
}

export function containsAnyWord(tokens: Token[], words: CompiledPattern): boolean {
  return tokens.some((token) => words.some((element) => element.kind === 'words' && matchesWord(token, element.alternatives)));
}

/** The words and stems of a sentence's tokens, to rule patterns out before matching them. */
export interface TokenIndex {
  norms: Set<string>;
  stems: Set<string>;
}

export function indexTokens(tokens: Token[]): TokenIndex {
  return { norms: new Set(tokens.map((token) => token.norm)), stems: new Set(tokens.map((token) => token.stem)) };
}

/** The alternatives of a word every match must contain (the first one not optional), if the pattern has one. */
export function requiredWord(pattern: CompiledPattern): Alternative[] | undefined {
  for (const element of pattern) if (element.kind === 'words' && !element.optional) return element.alternatives;
  return undefined;
}

/**
 * False when no token can match `required`, so the pattern cannot match: most of the phrase list is ruled out
 * this way, with a few set look-ups instead of trying the pattern at every token.
 */
export function mayMatch(index: TokenIndex, required: Alternative[] | undefined): boolean {
  if (!required) return true;
  return required.some((alternative) => index.norms.has(alternative.word) || (alternative.stem !== undefined && index.stems.has(alternative.stem)));
}
