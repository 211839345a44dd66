/**
 * Crash safety: a writer process saves a draft in a burst, as autosave does, and is killed with SIGKILL at a random
 * moment, many times over the same journal. After each kill the journal is reopened: SQLite's integrity check and
 * the full-text index's own check pass, the saved draft is whole (subject and body from the same save), and it is
 * the last save the writer saw acknowledged, or the one after it that was in flight when the kill came.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-main/journal/index.ts';
import { nodePlatform } from '../../../src-main/platform/node-platform.ts';
import { createServices } from '../../../src-main/services/index.ts';
import { draftBody, draftSubject, sequenceOf } from './support/draft-body.ts';

const KILLS = 40;
const root = fileURLToPath(new URL('../../..', import.meta.url));
const writer = fileURLToPath(new URL('./support/draft-writer.ts', import.meta.url));
let dataDir: string;
let followUpId: number;

interface Run {
  /** The last sequence number the writer printed as acknowledged (null: none in this run). */
  lastAcknowledged: number | null;
  /** How the process ended: `SIGKILL` when the test killed it. */
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Starts the writer, waits until its journal is open, lets it save for `delayMs`, then kills it. */
function writeUntilKilled(firstSequence: number, delayMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dataDir, String(followUpId), String(firstSequence)], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let killTimer: NodeJS.Timeout | undefined;
    // A writer that never gets its journal open would hang the test; it is killed and reported instead.
    const giveUp = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (!killTimer && stdout.startsWith('ready\n')) killTimer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(giveUp);
      clearTimeout(killTimer);
      if (!stdout.startsWith('ready\n')) {
        reject(new Error(`The writer never opened the journal (${signal ?? 'exited'}): ${stderr.slice(0, 500)}`));
        return;
      }
      // Only whole lines count: a number is acknowledged once its newline is out.
      const lines = stdout.slice('ready\n'.length).split('\n').slice(0, -1);
      const last = lines.at(-1);
      resolve({ lastAcknowledged: last === undefined ? null : Number(last), signal, stderr });
    });
  });
}

/** Opens the journal as the app would after a crash, and reads what survived. */
function inspectJournal() {
  const db = openDatabase(join(dataDir, 'journal.sqlite3'));
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    const foreignKeyProblems = db.pragma('foreign_key_check') as unknown[];
    // FTS5 checks its index against its content; it throws if they disagree.
    db.prepare(`INSERT INTO search (search) VALUES ('integrity-check')`).run();
    const row = db.prepare('SELECT subject, body FROM followups WHERE id = ?').get(followUpId) as { subject: string; body: string };
    const indexed = db.prepare('SELECT title, body FROM search WHERE rowid = ?').get(followUpId * 4 + 3) as { title: string; body: string } | undefined;
    return { integrity, foreignKeyProblems, row, indexed };
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'afterword-crash-'));
  const services = createServices({ dataDir, platform: nodePlatform('0.0.0-test') });
  const application = await services.dispatch('applications.create', { company: 'Acme', role: 'Data engineer' });
  if (!application.ok) throw new Error(application.error.message);
  const followUp = await services.dispatch('followups.create', {
    applicationId: (application.value as { id: number }).id,
    kind: 'thank-you',
    subject: draftSubject(0),
    body: draftBody(0),
  });
  if (!followUp.ok) throw new Error(followUp.error.message);
  followUpId = (followUp.value as { id: number }).id;
  services.close();
});

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a writer killed mid-burst', () => {
  it(`leaves a sound journal holding every acknowledged save, ${KILLS} kills in a row`, async () => {
    const seed = Date.now();
    const delays = fc.sample(fc.integer({ min: 20, max: 300 }), { numRuns: KILLS, seed });
    let acknowledged = 0;
    let survived = 0;
    let totalSaves = 0;
    for (const [round, delayMs] of delays.entries()) {
      const context = `kill ${round + 1} of ${KILLS}, after ${delayMs} ms (fast-check seed ${seed})`;
      const run = await writeUntilKilled(acknowledged + 1, delayMs);
      expect(run.signal, `${context}: the writer stopped by itself: ${run.stderr}`).toBe('SIGKILL');

      const { integrity, foreignKeyProblems, row, indexed } = inspectJournal();
      expect(integrity, context).toBe('ok');
      expect(foreignKeyProblems, context).toEqual([]);
      const saved = sequenceOf(row.body);
      expect(saved, `${context}: the saved text is not one the writer wrote`).not.toBeNull();
      expect(row.subject, `${context}: subject and text come from different saves`).toBe(draftSubject(saved ?? -1));
      expect(indexed, `${context}: the search index lags the note`).toEqual({ title: row.subject, body: row.body });

      const mustHave = run.lastAcknowledged ?? acknowledged;
      // Every acknowledged save is there; at most the one save in flight at the kill got in besides.
      expect(saved, context).toBeGreaterThanOrEqual(mustHave);
      expect(saved, context).toBeLessThanOrEqual(mustHave + 1);
      totalSaves += (saved ?? acknowledged) - acknowledged;
      acknowledged = saved ?? acknowledged;
      survived += 1;
    }
    console.log(`kills survived: ${survived}/${KILLS} (${totalSaves} saves, fast-check seed ${seed})`);
    expect(survived).toBe(KILLS);
    // The kills came while it was saving, not before it began.
    expect(totalSaves).toBeGreaterThan(KILLS);
  }, 180_000);
});
