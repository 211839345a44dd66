/**
 * How the search is going, from the journal alone (see `insights-facts.ts` for what counts as a reply).
 *
 * Working the figures out reads most of the journal: tens of milliseconds on the bench's ten thousand applications.
 * They change only when the journal does, so they are kept per connection until its change key moves, and only
 * the activity per week, which depends on today, is counted at each visit (from times kept with the figures, plus
 * one indexed read of the notes sent in those weeks). `npm run bench` measures both the first visit after a change
 * and a visit without one.
 */
import type { Insights, WeekActivity } from '../../src-shared/api/tracker-types.ts';
import { changeKey } from './change-key.ts';
import { DAY, fromJulianDay, readInsightFacts, type InsightFacts } from './insights-facts.ts';
import { sql, type Db } from './sql.ts';

export { median } from './insights-facts.ts';

const WEEKS = 12;

/** Monday (UTC) of the week holding `time`, as `YYYY-MM-DD`. */
export function weekOf(time: number): string {
  const day = new Date(time);
  const monday = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()) - ((day.getUTCDay() + 6) % 7) * DAY;
  return new Date(monday).toISOString().slice(0, 10);
}

const kept = new WeakMap<Db, { key: string; facts: InsightFacts }>();

export function computeInsights(db: Db, now: number = Date.now()): Insights {
  // Inside a caller's transaction the figures may include writes it will roll back, which leave the key as it is:
  // those are worked out but not kept.
  const keep = !db.inTransaction;
  // One read transaction: the key and the figures describe the same state of the journal.
  return db.transaction(() => {
    const key = changeKey(db);
    let entry = kept.get(db);
    if (entry?.key !== key || !keep) {
      entry = { key, facts: readInsightFacts(db) };
      if (keep) kept.set(db, entry);
    }
    // A copy: the kept figures must not change if a caller changes what it was given.
    return { ...structuredClone(entry.facts.figures), weeks: weeklyActivity(db, entry.facts, now) };
  }).deferred();
}

/** Applications sent, interviews held and notes sent in each of the last twelve weeks, Monday to Sunday, up to `now`. */
function weeklyActivity(db: Db, facts: InsightFacts, now: number): WeekActivity[] {
  const thisWeek = Date.parse(`${weekOf(now)}T00:00:00.000Z`);
  const firstWeek = thisWeek - (WEEKS - 1) * 7 * DAY;
  const weeks: WeekActivity[] = Array.from({ length: WEEKS }, (_, index) => ({
    week: new Date(firstWeek + index * 7 * DAY).toISOString().slice(0, 10),
    applied: 0,
    interviews: 0,
    notesSent: 0,
  }));
  // By arithmetic, not by date objects: this runs for every application and interview.
  const count = (at: number, field: 'applied' | 'interviews' | 'notesSent') => {
    if (at > now || at < firstWeek) return;
    weeks[Math.floor((at - firstWeek) / (7 * DAY))]![field] += 1;
  };
  for (const at of facts.appliedTimes) count(at, 'applied');
  for (const at of facts.interviewTimes) count(at, 'interviews');
  const sentDays = sql(db, `SELECT julianday(sent_at) FROM followups WHERE status = 'sent' AND sent_at >= ?`).pluck().all(new Date(firstWeek).toISOString());
  for (const day of sentDays as number[]) count(fromJulianDay(day), 'notesSent');
  return weeks;
}
