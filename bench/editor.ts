/**
 * The editor as a person feels it, in the real page (browser mode, Debian's Chromium): keystroke-to-paint while
 * typing at 15 characters a second into a 300-word note and into a 5,000-word note with about 200 flags, and a
 * new window opening a note: how long until the editor shows the text, and until its first flags are drawn.
 * Keystroke-to-paint is measured as tests/e2e/editor.e2e.ts does: from the key event to just after the next frame.
 * A new window belongs to the app's session, as an Electron window does (its cache and compiled code are the
 * session's); the first window of a profile with nothing cached is timed too, for comparison.
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildIfNeeded } from '../scripts/build-if-needed.js';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { keystrokeTimes, timeKeystrokes } from '../tests/e2e/support/keystrokes.ts';
import { startWebApp, type WebApp } from '../tests/e2e/support/web-app.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { openPreparedSpeller } from '../src-shared/review/spelling/prepared.ts';
import { longDocument } from './review.ts';

const CHARS_PER_SECOND = 15;
const COLD_STARTS = 5;
/** What is typed into each note: a new paragraph at its end, with a misspelling, as a person adds to a draft. */
const PASSAGE =
  '\n\nOne more thing I forgot to mention: the team that owns the billing database already runs nightly restore ' +
  'drills, and I would be glad to share how we autmated ours so that every backup is proven to work before anyone needs it.';

const TARGETS = { p95: 16, ratio: 1.5, firstFlags: 500 };

interface Figures {
  p50: number;
  p95: number;
  max: number;
}

const percentile = (sorted: number[], fraction: number) => sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
function summarise(values: number[]): Figures {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.at(-1) ?? 0 };
}
const ms = (value: number) => `${value.toFixed(1)} ms`;
const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');

/**
 * The long note: distinct sentences (a repeated one would only measure caches) with one long word in about 12
 * misspelt, the way a cover letter pasted in from elsewhere brings its own problems: about 200 flags in all.
 */
export function longNote(): string {
  let count = 0;
  const text = longDocument().replace(/\b([a-z]{6,})\b/g, (word: string) => {
    if (++count % 12 !== 0) return word;
    return `${word.slice(0, 2)}${word[3]}${word[2]}${word.slice(4)}`;
  });
  return `${text}\n\nBest regards,\nAlex Moreno`;
}

/** The short note: the long one's first paragraphs, to about 300 words, signed. */
export function shortNote(): string {
  const paragraphs = longNote().split('\n\n');
  const kept: string[] = [];
  while (kept.join(' ').split(/\s+/).length < 300 && paragraphs.length > 0) kept.push(paragraphs.shift() ?? '');
  return `${kept.join('\n\n')}\n\nBest regards,\nAlex Moreno`;
}

export async function seed(app: WebApp): Promise<{ short: number; long: number }> {
  const application = await app.call<{ id: number }>('applications.create', { company: 'Initech', role: 'Backend Engineer' });
  if (!application.ok) throw new Error(application.error.message);
  const now = Date.now();
  const interview = await app.call<{ id: number; interviewers: Array<{ id: number }> }>('interviews.create', {
    applicationId: application.value.id,
    round: 'technical',
    format: 'video',
    startsAt: new Date(now - 3 * 3_600_000).toISOString(),
    endsAt: new Date(now - 2 * 3_600_000).toISOString(),
    timeZone: 'Europe/London',
    topics: ['billing system migration to Postgres', 'on-call rotation'],
    newInterviewers: [{ name: 'Priya Raman' }, { name: 'Dana Whitfield' }],
  });
  if (!interview.ok) throw new Error(interview.error.message);
  const create = async (recipientId: number | undefined, body: string) => {
    const created = await app.call<{ id: number }>('followups.create', {
      applicationId: application.value.id,
      interviewId: interview.value.id,
      ...(recipientId ? { recipientId } : {}),
      kind: 'thank-you',
      channel: 'email',
      subject: 'Thank you: Backend Engineer interview',
      body,
    });
    if (!created.ok) throw new Error(created.error.message);
    return created.value.id;
  };
  const [priya, dana] = interview.value.interviewers;
  return { short: await create(priya?.id, shortNote()), long: await create(dana?.id, longNote()) };
}

/**
 * A browser session standing for the desktop app: its windows share one cache, as an Electron app's windows share
 * its session (and its V8 code cache, which persists between launches). It already holds browser mode's key, as
 * every desktop window has its bridge.
 */
export async function newSession(browser: Browser, app: WebApp): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, serviceWorkers: 'block' });
  await context.addInitScript(`sessionStorage.setItem('afterword.bridgeKey', ${JSON.stringify(app.secret)});`);
  // From navigation start: when the text is first in the editor, and when the first flag is drawn in it.
  await context.addInitScript(`
    window.coldStart = { editor: 0, flags: 0, shift: 0 };
    // Layout shift once the text is showing (the flags, the review panel and the stats arriving must not move it).
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (window.coldStart.editor && !entry.hadRecentInput) window.coldStart.shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: false });
    new MutationObserver((_, observer) => {
      const content = document.querySelector('.body-editor .cm-content');
      if (!window.coldStart.editor && content && content.textContent.length > 0) window.coldStart.editor = performance.now();
      if (!window.coldStart.flags && document.querySelector('.body-editor .cm-flag, .body-editor .cm-flag-line')) {
        window.coldStart.flags = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  `);
  return context;
}

/** Polls an expression in the page (the page's CSP forbids the eval that waitForFunction would need). */
export async function until(page: Page, expression: string, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await page.evaluate<boolean>(expression))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${expression}`);
    await page.waitForTimeout(20);
  }
}

type ColdStart = { editor: number; flags: number; shift: number };

/** A new window of the session opening a note, timed from its navigation start. */
async function coldStart(session: BrowserContext, app: WebApp, id: number): Promise<ColdStart> {
  const page = await session.newPage();
  await page.goto(`${app.origin}/#/followup/${id}`);
  await until(page, 'window.coldStart.flags > 0');
  // What arrives after the first flags (stats, the rest of the panel) counts towards the layout shift too.
  await page.waitForTimeout(1_000);
  const figures = await page.evaluate<ColdStart>('window.coldStart');
  await page.close();
  return figures;
}

/** Types the passage at the end of the note at 15 characters a second; answers each key's time to paint. */
async function typeInto(session: BrowserContext, app: WebApp, id: number): Promise<{ latencies: number[]; lost: number; flags: number }> {
  const page = await session.newPage();
  await page.goto(`${app.origin}/#/followup/${id}`);
  await until(page, 'window.coldStart.flags > 0');
  // Let the first review's stragglers (stats, topics, the panel) settle before measuring.
  await page.waitForTimeout(1_500);
  const flags = await page.evaluate<number>(
    `Number([...document.querySelectorAll('.stats-bar div')].find((row) => row.querySelector('dt')?.textContent === 'Flags')?.querySelector('dd')?.textContent ?? 0)`,
  );
  const text = page.getByRole('textbox', { name: 'Text', exact: true });
  await text.click();
  await page.keyboard.press('Control+End');
  await page.waitForTimeout(300);
  await timeKeystrokes(page);
  const before = await app.call<{ followUp: { body: string } }>('followups.get', { id });
  const expected = (before.ok ? before.value.followUp.body : '') + PASSAGE;
  await page.keyboard.type(PASSAGE, { delay: 1000 / CHARS_PER_SECOND });
  await page.waitForTimeout(300);
  const latencies = await keystrokeTimes(page);
  // Every key must reach the journal: what autosave stored, compared with what was typed.
  let saved = '';
  for (let attempt = 0; attempt < 50 && saved !== expected; attempt++) {
    const after = await app.call<{ followUp: { body: string } }>('followups.get', { id });
    saved = after.ok ? after.value.followUp.body : '';
    if (saved !== expected) await page.waitForTimeout(200);
  }
  await page.close();
  // A key lost shortens the text; any other difference (a key out of order) counts as one lost.
  const lost = saved === expected ? 0 : Math.max(1, expected.length - saved.length);
  return { latencies, lost, flags };
}

/** Opening the spelling dictionary as the worker does: the one the build prepared, read in place. */
function openDictionary(): string {
  const assets = new URL('../out/renderer/assets/', import.meta.url);
  const file = readdirSync(assets).find((name) => name.startsWith('dictionary-en-') && name.endsWith('.dictionary'));
  if (!file) return 'no prepared dictionary in out/renderer/assets';
  const bytes = new Uint8Array(readFileSync(new URL(file, assets)));
  const aff = readFileSync(new URL('../node_modules/dictionary-en/index.aff', import.meta.url), 'utf8');
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    openPreparedSpeller(aff, bytes).correct('interviewed');
    times.push(performance.now() - started);
  }
  return `${summarise(times).p50.toFixed(1)} ms median of 5 (${(bytes.byteLength / 1e6).toFixed(1)} MB file)`;
}

export async function run(): Promise<void> {
  console.log('\n# Editor (browser mode, Chromium)');
  buildIfNeeded();
  console.log(`load average ${load()} (1, 5, 15 min) at start`);
  console.log(`spelling dictionary, prepared at build time, opened and a first word checked: ${openDictionary()}`);
  const app = await startWebApp();
  const browser = await launchBrowser();
  try {
    const ids = await seed(app);
    const session = await newSession(browser, app);
    // One window first, as the app's first window would be: nothing measured is its one-off start-up.
    const warm = await session.newPage();
    await warm.goto(`${app.origin}/#/followup/${ids.short}`);
    await until(warm, 'window.coldStart.flags > 0', 60_000);
    await warm.close();

    const short = await typeInto(session, app, ids.short);
    const shortLoad = load();
    const long = await typeInto(session, app, ids.long);
    const longLoad = load();
    const [a, b] = [summarise(short.latencies), summarise(long.latencies)];
    const row = (name: string, figures: Figures, keys: number, lost: number, loadNow: string) =>
      `  ${name.padEnd(34)} p50 ${ms(figures.p50).padStart(8)}  p95 ${ms(figures.p95).padStart(8)}  max ${ms(figures.max).padStart(9)}  ` +
      `${keys} keys, ${lost} lost  (load ${loadNow})`;
    console.log(`keystroke-to-paint, ${PASSAGE.length} characters typed at ${CHARS_PER_SECOND}/s at the end of each note:`);
    console.log(row(`${shortNote().split(/\s+/).length}-word note${short.flags ? `, ${short.flags} flags` : ''}`, a, short.latencies.length, short.lost, shortLoad));
    console.log(row(`${longNote().split(/\s+/).length}-word note${long.flags ? `, ${long.flags} flags` : ''}`, b, long.latencies.length, long.lost, longLoad));
    const ratio = b.p95 / a.p95;
    console.log(`  5,000-word p95 / 300-word p95: ${ratio.toFixed(2)}x`);

    const list = (values: number[]) => values.map((value) => value.toFixed(0)).join(', ');
    const report = (colds: ColdStart[]) => {
      const [editor, flags] = [summarise(colds.map((cold) => cold.editor)), summarise(colds.map((cold) => cold.flags))];
      console.log(`  editor with the text  median ${ms(editor.p50)}  max ${ms(editor.max)}  (${list(colds.map((cold) => cold.editor))} ms)`);
      console.log(`  first flags drawn     median ${ms(flags.p50)}  max ${ms(flags.max)}  (${list(colds.map((cold) => cold.flags))} ms)`);
      console.log(`  layout shift after the text shows (CLS)  max ${Math.max(...colds.map((cold) => cold.shift)).toFixed(3)}`);
      return flags;
    };
    const colds: ColdStart[] = [];
    for (let index = 0; index < COLD_STARTS; index++) colds.push(await coldStart(session, app, ids.short));
    console.log(`cold start, a new window of the app opening the 300-word note (${COLD_STARTS} windows; load ${load()}):`);
    const flags = report(colds);
    const longCold = await coldStart(session, app, ids.long);
    console.log(`  the 5,000-word note: editor ${ms(longCold.editor)}, first flags ${ms(longCold.flags)}, layout shift ${longCold.shift.toFixed(3)}`);
    // For comparison: the very first window after installing, with nothing cached or compiled yet.
    const fresh: ColdStart[] = [];
    for (let index = 0; index < COLD_STARTS; index++) {
      const profile = await newSession(browser, app);
      fresh.push(await coldStart(profile, app, ids.short));
      await profile.close();
    }
    console.log(`the first window of a new profile, nothing cached (${COLD_STARTS} profiles; load ${load()}):`);
    report(fresh);
    await session.close();

    const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
    console.log('targets:');
    console.log(`  p95 <= ${TARGETS.p95} ms on both notes: ${verdict(a.p95 <= TARGETS.p95 && b.p95 <= TARGETS.p95)}`);
    console.log(`  5,000-word note <= ${TARGETS.ratio}x the 300-word note: ${verdict(ratio <= TARGETS.ratio)}`);
    console.log(`  first flags <= ${TARGETS.firstFlags} ms after opening (median): ${verdict(flags.p50 <= TARGETS.firstFlags)}`);
    console.log(`  no keystroke lost: ${verdict(short.lost === 0 && long.lost === 0 && short.latencies.length === PASSAGE.length && long.latencies.length === PASSAGE.length)}`);
    console.log(`load average at end: ${load()}`);
  } finally {
    await browser.close();
    await app.stop();
  }
}

// `npx tsx bench/editor.ts` runs this bench alone.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
