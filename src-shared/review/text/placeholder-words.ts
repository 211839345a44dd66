/**
 * The words of a sentence that the writer wrote: a first draft's placeholders (`[[Your name]]`) are prompts to
 * replace, so they neither make a sentence hard to read nor count towards the note's reading grade.
 */
import type { Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';

export function ownWords(sentence: Sentence): string[] {
  const words: string[] = [];
  let depth = 0;
  let previous = '';
  for (const child of sentence.children) {
    if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') {
      // The parser gives "[[" as one mark, or as two in a row.
      const value = child.value;
      if (value === '[[' || (value === '[' && previous === '[')) depth++;
      else if ((value === ']]' || (value === ']' && previous === ']')) && depth > 0) depth--;
      previous = value;
      continue;
    }
    previous = '';
    if (child.type === 'WordNode' && depth === 0) words.push(toString(child));
  }
  return words;
}
