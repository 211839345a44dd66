/**
 * The insights computation as it was before it was made fast (commit 9b10fa9), kept unchanged as the reference the
 * fast one must agree with figure for figure (`insights-equivalence.test.ts`). It reads every row into JavaScript,
 * so it is easy to check by eye and slow on a large journal; do not use it in the app. One change since: it reads
 * times with `Date.parse`, the plainest way, so it shares no shortcut with the code it checks.
 */
import { APPLICATION_SOURCES, INTERVIEW_ROUNDS } from '../../../../src-shared/api/journal-types.ts';
import type { FunnelStep, Insights, ReplyFigures, WeekActivity } from '../../../../src-shared/api/tracker-types.ts';
import { sql, type Db } from '../../../../src-main/journal/sql.ts';

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

export function referenceInsights(db: Db, now: number = Date.now()): Insights {
  return db.transaction(() => compute(db, now)).deferred();
}

/** Milliseconds since 1970 of a stored time or day, the plain way. */
function timeReader(): (text: string) => number {
  return (text) => Date.parse(text.length < 24 ? `${text}T00:00:00.000Z` : text);
}

/** Rows as arrays: the page reads tens of thousands, and an object per row is most of the cost. */
const rows = <T extends unknown[]>(db: Db, text: string, ...params: unknown[]) => sql(db, text).raw().all(...params) as T[];

function compute(db: Db, now: number): Insights {
  const ms = timeReader();
  // When the application went out: the day it was sent, or else when it was added.
  const apps = rows<[number, string, string]>(db, 'SELECT id, source, coalesce(applied_on, created_at) FROM applications').map(
    ([id, source, started]) => [id, source, ms(started)] as const,
  );
  // Every sign of an answer, per application, in time order.
  const answers = new Map<number, number[]>();
  const addAnswer = (id: number, time: number) => {
    let list = answers.get(id);
    if (!list) answers.set(id, (list = []));
    list.push(time);
  };
  const interviews = rows<[number, string, string | number, string | number]>(db, 'SELECT application_id, round, starts_at, ends_at FROM interviews');
  // Converted in place, each row once: tens of thousands of new arrays would cost more than the reading.
  for (const row of interviews) {
    row[2] = ms(row[2] as string);
    row[3] = ms(row[3] as string);
    addAnswer(row[0], row[2]);
  }
  for (const [id, time] of rows<[number, string]>(db, 'SELECT application_id, reply_at FROM followups WHERE reply_at IS NOT NULL')) addAnswer(id, ms(time));
  const offered = new Set<number>();
  for (const [id, status, time] of rows<[number, string, string]>(db, `SELECT application_id, status, changed_at FROM status_changes WHERE status IN ('offer', 'rejected')`)) {
    addAnswer(id, ms(time));
    if (status === 'offer') offered.add(id);
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

  const interviewed = new Set(interviews.map(([id]) => id));
  const applied = tally();
  const bySource = new Map<string, Tally>(APPLICATION_SOURCES.map((source) => [source, tally()]));
  let replied = 0;
  for (const [id, sourceName, started] of apps) {
    const source = bySource.get(sourceName)!;
    applied.count += 1;
    source.count += 1;
    const first = answers.get(id)?.[0];
    if (first === undefined) continue;
    replied += 1;
    // An answer dated before the application (entered after the fact) counts as the same day.
    const days = Math.max(0, (first - started) / DAY);
    applied.days.push(days);
    source.days.push(days);
  }

  const byRound = new Map<string, Tally>(INTERVIEW_ROUNDS.map((round) => [round, tally()]));
  for (const [id, roundName, , ended] of interviews) {
    const round = byRound.get(roundName)!;
    round.count += 1;
    const next = answerAfter(id, ended as number);
    if (next !== undefined) round.days.push((next - (ended as number)) / DAY);
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
  for (const [, , started] of apps) count(started, 'applied');
  for (const [, , starts] of interviews) count(starts as number, 'interviews');
  for (const [sent] of rows<[string]>(db, `SELECT sent_at FROM followups WHERE status = 'sent' AND sent_at >= ?`, new Date(firstWeek).toISOString())) {
    count(ms(sent), 'notesSent');
  }

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
    weeks,
  };
}
