/**
 * The grammar family: what it costs per keystroke, and how it compares with the alternatives it was chosen over,
 * by false alarms on good notes (the corpus's good notes in four dialects) and catches on a list of slips a
 * recruiter notices (tests/fixtures/grammar-slips.json), and by time per sentence:
 * - Afterword's grammar plugin (own rules, a/an included), per sentence as the engine runs it;
 * - wooorm's retext plugins (indefinite-article, repeated-words, sentence-spacing, contractions) on the note;
 * - harper.js (Automattic's WebAssembly checker, in the note's dialect) on the note and per sentence.
 * For harper.js, spelling lints are left out of the false alarms (the engine's own spelling check covers those).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Dialect as HarperDialect, LocalLinter } from 'harper.js';
import { binary } from 'harper.js/binary';
import { retext } from 'retext';
import retextContractions from 'retext-contractions';
import retextIndefiniteArticle from 'retext-indefinite-article';
import retextRepeatedWords from 'retext-repeated-words';
import retextSentenceSpacing from 'retext-sentence-spacing';
import { contextWords, retextAfterwordGrammar, retextAfterwordSentenceSpacing, type Dialect, type ReviewContext } from '../src-shared/review/index.ts';

const notes = new URL('../tests/fixtures/notes/', import.meta.url);

interface Note {
  name: string;
  text: string;
  context: ReviewContext;
}

export function goodNotes(): Note[] {
  return readdirSync(notes)
    .filter((name) => name.startsWith('good-') && name.endsWith('.txt'))
    .map((name) => ({
      name,
      text: readFileSync(new URL(name, notes), 'utf8'),
      context: (JSON.parse(readFileSync(new URL(name.replace(/\.txt$/, '.json'), notes), 'utf8')) as { context: ReviewContext }).context,
    }));
}

export function grammarSlips(): Array<{ text: string; rule: string }> {
  return JSON.parse(readFileSync(new URL('../tests/fixtures/grammar-slips.json', import.meta.url), 'utf8')) as Array<{ text: string; rule: string }>;
}

const harperDialects: Record<Dialect, HarperDialect> = {
  'en-US': HarperDialect.American,
  'en-GB': HarperDialect.British,
  'en-CA': HarperDialect.Canadian,
  'en-AU': HarperDialect.Australian,
};

function ours(context: ReviewContext) {
  return retext().use(retextAfterwordGrammar, { context, ignore: contextWords(context) }).use(retextAfterwordSentenceSpacing).freeze();
}

const plugins = retext().use(retextIndefiniteArticle).use(retextRepeatedWords).use(retextSentenceSpacing).use(retextContractions).freeze();

const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+|\n+/).filter((sentence) => sentence.trim().length > 0);

function timePer<T>(items: readonly T[], work: (item: T) => unknown): number {
  const started = performance.now();
  for (const item of items) work(item);
  return (performance.now() - started) / Math.max(1, items.length);
}

async function timePerAsync<T>(items: readonly T[], work: (item: T) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (const item of items) await work(item);
  return (performance.now() - started) / Math.max(1, items.length);
}

export async function run(): Promise<void> {
  console.log('\n# Grammar family');
  const good = goodNotes();
  const slips = grammarSlips();
  const words = good.reduce((sum, note) => sum + note.text.split(/\s+/).length, 0);
  const sentences = good.flatMap((note) => sentencesOf(note.text).map((sentence) => ({ sentence, context: note.context })));
  const per100 = (count: number) => ((100 * count) / words).toFixed(2);

  // Afterword: per sentence, as the engine runs it.
  const oursAlarms = good.flatMap((note) => ours(note.context).processSync(note.text).messages.map((message) => `${note.name} ${message.ruleId} “${message.actual}”`));
  const oursCaught = slips.filter((slip) => ours({}).processSync(slip.text).messages.length > 0).length;
  const processors = new Map(good.map((note) => [note.context, ours(note.context)]));
  for (const { sentence, context } of sentences) processors.get(context)?.processSync(sentence);
  const oursPerSentence = timePer(sentences, ({ sentence, context }) => processors.get(context)?.processSync(sentence));

  const pluginAlarms = good.flatMap((note) => plugins.processSync(note.text).messages.map((message) => `${note.name} ${message.source} “${message.actual}”`));
  const pluginCaught = slips.filter((slip) => plugins.processSync(slip.text).messages.length > 0).length;
  const pluginsPerSentence = timePer(sentences, ({ sentence }) => plugins.processSync(sentence));

  const linters = new Map<Dialect, LocalLinter>();
  const linterFor = (dialect: Dialect = 'en-US') => {
    let linter = linters.get(dialect);
    if (!linter) linters.set(dialect, (linter = new LocalLinter({ binary, dialect: harperDialects[dialect] })));
    return linter;
  };
  const harperStarted = performance.now();
  await linterFor().lint('A warm-up sentence.');
  const harperLoad = performance.now() - harperStarted;
  const harperAlarms: string[] = [];
  for (const note of good) {
    for (const lint of await linterFor(note.context.dialect).lint(note.text, { language: 'plaintext' })) {
      if (lint.lint_kind() !== 'Spelling') harperAlarms.push(`${note.name} ${lint.lint_kind()} “${lint.get_problem_text()}”`);
    }
  }
  let harperCaught = 0;
  for (const slip of slips) if ((await linterFor().lint(slip.text, { language: 'plaintext' })).some((lint) => lint.lint_kind() !== 'Spelling')) harperCaught++;
  for (const { sentence, context } of sentences) await linterFor(context.dialect).lint(sentence, { language: 'plaintext' });
  const harperPerSentence = await timePerAsync(sentences, ({ sentence, context }) => linterFor(context.dialect).lint(sentence, { language: 'plaintext' }));
  const harperPerNote = await timePerAsync(good, (note) => linterFor(note.context.dialect).lint(note.text, { language: 'plaintext' }));

  console.log(`good notes: ${good.length} in four dialects, ${words} words, ${sentences.length} sentences; slips: ${slips.length} sentences with one slip each`);
  const row = (name: string, alarms: string[], caught: number, perSentence: number) =>
    `  ${name.padEnd(40)} false alarms ${String(alarms.length).padStart(3)} (${per100(alarms.length)} per 100 words)  slips caught ${String(caught).padStart(3)}/${slips.length}  ${perSentence.toFixed(3)} ms per sentence`;
  console.log(row('Afterword grammar (own rules)', oursAlarms, oursCaught, oursPerSentence));
  console.log(row('retext plugins (4 of wooorm’s)', pluginAlarms, pluginCaught, pluginsPerSentence));
  console.log(row('harper.js 2.x (non-spelling lints)', harperAlarms, harperCaught, harperPerSentence));
  console.log(`  harper.js: ${harperLoad.toFixed(0)} ms to load, ${harperPerNote.toFixed(2)} ms per whole note warm`);
  for (const [name, alarms] of [['Afterword', oursAlarms], ['retext plugins', pluginAlarms], ['harper.js', harperAlarms]] as const) {
    if (alarms.length > 0) console.log(`  ${name} false alarms, first few: ${alarms.slice(0, 6).join('; ')}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
