// The engine caches sentence boundaries and sentence results between keystrokes; whatever the edits, it must
// report exactly what a new engine reports for the same text.
import { beforeAll, describe, expect, it } from 'vitest';
import { createReviewEngine, type DictionaryFiles, type ReviewContext } from '../../../src-shared/review/index.ts';
import { loadEnglishDictionary } from '../../../src-main/review/node-engine.ts';

let dictionary: DictionaryFiles;
beforeAll(async () => {
  dictionary = await loadEnglishDictionary();
});

const context: ReviewContext = {
  kind: 'thank-you',
  channel: 'email',
  company: 'Initech',
  role: 'Backend Engineer',
  recipient: { name: 'Priya Raman' },
  topics: ['billing migration'],
  otherCompanies: ['Globex'],
  otherNames: ['Dana Whitfield'],
  readingGrade: 7,
};

const sentences = [
  'Thank you for meeting me about the Backend Engineer role at Initech.',
  'I enjoyed hearing how the team plans the billing migration, e.g. running both databases side by side.',
  'I am just checking in about next steps!!',
  'Mr. Smith mentioned the U.S. office at www.initech.com.',
  'Our internal tool was called Kubernetesificationator, and it taught me a lot about careful, incremental, observable deployments across heterogeneous infrastructure.',
  'Sorry to bother you, I know you are busy.',
  'I hope to hear from Globex soon.',
  'is this lower-case start a new sentence?',
  'The plan was simple... then it was not.',
  'I would love to bring my Postgres experiance to it.',
];

/** A note of about 1,500 words: paragraphs of three to six sentences, with typos, lists and odd punctuation. */
function longNote(): string {
  const paragraphs = ['Dear Priya,'];
  for (let index = 0; paragraphs.length < 60; index++) {
    const size = 3 + (index % 4);
    const paragraph = Array.from({ length: size }, (_, offset) => sentences[(index * 7 + offset * 3) % sentences.length]);
    paragraphs.push(paragraph.join(index % 5 === 0 ? '\n' : ' '));
  }
  paragraphs.push('Best regards,\nAlex');
  return paragraphs.join('\n\n');
}

/** Deterministic edits as the editor sends them: typing, deleting, splitting and joining paragraphs, pasting. */
function* edits(start: string): Generator<string> {
  let text = start;
  let seed = 11;
  const random = (below: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % below;
  };
  const pieces = ['. ', '! ', ' ', 'e.g. ', '...', '\n\n', '\n', 'teh ', 'please please ', 'Dana ', '[[say more]] ', 'I am so sorry. '];
  for (let step = 0; step < 240; step++) {
    const at = random(text.length + 1);
    switch (random(5)) {
      case 0:
        for (const char of 'wonderfull ') yield (text = text.slice(0, at) + char + text.slice(at));
        break;
      case 1:
        yield (text = text.slice(0, at) + text.slice(at + 1 + random(4)));
        break;
      case 2:
        yield (text = text.slice(0, at) + (pieces[random(pieces.length)] ?? '') + text.slice(at));
        break;
      case 3:
        yield (text = text.slice(0, at) + text.slice(at + random(120)));
        break;
      default:
        yield (text = text.slice(0, at) + (sentences[random(sentences.length)] ?? '') + ' ' + text.slice(at));
    }
  }
}

describe('incremental review', () => {
  it('should report the same flags and stats after many edits as a review from scratch', () => {
    const editor = createReviewEngine(dictionary);
    let last = longNote();
    editor.review(last, context);
    let steps = 0;
    for (const text of edits(last)) {
      editor.review(text, context);
      last = text;
      steps++;
      if (steps % 250 === 0) expect(editor.review(text, context)).toEqual(createReviewEngine(dictionary).review(text, context));
    }
    expect(steps).toBeGreaterThan(400);
    const fromScratch = createReviewEngine(dictionary).review(last, context);
    expect(fromScratch.flags.map((flag) => flag.ruleId)).toEqual(expect.arrayContaining(['spelling-unknown', 'needy-pressure', 'readability-hard-sentence', 'reference-wrong-company']));
    expect(editor.review(last, context)).toEqual(fromScratch);
  });

  it('should give the same flags when the context changes between edits', () => {
    const editor = createReviewEngine(dictionary);
    const text = longNote();
    editor.review(text, context);
    const edited = text.replace('Our internal tool', 'Our internal tool, which I built,');
    const other: ReviewContext = { ...context, company: 'Globex', otherCompanies: ['Initech'], readingGrade: 15 };
    expect(editor.review(edited, other)).toEqual(createReviewEngine(dictionary).review(edited, other));
  });
});
