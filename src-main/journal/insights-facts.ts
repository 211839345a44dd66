/**
 * The figures of the insights page that do not depend on today's date: the funnel, replies by stage and by source,
 * thank-you timing and check-ins. An application "got a reply" at the first sign the employer answered: an
 * interview, a reply recorded on a note, or an offer or rejection in its status history. A step (applying, or an
 * interview round) got a reply when one of those came after it: the next interview, a reply to a note sent after
 * it, an offer or a rejection.
 *
 * Reading the journal is the cost here: tens of thousands of rows on a large journal. So the rows come as arrays
 * (not objects) of the few columns needed, through the covering indexes of schema 7, and are kept in typed arrays
 * indexed by application id rather than in maps of small lists, which made most of the time before.
 */
import { APPLICATION_SOURCES, INTERVIEW_ROUNDS } from '../../src-shared/api/journal-types.ts';
import type { FunnelStep, Insights, ReplyFigures } from '../../src-shared/api/tracker-types.ts';
import { sql, type Db } from './sql.ts';

export const DAY = 86_400_000;

export interface InsightFacts {
  figures: Omit<Insights, 'weeks'>;
  /** When each application went out and each interview started (ms), for the activity per week. */
  appliedTimes: Float64Array;
  interviewTimes: Float64Array;
}

/**
 * Milliseconds since 1970 of a stored time (`2026-11-20T15:00:00.000Z`, the one form the journal keeps) or day
 * (`2026-11-20`). Tens of thousands are read per computation: the days are few and cached, the clock time is read
 * from fixed places, which costs a fraction of `Date.parse` or SQLite's julianday().
 */
export function timeReader(): (text: string) => number {
  const days = new Map<number, number>();
  const digits = (text: string, at: number, n: number) => {
    let value = 0;
    for (let i = at; i < at + n; i += 1) value = value * 10 + text.charCodeAt(i) - 48;
    return value;
  };
  return (text) => {
    // The day as a number (20261120), not a sliced string: no new string to make and hash for every time read.
    const day = digits(text, 0, 4) * 10_000 + digits(text, 5, 2) * 100 + digits(text, 8, 2);
    let base = days.get(day);
    if (base === undefined) days.set(day, (base = Date.parse(`${text.slice(0, 10)}T00:00:00.000Z`)));
    if (text.length < 24) return base;
    return base + digits(text, 11, 2) * 3_600_000 + digits(text, 14, 2) * 60_000 + digits(text, 17, 2) * 1000 + digits(text, 20, 3);
  };
}

/** Rows as arrays: an object per row would cost more than the reading. */
const rows = <T extends unknown[]>(db: Db, text: string, ...params: unknown[]) => sql(db, text).raw().all(...params) as T[];

/**
 * Every sign of an answer, per application, in time order: application `id`'s are `times[start[id]]` up to
 * `times[start[id + 1] - 1]` (a counting sort by id, then a sort of each application's few).
 */
class Answers {
  private readonly start: Int32Array;
  private readonly times: Float64Array;

  constructor(size: number, ids: Int32Array, times: Float64Array) {
    const start = new Int32Array(size + 1);
    for (const id of ids) start[id + 1]! += 1;
    for (let id = 0; id < size; id += 1) start[id + 1]! += start[id]!;
    const sorted = new Float64Array(ids.length);
    const next = start.slice(0, size);
    for (let i = 0; i < ids.length; i += 1) sorted[next[ids[i]!]!++] = times[i]!;
    for (let id = 0; id < size; id += 1) {
      if (start[id + 1]! - start[id]! > 1) sorted.subarray(start[id]!, start[id + 1]!).sort();
    }
    this.start = start;
    this.times = sorted;
  }

  first(id: number): number | undefined {
    return this.start[id]! < this.start[id + 1]! ? this.times[this.start[id]!] : undefined;
  }

  /** The first answer strictly after `time`, if any. */
  after(id: number, time: number): number | undefined {
    let lo = this.start[id]!;
    let hi = this.start[id + 1]!;
    const end = hi;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.times[mid]! <= time) lo = mid + 1;
      else hi = mid;
    }
    return lo < end ? this.times[lo] : undefined;
  }
}

/**
 * Middle value; for an even count, the mean of the two middle ones. Sorted as a Float64Array: a numeric sort without
 * a comparator, several times faster on the tens of thousands of waits of a large journal.
 */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
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

/** One more than the largest application id any row refers to (each read from the end of an index). */
function idRange(db: Db): number {
  const row = sql(
    db,
    `SELECT max(coalesce((SELECT max(id) FROM applications), 0), coalesce((SELECT max(application_id) FROM interviews), 0),
       coalesce((SELECT max(application_id) FROM followups), 0), coalesce((SELECT max(application_id) FROM status_changes), 0)) AS id`,
  ).get() as { id: number };
  return row.id + 1;
}

export function readInsightFacts(db: Db): InsightFacts {
  const ms = timeReader();
  const size = idRange(db);
  const interviews = rows<[number, string, string | number, string | number]>(db, 'SELECT application_id, round, starts_at, ends_at FROM interviews');
  const replies = rows<[number, string]>(db, 'SELECT application_id, reply_at FROM followups WHERE reply_at IS NOT NULL');
  const decisions = rows<[number, string, string]>(db, `SELECT application_id, status, changed_at FROM status_changes WHERE status IN ('offer', 'rejected')`);
  // Every answer's application and time, side by side, in arrays of the right size from the start.
  const answerCount = interviews.length + replies.length + decisions.length;
  const answerIds = new Int32Array(answerCount);
  const answerTimes = new Float64Array(answerCount);
  let answer = 0;

  const interviewed = new Uint8Array(size);
  let interviewedCount = 0;
  const interviewTimes = new Float64Array(interviews.length);
  // Converted in place, each row once: tens of thousands of new arrays would cost more than the reading.
  for (let i = 0; i < interviews.length; i += 1) {
    const row = interviews[i]!;
    row[2] = ms(row[2] as string);
    row[3] = ms(row[3] as string);
    interviewTimes[i] = row[2];
    answerIds[answer] = row[0];
    answerTimes[answer++] = row[2];
    if (!interviewed[row[0]]) {
      interviewed[row[0]] = 1;
      interviewedCount += 1;
    }
  }
  for (const [id, time] of replies) {
    answerIds[answer] = id;
    answerTimes[answer++] = ms(time);
  }
  const offered = new Uint8Array(size);
  let offeredCount = 0;
  for (const [id, status, time] of decisions) {
    answerIds[answer] = id;
    answerTimes[answer++] = ms(time);
    if (status === 'offer' && !offered[id]) {
      offered[id] = 1;
      offeredCount += 1;
    }
  }
  const answers = new Answers(size, answerIds, answerTimes);

  // When the application went out: the day it was sent, or else when it was added.
  const apps = rows<[number, string, string]>(db, 'SELECT id, source, coalesce(applied_on, created_at) FROM applications');
  const appliedTimes = new Float64Array(apps.length);
  const applied = tally();
  const bySource = new Map<string, Tally>(APPLICATION_SOURCES.map((source) => [source, tally()]));
  let replied = 0;
  for (let i = 0; i < apps.length; i += 1) {
    const [id, sourceName, startedText] = apps[i]!;
    const started = (appliedTimes[i] = ms(startedText));
    const source = bySource.get(sourceName)!;
    applied.count += 1;
    source.count += 1;
    const first = answers.first(id);
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
    const next = answers.after(id, ended as number);
    if (next !== undefined) round.days.push((next - (ended as number)) / DAY);
  }

  const total = apps.length;
  const share = (n: number) => (total ? n / total : 0);
  const funnel: FunnelStep[] = [
    { step: 'applied', count: total, share: share(total) },
    { step: 'first-reply', count: replied, share: share(replied) },
    { step: 'interview', count: interviewedCount, share: share(interviewedCount) },
    { step: 'offer', count: offeredCount, share: share(offeredCount) },
  ];

  return {
    figures: {
      applications: total,
      funnel,
      byStage: [figures('applied', applied), ...INTERVIEW_ROUNDS.map((round) => figures(round, byRound.get(round)!))],
      bySource: APPLICATION_SOURCES.map((source) => figures(source, bySource.get(source)!)),
      thankYous: thankYouTiming(db),
      checkIns: checkInsPerApplication(db, interviewed, interviewedCount),
    },
    appliedTimes,
    interviewTimes,
  };
}

/**
 * The thank-you notes counted by status and lateness (late 1, on time 0, no due time NULL), read from an index of
 * exactly those (schema 9) in its order: a sum of five conditions over every note cost SQLite four times as much.
 */
function thankYouTiming(db: Db): Insights['thankYous'] {
  const counts = { sent: 0, onTime: 0, late: 0, skipped: 0, unsent: 0 };
  for (const [status, late, n] of rows<[string, number | null, number]>(
    db,
    `SELECT status, sent_at > due_at, count(*) FROM followups WHERE kind = 'thank-you' GROUP BY status, sent_at > due_at`,
  )) {
    if (status === 'sent') {
      counts.sent += n;
      if (late === 0) counts.onTime += n;
      if (late === 1) counts.late += n;
    } else if (status === 'skipped') counts.skipped += n;
    else if (status === 'draft') counts.unsent += n;
  }
  return counts;
}

/** Check-ins sent, per application that had an interview (those without any count as none). */
function checkInsPerApplication(db: Db, interviewed: Uint8Array, interviewedCount: number): Insights['checkIns'] {
  const buckets = { '0': interviewedCount, '1': 0, '2': 0, '3+': 0 };
  let total = 0;
  for (const [id, n] of rows<[number, number]>(db, `SELECT application_id, count(*) FROM followups WHERE kind = 'status-check' AND status = 'sent' GROUP BY application_id`)) {
    if (!interviewed[id]) continue;
    total += n;
    buckets['0'] -= 1;
    buckets[n >= 3 ? '3+' : (String(n) as '1' | '2')] += 1;
  }
  return {
    average: interviewedCount ? Math.round((total / interviewedCount) * 100) / 100 : null,
    distribution: (['0', '1', '2', '3+'] as const).map((key) => ({ checkIns: key, applications: buckets[key] })),
  };
}
