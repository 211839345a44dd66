/**
 * retext-readability's verdict on one sentence, computed the way it computes it (the same seven formulas, word
 * lists and syllable counter, the same thresholds) but from per-word figures that are kept: the editor re-scores
 * the sentence being typed on every keystroke, and all its words but one were counted a keystroke ago.
 */
import { automatedReadability } from 'automated-readability';
import { colemanLiau } from 'coleman-liau';
import { daleChall } from 'dale-chall';
import { daleChallFormula, daleChallGradeLevel } from 'dale-chall-formula';
import { flesch } from 'flesch';
import { gunningFog } from 'gunning-fog';
import { smogFormula } from 'smog-formula';
import { spache } from 'spache';
import { spacheFormula } from 'spache-formula';
import { syllable } from 'syllable';

/** retext-readability's defaults: a sentence is hard when 4 of the 7 formulas put it above the reading age. */
export const minWords = 5;
const threshold = 4 / 7;

const easyWords = new Set<string>(daleChall);
const familiarWords = new Set<string>(spache);

interface WordFigures {
  caseless: string;
  syllables: number;
  /** Three or more syllables and not capitalised (gunning-fog's complex word). */
  complex: boolean;
  easy: boolean;
  familiar: boolean;
}

const figuresCache = new Map<string, WordFigures>();

function figuresOf(word: string): WordFigures {
  let figures = figuresCache.get(word);
  if (!figures) {
    const caseless = word.toLowerCase();
    const syllables = syllable(word);
    figures = {
      caseless,
      syllables,
      complex: syllables >= 3 && word.charCodeAt(0) === caseless.charCodeAt(0),
      easy: easyWords.has(caseless),
      familiar: familiarWords.has(caseless),
    };
    if (figuresCache.size > 50_000) figuresCache.clear();
    figuresCache.set(word, figures);
  }
  return figures;
}

const gradeToAge = (grade: number) => Math.round(grade + 5);
const fleschToAge = (value: number) => 20 - Math.floor(value / 10);
const smogToAge = (value: number) => Math.ceil(Math.sqrt(value) + 2.5);

/** How many of the seven formulas find a sentence of these words too hard for `age`, as a share (0–1). */
export function hardShare(words: readonly string[], age: number): number {
  const easy = new Set<string>();
  const familiar = new Set<string>();
  let complexPolysillabicWord = 0;
  let letters = 0;
  let polysillabicWord = 0;
  let syllables = 0;
  for (const word of words) {
    const figures = figuresOf(word);
    syllables += figures.syllables;
    letters += word.length;
    if (figures.syllables >= 3) polysillabicWord++;
    if (figures.complex) complexPolysillabicWord++;
    if (figures.familiar) familiar.add(figures.caseless);
    if (figures.easy) easy.add(figures.caseless);
  }
  const word = words.length;
  const counts = {
    character: letters,
    complexPolysillabicWord,
    difficultWord: word - easy.size,
    letter: letters,
    polysillabicWord,
    sentence: 1,
    syllable: syllables,
    unfamiliarWord: word - familiar.size,
    word,
  };
  const scores = [
    gradeToAge(automatedReadability(counts)),
    gradeToAge(colemanLiau(counts)),
    gradeToAge(daleChallGradeLevel(daleChallFormula(counts))[1] ?? Number.NaN),
    fleschToAge(flesch(counts)),
    gradeToAge(gunningFog(counts)),
    smogToAge(smogFormula(counts)),
    gradeToAge(spacheFormula(counts)),
  ];
  return scores.filter((score) => score > age).length / scores.length;
}

/** Whether retext-readability would flag a sentence of these words for a reader of `age` years. */
export function isHardSentence(words: readonly string[], age: number): boolean {
  return words.length >= minWords && hardShare(words, age) >= threshold;
}
