/**
 * Review engine speed: a scripted typing session of a 200-word note (with typos and corrections) through the
 * engine as the editor calls it, side by side with a plain retext-spell + retext-readability pipeline re-run on the
 * whole text at every keystroke; then a 5,000-word document and the dictionary load.
 */
import { retext } from 'retext';
import retextReadability from 'retext-readability';
import dictionaryEn from 'dictionary-en';
import retextSpell from 'retext-spell';
import { createReviewEngine, type ReviewContext } from '../src-shared/review/index.ts';
import { loadEnglishDictionary } from '../src-main/review/node-engine.ts';

const note = `Dear Priya,

Thank you for taking the time to meet with me yesterday about the Backend Engineer role at Initech. I really enjoyed our conversation about migrating the billing system to Postgres, and especially your point about running both databases side by side during the cutover.

At my last job I led a similar migration for our invoicing service. The lessons from that project, such as dual writes, careful backfills and a clear rollback plan, map closely onto the roadmap you described. I also liked hearing how the team shares its on-call rotation and how you keep incidents small with good dashboards and alerts. Our internal tool for this was called Kubernetesificationator, and it taught me a lot about keeping deployments boring.

I am excited about the chance to help your team ship this work. I believe my experience with database migrations and my habit of writing clear runbooks would let me contribute from the first week. Please let me know if I can share anything else, such as the migration plan I mentioned.

Thank you again for a thoughtful conversation. I look forward to hearing about next steps.

Best regards,
Alex Moreno`;

export const context: ReviewContext = {
  kind: 'thank-you',
  channel: 'email',
  company: 'Initech',
  role: 'Backend Engineer',
  recipient: { name: 'Priya Raman' },
  topics: ['billing system migration to Postgres', 'on-call rotation'],
  otherCompanies: ['Globex'],
  otherNames: ['Dana Whitfield'],
  readingAge: 16,
};

/** Typos made (and corrected with backspace) on the way: [correct word, what the fingers typed first]. */
const typos: Array<[string, string]> = [
  ['conversation', 'converstaion'],
  ['similar', 'simlar'],
  ['described', 'descirbed'],
  ['experience', 'experiance'],
  ['thoughtful', 'thougthful'],
];

/** The texts after each keystroke of the session. */
export function typingSession(): string[] {
  const states: string[] = [];
  let text = '';
  const pending = new Map(typos);
  for (const token of note.split(/(\s+)/)) {
    const wrong = pending.get(token);
    if (wrong) {
      pending.delete(token);
      for (const char of wrong) states.push((text += char));
      let common = 0;
      while (wrong[common] === token[common]) common++;
      // Backspace to where the typo began, then type the rest correctly.
      for (let index = wrong.length; index > common; index--) states.push((text = text.slice(0, -1)));
      for (const char of token.slice(common)) states.push((text += char));
    } else {
      for (const char of token) states.push((text += char));
    }
  }
  if (text !== note) throw new Error('The typing script does not end on the note.');
  return states;
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
}

function summarise(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted[sorted.length - 1] ?? 0, over16: times.filter((time) => time > 16).length };
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

/** A 5,000-word document of distinct sentences (a repeated sentence would only measure the cache). */
export function longDocument(): string {
  const paragraphs = note.split('\n\n').slice(1, -2);
  const longParts: string[] = ['Dear Priya,'];
  for (let index = 0; longParts.join(' ').split(/\s+/).length < 5_000; index++) {
    const phase = index + 1;
    longParts.push((paragraphs[index % paragraphs.length] ?? '').replace(/\.(\s|$)/g, (_, after: string) => ` in phase ${phase}.${after}`));
  }
  return longParts.join('\n\n');
}

export async function run(): Promise<void> {
  console.log('\n# Review engine');
  const loadStarted = performance.now();
  const dictionary = await loadEnglishDictionary();
  const readMs = performance.now() - loadStarted;
  const engine = createReviewEngine(dictionary);
  console.log(`dictionary load: ${ms(readMs)} to read dictionary-en, ${ms(engine.dictionaryLoadMilliseconds)} to build the spell checker`);

  const session = typingSession();
  const words = note.split(/\s+/).length;
  console.log(`typing session: ${words}-word note, ${session.length} keystrokes, ${typos.length} typos corrected`);

  // Warm both pipelines on an unrelated text so neither pays for the first compile inside the session.
  engine.review('A warm-up sentence about nothing.', context);
  const plainDefault = retext().use(retextSpell, { dictionary: dictionaryEn }).use(retextReadability).freeze();
  const plainEditor = retext().use(retextSpell, { dictionary: dictionaryEn, max: Number.MAX_SAFE_INTEGER }).use(retextReadability).freeze();
  await plainDefault.process('A warm-up sentence about nothing.');
  await plainEditor.process('A warm-up sentence about nothing.');

  const engineTimes: number[] = [];
  for (const text of session) {
    const started = performance.now();
    engine.review(text, context);
    engineTimes.push(performance.now() - started);
  }

  async function timePlain(processor: typeof plainDefault): Promise<number[]> {
    const times: number[] = [];
    for (const text of session) {
      const started = performance.now();
      await processor.process(text);
      times.push(performance.now() - started);
    }
    return times;
  }
  const plainEditorTimes = await timePlain(plainEditor);
  const plainDefaultTimes = await timePlain(plainDefault);

  const ours = summarise(engineTimes);
  const plain = summarise(plainEditorTimes);
  const plainCapped = summarise(plainDefaultTimes);
  const row = (name: string, figures: ReturnType<typeof summarise>) =>
    `  ${name.padEnd(44)} p50 ${ms(figures.p50).padStart(10)}  p95 ${ms(figures.p95).padStart(10)}  max ${ms(figures.max).padStart(10)}  >16 ms: ${figures.over16}`;
  console.log('per keystroke:');
  console.log(row('engine.review (flags; suggestions deferred)', ours));
  console.log(row('plain retext-spell + retext-readability', plain));
  console.log(row('plain, retext-spell default max: 30', plainCapped));
  console.log('  (retext-spell stops suggesting after its first 30 unknown words by default; the first plain row keeps');
  console.log('   suggesting, as an editor offering quick fixes must, and is the one compared below)');
  console.log(`keystroke p95: ${ours.p95.toFixed(2)} ms vs plain ${plain.p95.toFixed(1)} ms (${(plain.p95 / ours.p95).toFixed(1)}x)`);
  console.log(`keystroke max: ${ours.max.toFixed(2)} ms vs plain ${plain.max.toFixed(1)} ms`);

  const flagged = engine.review(note, context).flags.filter((flag) => flag.category === 'spelling');
  const suggestStarted = performance.now();
  for (const flag of flagged) engine.suggest(flag.actual ?? '');
  console.log(`suggestions, computed apart from the flags: ${flagged.length} unknown words in ${ms(performance.now() - suggestStarted)}`);

  const longText = longDocument();
  const fresh = createReviewEngine(dictionary);
  fresh.review('A warm-up sentence about nothing.', context);
  const longStarted = performance.now();
  const longResult = fresh.review(longText, context);
  const longMs = performance.now() - longStarted;
  const againStarted = performance.now();
  fresh.review(`${longText} One more sentence.`, context);
  const againMs = performance.now() - againStarted;
  console.log(`${longResult.stats.words}-word document: ${ms(longMs)} first review, ${ms(againMs)} after an edit at the end (${longResult.flags.length} flags)`);
}
