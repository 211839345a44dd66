/**
 * How the search is going, from the journal alone. An application "got a reply" at the first sign the employer
 * answered: an interview, a reply recorded on a note, or an offer or rejection in its status history. A step
 * (applying, or an interview round) got a reply when one of those came after it: the next interview, a reply to a
 * note sent after it, an offer or a rejection.
 *
 * Everything is read in five queries and put together in one pass, so the page answers in milliseconds on a
 * journal of ten thousand applications (`npm run bench` measures it).
 */
import { APPLICATION_SOURCES, INTERVIEW_ROUNDS } from '../../src-shared/api/journal-types.ts';
import type { FunnelStep, Insights, ReplyFigures, WeekActivity } from '../../src-shared/api/tracker-types.ts';
import { sql, type Db } from './sql.ts';

const DAY = 86_400_000;
const WEEKS = 12;

/** Middle value; for an even count, the mean of the two middle ones. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Monday (UTC) of the week holding `time`, as `YYYY-MM-DD`. */
export function weekOf(time: number): string {
  const day = new Date(time);
  const monday = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()) - ((day.getUTCDay() + 6) % 7) * DAY;
  return new Date(monday).toISOString().slice(0, 10);
}

interface Tally {
  count: number;
  days: number[];
}

const tally = (): Tally => ({ count: 0, days: [] });

function figures(key: string, t: Tally): ReplyFigures {
  const days = median(t.days);
  return {
    key,
    count: t.count,
    replied: t.days.length,
    rate: t.count ? t.days.length / t.count : null,
    medianDays: days === null ? null : Math.round(days * 10) / 10,
  };
}

interface AppRow {
  id: number;
  source: string;
  started: string;
}

export function computeInsights(db: Db, now: number = Date.now()): Insights {
  return db.transaction(() => compute(db, now)).deferred();
}

function compute(db: Db, now: number): Insights {
  // When the application went out: the day it was sent, or else when it was added.
  const apps = sql(db, `SELECT id, source, coalesce(applied_on || 'T00:00:00.000Z', created_at) AS started FROM applications`).all() as AppRow[];
  // Every sign of an answer, per application, in time order.
  const answers = new Map<number, number[]>();
  const addAnswer = (id: number, time: string) => {
    let list = answers.get(id);
    if (!list) answers.set(id, (list = []));
    list.push(Date.parse(time));
  };
  const interviews = sql(db, 'SELECT application_id AS a, round, starts_at AS s, ends_at AS e FROM interviews').all() as { a: number; round: string; s: string; e: string }[];
  for (const i of interviews) addAnswer(i.a, i.s);
  for (const r of sql(db, 'SELECT application_id AS a, reply_at AS t FROM followups WHERE reply_at IS NOT NULL').all() as { a: number; t: string }[]) addAnswer(r.a, r.t);
  const offered = new Set<number>();
  for (const c of sql(db, `SELECT application_id AS a, status, changed_at AS t FROM status_changes WHERE status IN ('offer', 'rejected')`).all() as {
    a: number;
    status: string;
    t: string;
  }[]) {
    addAnswer(c.a, c.t);
    if (c.status === 'offer') offered.add(c.a);
  }
  for (const list of answers.values()) list.sort((x, y) => x - y);
  /** The first answer strictly after `time`, if any. */
  const answerAfter = (id: number, time: number): number | undefined => {
    const list = answers.get(id);
    if (!list) return undefined;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! <= time) lo = mid + 1;
      else hi = mid;
    }
    return list[lo];
  };

  const interviewed = new Set(interviews.map((i) => i.a));
  const applied = tally();
  const bySource = new Map<string, Tally>(APPLICATION_SOURCES.map((source) => [source, tally()]));
  let replied = 0;
  for (const app of apps) {
    const started = Date.parse(app.started);
    const source = bySource.get(app.source)!;
    applied.count += 1;
    source.count += 1;
    const first = answers.get(app.id)?.[0];
    if (first === undefined) continue;
    replied += 1;
    // An answer dated before the application (entered after the fact) counts as the same day.
    const days = Math.max(0, (first - started) / DAY);
    applied.days.push(days);
    source.days.push(days);
  }

  const byRound = new Map<string, Tally>(INTERVIEW_ROUNDS.map((round) => [round, tally()]));
  for (const i of interviews) {
    const round = byRound.get(i.round)!;
    const ended = Date.parse(i.e);
    round.count += 1;
    const next = answerAfter(i.a, ended);
    if (next !== undefined) round.days.push((next - ended) / DAY);
  }

  const total = apps.length;
  const share = (n: number) => (total ? n / total : 0);
  const funnel: FunnelStep[] = [
    { step: 'applied', count: total, share: share(total) },
    { step: 'first-reply', count: replied, share: share(replied) },
    { step: 'interview', count: interviewed.size, share: share(interviewed.size) },
    { step: 'offer', count: offered.size, share: share(offered.size) },
  ];

  const thanks = sql(
    db,
    `SELECT
       coalesce(sum(status = 'sent'), 0) AS sent,
       coalesce(sum(status = 'sent' AND due_at IS NOT NULL AND sent_at <= due_at), 0) AS on_time,
       coalesce(sum(status = 'sent' AND due_at IS NOT NULL AND sent_at > due_at), 0) AS late,
       coalesce(sum(status = 'skipped'), 0) AS skipped,
       coalesce(sum(status = 'draft'), 0) AS unsent
     FROM followups WHERE kind = 'thank-you'`,
  ).get() as { sent: number; on_time: number; late: number; skipped: number; unsent: number };

  const checkIns = new Map<number, number>([...interviewed].map((id) => [id, 0]));
  for (const row of sql(db, `SELECT application_id AS a, count(*) AS n FROM followups WHERE kind = 'status-check' AND status = 'sent' GROUP BY application_id`).all() as {
    a: number;
    n: number;
  }[]) {
    if (checkIns.has(row.a)) checkIns.set(row.a, row.n);
  }
  const buckets = { '0': 0, '1': 0, '2': 0, '3+': 0 };
  let checkInTotal = 0;
  for (const n of checkIns.values()) {
    checkInTotal += n;
    buckets[n >= 3 ? '3+' : (String(n) as '0' | '1' | '2')] += 1;
  }

  const weeks = new Map<string, WeekActivity>();
  const thisWeek = Date.parse(`${weekOf(now)}T00:00:00.000Z`);
  for (let back = WEEKS - 1; back >= 0; back -= 1) {
    const week = new Date(thisWeek - back * 7 * DAY).toISOString().slice(0, 10);
    weeks.set(week, { week, applied: 0, interviews: 0, notesSent: 0 });
  }
  const count = (time: string, field: 'applied' | 'interviews' | 'notesSent') => {
    const at = Date.parse(time);
    if (at > now) return;
    const week = weeks.get(weekOf(at));
    if (week) week[field] += 1;
  };
  for (const app of apps) count(app.started, 'applied');
  for (const i of interviews) count(i.s, 'interviews');
  const since = new Date(thisWeek - (WEEKS - 1) * 7 * DAY).toISOString();
  for (const row of sql(db, `SELECT sent_at AS t FROM followups WHERE status = 'sent' AND sent_at >= ?`).all(since) as { t: string }[]) count(row.t, 'notesSent');

  return {
    applications: total,
    funnel,
    byStage: [figures('applied', applied), ...INTERVIEW_ROUNDS.map((round) => figures(round, byRound.get(round)!))],
    bySource: APPLICATION_SOURCES.map((source) => figures(source, bySource.get(source)!)),
    thankYous: { sent: thanks.sent, onTime: thanks.on_time, late: thanks.late, skipped: thanks.skipped, unsent: thanks.unsent },
    checkIns: {
      average: checkIns.size ? Math.round((checkInTotal / checkIns.size) * 100) / 100 : null,
      distribution: (['0', '1', '2', '3+'] as const).map((key) => ({ checkIns: key, applications: buckets[key] })),
    },
    weeks: [...weeks.values()],
  };
}
