/**
 * Journal speed on a generated journal of 10,000 applications, 40,000 interviews and 100,000 follow-ups: the due
 * list, the application list (first page, by status, by text), search (a common word, a rare word, two words)
 * and opening the journal cold. Calls go through `dispatch`, as the screens' calls do (validation included).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src-main/journal/index.ts';
import { nodePlatform } from '../src-main/platform/node-platform.ts';
import { createServices } from '../src-main/services/index.ts';
import { FULL_SIZE, generateJournal, REFERENCE_NOW } from './journal-generator.ts';

const RUNS = 300;
const OPENS = 30;

interface Figures {
  p50: number;
  p95: number;
  max: number;
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
}

function summarise(times: number[]): Figures {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.at(-1) ?? 0 };
}

/** `before` runs ahead of each call, untimed. The process CPU time of the timed calls comes back too. */
async function measure(runs: number, call: () => unknown, before?: () => unknown): Promise<Figures & { cpuMs: number }> {
  // A few calls first, so statement compilation and the page cache are not what is measured.
  for (let i = 0; i < 5; i++) {
    await before?.();
    await call();
  }
  const times: number[] = [];
  let cpuMs = 0;
  for (let i = 0; i < runs; i++) {
    await before?.();
    const cpu = process.cpuUsage();
    const started = performance.now();
    await call();
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpuMs += (used.user + used.system) / 1000;
  }
  return { ...summarise(times), cpuMs };
}

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

export async function run(): Promise<void> {
  console.log('\n# Journal');
  const dir = mkdtempSync(join(tmpdir(), 'afterword-bench-'));
  try {
    const journal = generateJournal(dir, FULL_SIZE);
    const { counts, samples } = journal;
    console.log(
      `generated: ${counts.applications.toLocaleString('en-US')} applications, ${counts.interviews.toLocaleString('en-US')} interviews, ` +
        `${counts.followUps.toLocaleString('en-US')} follow-ups, ${counts.people.toLocaleString('en-US')} people in ${(journal.generateMs / 1000).toFixed(1)} s`,
    );

    const services = createServices({ dataDir: dir, platform: nodePlatform('bench'), clock: () => REFERENCE_NOW });
    const call = async (name: string, payload?: unknown) => {
      const result = await services.dispatch(name, payload);
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
      return result.value;
    };
    const dueItems = ((await call('due.list')) as { items: unknown[] }).items.length;
    const rows: Array<[string, Figures, number]> = [];
    const add = async (label: string, target: number, work: () => unknown) => rows.push([label, await measure(RUNS, work), target]);

    await add(`due list (${dueItems} items)`, 5, () => call('due.list'));
    await add('applications: first page', 5, () => call('applications.list'));
    await add('applications: status active', 5, () => call('applications.list', { status: 'active' }));
    await add('applications: status rejected+withdrawn', 5, () => call('applications.list', { status: ['rejected', 'withdrawn'] }));
    await add(`applications: text "${samples.companyFragment}"`, 5, () => call('applications.list', { text: samples.companyFragment }));
    await add(`applications: text "${samples.companyName}"`, 5, () => call('applications.list', { text: samples.companyName }));
    await add('applications: text "engineer" (most roles)', 5, () => call('applications.list', { text: 'engineer' }));
    await add(`search: common "${samples.commonWord}"`, 20, () => call('search.query', { text: samples.commonWord }));
    await add(`search: rare "${samples.rareWord}"`, 20, () => call('search.query', { text: samples.rareWord }));
    await add(`search: two words "${samples.twoWords}"`, 20, () => call('search.query', { text: samples.twoWords }));
    // What the box sends while the common word is being typed.
    for (const typed of ['t', 'th', 'tha', 'than']) await add(`search: typing "${typed}"`, 20, () => call('search.query', { text: typed }));
    // Past the prefixes the index holds: FTS5 expands these to every word they begin.
    for (const typed of [samples.commonLongWord.slice(0, 6), samples.commonLongWord.slice(0, 9)]) {
      await add(`search: typing "${typed}"`, 20, () => call('search.query', { text: typed }));
    }

    // The insights page asks for this once per visit: every figure and table it shows. Its figures are kept until
    // the journal changes, so a visit after a change (here a personal word added or removed, untimed) works them
    // all out again, and a visit without one only counts the weeks. Their CPU time is printed too, as the review
    // bench does: on a shared machine the wall clock also counts waiting for a core.
    let word = 0;
    const change = () => call(word++ % 2 ? 'settings.removePersonalWord' : 'settings.addPersonalWord', { word: 'Benchword' });
    const insightsCpu = async (label: string, before?: () => unknown) => {
      const figures = await measure(RUNS, () => call('insights.get'), before);
      rows.push([label, figures, 50]);
      return figures.cpuMs / RUNS;
    };
    const insightsFirstCpuMs = await insightsCpu('insights: the whole page, first visit after a change', change);
    const insightsCpuMs = await insightsCpu('insights: the whole page, again');
    await add('board: every column', 20, () => call('board.get'));

    // Once each, for scale (no target): the whole journal out to JSON and into an empty journal.
    let started = performance.now();
    const { text } = (await call('journal.exportJson')) as { text: string };
    const exportMs = performance.now() - started;
    services.close();
    const emptyDir = mkdtempSync(join(tmpdir(), 'afterword-bench-import-'));
    const empty = createServices({ dataDir: emptyDir, platform: nodePlatform('bench'), clock: () => REFERENCE_NOW });
    started = performance.now();
    const imported = await empty.dispatch('journal.importJson', { text, mode: 'replace-empty' });
    const importMs = performance.now() - started;
    empty.close();
    rmSync(emptyDir, { recursive: true, force: true });
    if (!imported.ok) throw new Error(`import: ${imported.error.message}`);

    // Cold: a new connection each time, with the pragmas and the migration check the app runs at start.
    const opens: number[] = [];
    for (let i = 0; i < OPENS; i++) {
      const started = performance.now();
      const db = openDatabase(journal.path);
      opens.push(performance.now() - started);
      db.close();
    }
    rows.push([`open + migrate check (${OPENS}x)`, summarise(opens), 200]);

    const width = Math.max(...rows.map(([label]) => label.length));
    const ms = (n: number) => `${n.toFixed(2)} ms`.padStart(10);
    console.log(`${'call'.padEnd(width)}  ${'p50'.padStart(10)}  ${'p95'.padStart(10)}  ${'max'.padStart(10)}  ${'target p95'.padStart(10)}`);
    for (const [label, figures, target] of rows) {
      const verdict = figures.p95 <= target ? 'PASS' : 'MISS';
      console.log(`${label.padEnd(width)}  ${ms(figures.p50)}  ${ms(figures.p95)}  ${ms(figures.max)}  ${`≤ ${target} ms`.padStart(10)}  ${verdict}`);
    }
    console.log(`export to JSON: ${(exportMs / 1000).toFixed(1)} s (${(text.length / 1e6).toFixed(0)} MB of text); import into an empty journal: ${(importMs / 1000).toFixed(1)} s`);
    console.log(
      `insights, the whole page's data: ${insightsFirstCpuMs.toFixed(2)} ms of process CPU time per call after a change, ` +
        `${insightsCpuMs.toFixed(2)} ms again (means of ${RUNS}), target ≤ 50 ms`,
    );
    console.log(`runs: ${RUNS} per call, ${OPENS} opens; load average (1, 5, 15 min): ${load()}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
