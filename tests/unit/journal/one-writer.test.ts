/**
 * One writer per journal: a second process on the same data folder is refused with a message that names the
 * folder, the other process and since when; a lock left by a killed process is taken over; a process that
 * closes normally leaves no lock behind.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../../src-main/journal/index.ts';
import type { Services } from '../../../src-main/services/index.ts';
import { call, refusal, useTempServices } from '../support/services.ts';
import { startJournalProcess, type JournalProcess } from './support/spawn-journal-process.ts';

const journals = useTempServices();
const now = Date.parse('2026-11-20T12:00:00.000Z');
let dir: string;
const others: JournalProcess[] = [];

beforeEach(() => {
  dir = journals.dir('afterword-one-writer-');
});

afterEach(async () => {
  for (const other of others.splice(0)) {
    if (other.child.exitCode === null && other.child.signalCode === null) other.child.kill('SIGKILL');
    await other.ended;
  }
});

async function other(mode: 'hold' | 'churn' = 'hold'): Promise<JournalProcess> {
  const started = await startJournalProcess(mode, dir);
  others.push(started);
  return started;
}

// Each test starts a Node process or two, which takes seconds on a busy two-core machine.
describe('a second process on the same data folder', { timeout: 60_000 }, () => {
  it('is refused while the first has the journal open, naming the folder, the process and what to do', async () => {
    const first = await other();
    expect(first.first).toBe('ready');
    const second: Services = journals.start({ dataDir: dir, clock: () => now });
    expect(second.journalProblem?.code).toBe('journal-locked');
    const message = second.journalProblem!.message;
    expect(message).toContain(dir);
    expect(message).toContain('Afterword in browser mode');
    expect(message).toContain(`process ${first.child.pid}`);
    expect(message).toMatch(/since \d{1,2} \w{3} \d{4}/);
    expect(message).toMatch(/Close the other one.*another data folder/);
    // Every journal method answers the same, and nothing was written by the refused process.
    const refused = await refusal(second, 'applications.create', { company: 'Acme' });
    expect(refused.code).toBe('journal-locked');
    // It did not touch the lock: the first process still holds it.
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(first.child.pid);
  });

  it('refuses a second browser-mode process too, which says why and exits', async () => {
    await other();
    const second = await startJournalProcess('hold', dir);
    others.push(second);
    expect(second.first).toMatch(/^refused journal-locked The journal in .* is already open in Afterword in browser mode/);
    expect((await second.ended).code).toBe(3);
  });

  it('can open the journal once the first has closed, and can then retry from the refusal screen', async () => {
    const first = await other();
    const second = journals.start({ dataDir: dir, clock: () => now });
    expect(second.journalProblem?.code).toBe('journal-locked');
    first.child.kill('SIGTERM');
    expect((await first.ended).code).toBe(0);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    expect(await call(second, 'recovery.retry')).toBeNull();
    await call(second, 'applications.create', { company: 'Acme' });
    expect((await call(second, 'applications.list')).items.map((a: any) => a.company)).toEqual(['Acme']);
  });

  it('takes over the lock a killed process left behind', async () => {
    const first = await other();
    first.child.kill('SIGKILL');
    await first.ended;
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    const second = journals.start({ dataDir: dir, clock: () => now });
    expect(second.journalProblem).toBeNull();
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    await call(second, 'applications.create', { company: 'Acme' });
  });

  it('removes its own lock when closed, so the next start is not refused', async () => {
    const first = journals.start({ dataDir: dir, clock: () => now });
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    first.close();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    const second = journals.start({ dataDir: dir, clock: () => now });
    expect(second.journalProblem).toBeNull();
  });
});
