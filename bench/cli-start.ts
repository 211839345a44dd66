/**
 * How long `afterword review` takes end to end on a 200-word note, as a person or an editor plugin calling it per
 * note sees it, beside a bare `node -e 0` start on the same machine at the same moment (the floor no Node command
 * can beat). Target: within 4× that start.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../scripts/build-cli.js';
import { context, note } from './review.ts';

const RUNS = 9;
const TARGET_RATIO = 4;
const bin = fileURLToPath(new URL('../bin/afterword.js', import.meta.url));

function wallMs(args: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const elapsed = performance.now() - started;
  // `review` exits 1 when the note has an error-level flag; anything else means it did not review.
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} failed (exit ${result.status}): ${result.stderr}`);
  return elapsed;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function run(): Promise<void> {
  await buildCli();
  const dir = mkdtempSync(join(tmpdir(), 'afterword-bench-cli-'));
  try {
    const noteFile = join(dir, 'note.txt');
    const contextFile = join(dir, 'context.json');
    writeFileSync(noteFile, note);
    writeFileSync(contextFile, JSON.stringify(context));
    const review = [bin, 'review', noteFile, '--context', contextFile];
    const bare = ['-e', '0'];
    // One start of each first: fills the OS file cache and the command's code cache, as any second use would find them.
    wallMs(review);
    wallMs(bare);
    const reviewTimes: number[] = [];
    const bareTimes: number[] = [];
    // Interleaved, so a burst of load on the shared machine hits both series alike.
    for (let index = 0; index < RUNS; index++) {
      reviewTimes.push(wallMs(review));
      bareTimes.push(wallMs(bare));
    }
    const ratio = median(reviewTimes) / median(bareTimes);
    const words = note.trim().split(/\s+/).length;
    console.log(
      `afterword review, ${words}-word note, end to end: median ${median(reviewTimes).toFixed(0)} ms of ${RUNS} runs ` +
        `(${reviewTimes.map((time) => time.toFixed(0)).join(', ')} ms)`,
    );
    console.log(`bare node -e 0: median ${median(bareTimes).toFixed(0)} ms (${bareTimes.map((time) => time.toFixed(0)).join(', ')} ms)`);
    console.log(`ratio: ${ratio.toFixed(1)}× a bare Node start (target ≤ ${TARGET_RATIO}×: ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `npx tsx bench/cli-start.ts` runs this bench alone.
if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
