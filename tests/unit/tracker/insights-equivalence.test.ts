/**
 * The fast insights (typed arrays, an index for the thank-you timing, figures kept until the journal changes) must
 * give exactly what the plain computation they replaced gives: every figure, on a generated journal of thousands of
 * applications, and again after each kind of change, so a kept figure is never shown once it is stale.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateJournal, REFERENCE_NOW } from '../../../bench/journal-generator.ts';
import { computeInsights, deleteApplication, deleteInterview, moveApplication, openDatabase, updateFollowUp } from '../../../src-main/journal/index.ts';
import { referenceInsights } from './support/insights-reference.ts';

const DAY = 86_400_000;
let dir: string;
let db: Database.Database;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'afterword-insights-'));
  const journal = generateJournal(dir, { applications: 3_000, interviews: 12_000, followUps: 30_000, recentActive: 40, seed: 13 });
  db = openDatabase(journal.path);
}, 120_000);

afterAll(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The same journal, the same day: both computations, figure for figure. */
function expectSameAsReference(now = REFERENCE_NOW) {
  const fast = computeInsights(db, now);
  expect(fast).toEqual(referenceInsights(db, now));
  return fast;
}

const one = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).pluck().get(...params) as T;

describe('insights on a generated journal', () => {
  it('give every figure the plain computation gives', () => {
    const insights = expectSameAsReference();
    // A journal with real content: the comparison is not between two empty pages.
    expect(insights.applications).toBe(3_000);
    expect(insights.funnel.every((step) => step.count > 0)).toBe(true);
    expect(insights.byStage.every((stage) => stage.replied > 0 && stage.medianDays !== null)).toBe(true);
    expect(insights.thankYous.onTime + insights.thankYous.late).toBeGreaterThan(0);
    expect(insights.weeks.some((week) => week.applied + week.interviews + week.notesSent > 0)).toBe(true);
  });

  it('count the weeks before another day as the plain computation does, from figures kept since the last visit', () => {
    expectSameAsReference();
    for (const now of [REFERENCE_NOW - 30 * DAY, REFERENCE_NOW - 400 * DAY, REFERENCE_NOW + 3 * DAY - 1]) expectSameAsReference(now);
  });

  it('do not count a withdrawal as a reply, and count a rejection as one', () => {
    const waiting = one<number>(
      `SELECT a.id FROM applications a WHERE a.status = 'active'
         AND NOT EXISTS (SELECT 1 FROM interviews i WHERE i.application_id = a.id)
         AND NOT EXISTS (SELECT 1 FROM followups f WHERE f.application_id = a.id AND f.reply_at IS NOT NULL) LIMIT 2`,
    );
    const before = computeInsights(db, REFERENCE_NOW);
    moveApplication(db, waiting, 'withdrawn', new Date(REFERENCE_NOW - DAY).toISOString(), REFERENCE_NOW);
    const withdrawn = expectSameAsReference();
    expect(withdrawn.funnel[1]!.count).toBe(before.funnel[1]!.count);
    moveApplication(db, waiting, 'rejected', new Date(REFERENCE_NOW - DAY / 2).toISOString(), REFERENCE_NOW);
    expect(expectSameAsReference().funnel[1]!.count).toBe(before.funnel[1]!.count + 1);
  });

  it('count an application with no status history, as a journal imported from elsewhere may have', () => {
    const before = computeInsights(db, REFERENCE_NOW);
    const offered = one<number>(`SELECT application_id FROM status_changes WHERE status = 'offer' LIMIT 1`);
    db.prepare('DELETE FROM status_changes WHERE application_id = ?').run(offered);
    const after = expectSameAsReference();
    expect(after.applications).toBe(before.applications);
    expect(after.funnel[3]!.count).toBe(before.funnel[3]!.count - 1);
  });

  it('forget deleted applications, interviews and replies at once', () => {
    const before = computeInsights(db, REFERENCE_NOW);
    deleteApplication(db, one<number>('SELECT max(id) FROM applications'));
    const fewer = expectSameAsReference();
    expect(fewer.applications).toBe(before.applications - 1);

    const interview = db.prepare(`SELECT id, round FROM interviews ORDER BY id LIMIT 1`).get() as { id: number; round: string };
    deleteInterview(db, interview.id);
    const rounds = expectSameAsReference().byStage;
    expect(rounds.find((stage) => stage.key === interview.round)!.count).toBe(fewer.byStage.find((stage) => stage.key === interview.round)!.count - 1);

    const reply = one<number>('SELECT id FROM followups WHERE reply_at IS NOT NULL ORDER BY id LIMIT 1');
    updateFollowUp(db, { id: reply, replyAt: null }, REFERENCE_NOW);
    expectSameAsReference();
  });

  it('see a change written by another connection, such as a restore or a second process', () => {
    const before = computeInsights(db, REFERENCE_NOW);
    const other = new Database(db.name);
    try {
      other.prepare(`UPDATE followups SET due_at = NULL WHERE kind = 'thank-you' AND status = 'sent' AND due_at IS NOT NULL AND id IN (SELECT id FROM followups WHERE kind = 'thank-you' AND status = 'sent' LIMIT 5)`).run();
    } finally {
      other.close();
    }
    const after = expectSameAsReference();
    expect(after.thankYous.onTime + after.thankYous.late).toBeLessThan(before.thankYous.onTime + before.thankYous.late);
  });

  it('do not keep figures that counted a write rolled back afterwards', () => {
    const before = computeInsights(db, REFERENCE_NOW);
    const rollback = new Error('rolled back');
    expect(() =>
      db.transaction(() => {
        deleteApplication(db, one<number>('SELECT max(id) FROM applications'));
        expect(computeInsights(db, REFERENCE_NOW).applications).toBe(before.applications - 1);
        throw rollback;
      })(),
    ).toThrow(rollback);
    expect(expectSameAsReference().applications).toBe(before.applications);
  });

  it('are not changed for the next visit by a caller changing what it was given', () => {
    const first = computeInsights(db, REFERENCE_NOW);
    first.funnel[0]!.count = -1;
    first.byStage.length = 0;
    expectSameAsReference();
  });
});
