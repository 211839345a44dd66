/**
 * The figures of the insights page that do not depend on today's date: the funnel, replies by stage and by source,
 * thank-you timing and check-ins. An application "got a reply" at the first sign the employer answered: an
 * interview, a reply recorded on a note, or an offer or rejection in its status history. A step (applying, or an
 * interview round) got a reply when one of those came after it: the next interview, a reply to a note sent after
 * it, an offer or a rejection.
 *
 * Reading the journal is the cost here: tens of thousands of rows on a large journal. So the rows come as arrays
 * (not objects) of numbers only, from indexes that hold exactly those (schema 10): each time as SQLite's Julian day
 * number, stored in the index so it is neither worked out nor parsed from text at each visit, and one query per
 * round, source or status, so those names are never read either. What is read is kept in typed arrays indexed by
 * application id rather than in maps of small lists.
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
 * Milliseconds since 1970 of a Julian day number from SQLite's julianday(), which works in whole milliseconds: the
 * nearest millisecond is the exact one.
 */
export const fromJulianDay = (day: number): number => Math.round((day - 2_440_587.5) * DAY);

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
 * Middle value; for an even count, the mean of the two middle ones. Found by selection on a typed copy rather than
 * by sorting: linear time, on the tens of thousands of waits of a large journal.
 */
export function median(values: ArrayLike<number>): number | null {
  if (values.length === 0) return null;
  const work = Float64Array.from(values);
  const mid = work.length >> 1;
  const upper = select(work, mid);
  if (work.length % 2) return upper;
  // Selection leaves every value before `mid` no larger than the one at it: the lower middle is the largest of them.
  let lower = work[0]!;
  for (let i = 1; i < mid; i += 1) if (work[i]! > lower) lower = work[i]!;
  return (lower + upper) / 2;
}

/** The `k`-th smallest of `values` (from 0), reordering them: Hoare's partition, narrowed to the side holding `k`. */
function select(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i += 1;
      while (values[j]! > pivot) j -= 1;
      if (i <= j) {
        const swap = values[i]!;
        values[i++] = values[j]!;
        values[j--] = swap;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return values[k]!;
}

/**
 * How many steps of one kind there were, and the days each answered one waited, kept in a typed array that grows
 * as needed: tens of thousands of numbers in plain arrays cost more to fill and to sort.
 */
class Tally {
  count = 0;
  replied = 0;
  private days = new Float64Array(64);

  answered(days: number): void {
    if (this.replied === this.days.length) {
      const more = new Float64Array(this.days.length * 2);
      more.set(this.days);
      this.days = more;
    }
    this.days[this.replied++] = days;
  }

  figures(key: string): ReplyFigures {
    const days = median(this.days.subarray(0, this.replied));
    return {
      key,
      count: this.count,
      replied: this.replied,
      rate: this.count ? this.replied / this.count : null,
      medianDays: days === null ? null : Math.round(days * 10) / 10,
    };
  }
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
  const size = idRange(db);
  const interviewsByRound = INTERVIEW_ROUNDS.map((round) =>
    rows<[number, number, number]>(db, 'SELECT application_id, julianday(starts_at), julianday(ends_at) FROM interviews WHERE round = ?', round),
  );
  const replies = rows<[number, number]>(db, 'SELECT application_id, julianday(reply_at) FROM followups WHERE julianday(reply_at) IS NOT NULL');
  const decision = (status: string) => rows<[number, number]>(db, 'SELECT application_id, julianday(changed_at) FROM status_changes WHERE status = ?', status);
  const offers = decision('offer');
  const rejections = decision('rejected');

  // Every answer's application and time, side by side, in arrays of the right size from the start: the interviews
  // first, so their start times are the first entries.
  const interviewCount = interviewsByRound.reduce((sum, round) => sum + round.length, 0);
  const answerCount = interviewCount + replies.length + offers.length + rejections.length;
  const answerIds = new Int32Array(answerCount);
  const answerTimes = new Float64Array(answerCount);
  let answer = 0;
  /** Adds each row's application and time (the row's first two values); answers how many applications `seen` gained. */
  const addAnswers = (list: ReadonlyArray<readonly [number, number, ...number[]]>, seen?: Uint8Array) => {
    let firsts = 0;
    for (const [id, day] of list) {
      answerIds[answer] = id;
      answerTimes[answer++] = fromJulianDay(day);
      if (seen && !seen[id]) {
        seen[id] = 1;
        firsts += 1;
      }
    }
    return firsts;
  };

  const interviewed = new Uint8Array(size);
  let interviewedCount = 0;
  for (const round of interviewsByRound) interviewedCount += addAnswers(round, interviewed);
  const interviewTimes = answerTimes.slice(0, interviewCount);
  addAnswers(replies);
  const offeredCount = addAnswers(offers, new Uint8Array(size));
  addAnswers(rejections);
  const answers = new Answers(size, answerIds, answerTimes);

  // When the application went out: the day it was sent, or else when it was added.
  const appsBySource = APPLICATION_SOURCES.map((source) =>
    rows<[number, number]>(db, 'SELECT id, julianday(coalesce(applied_on, created_at)) FROM applications WHERE source = ?', source),
  );
  const total = appsBySource.reduce((sum, apps) => sum + apps.length, 0);
  const appliedTimes = new Float64Array(total);
  const applied = new Tally();
  const bySource = appsBySource.map(() => new Tally());
  let replied = 0;
  let app = 0;
  appsBySource.forEach((apps, index) => {
    const source = bySource[index]!;
    for (const [id, day] of apps) {
      const started = (appliedTimes[app++] = fromJulianDay(day));
      applied.count += 1;
      source.count += 1;
      const first = answers.first(id);
      if (first === undefined) continue;
      replied += 1;
      // An answer dated before the application (entered after the fact) counts as the same day.
      const days = Math.max(0, (first - started) / DAY);
      applied.answered(days);
      source.answered(days);
    }
  });

  const byRound = interviewsByRound.map((interviews) => {
    const round = new Tally();
    for (const [id, , endDay] of interviews) {
      round.count += 1;
      const ended = fromJulianDay(endDay);
      const next = answers.after(id, ended);
      if (next !== undefined) round.answered((next - ended) / DAY);
    }
    return round;
  });

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
      byStage: [applied.figures('applied'), ...INTERVIEW_ROUNDS.map((round, index) => byRound[index]!.figures(round))],
      bySource: APPLICATION_SOURCES.map((source, index) => bySource[index]!.figures(source)),
      thankYous: thankYouTiming(db),
      checkIns: checkInsPerApplication(db, size, interviewed, interviewedCount),
    },
    appliedTimes,
    interviewTimes,
  };
}

/**
 * The thank-you notes counted by status and, for those sent, by lateness: each count a range of an index of exactly
 * those (schema 9), which SQLite counts without evaluating anything per note (grouping them cost twice as much).
 */
function thankYouTiming(db: Db): Insights['thankYous'] {
  const count = (status: string, late?: 0 | 1 | null) =>
    late === undefined
      ? (sql(db, `SELECT count(*) FROM followups WHERE kind = 'thank-you' AND status = ?`).pluck().get(status) as number)
      : (sql(db, `SELECT count(*) FROM followups WHERE kind = 'thank-you' AND status = ? AND (sent_at > due_at) IS ?`).pluck().get(status, late) as number);
  const onTime = count('sent', 0);
  const late = count('sent', 1);
  // A note sent with no due time is neither on time nor late.
  const sent = onTime + late + count('sent', null);
  return { sent, onTime, late, skipped: count('skipped'), unsent: count('draft') };
}

/**
 * Check-ins sent, per application that had an interview (those without any count as none). Counted here from the
 * applications the sent check-ins belong to: a third of the time of SQLite grouping them.
 */
function checkInsPerApplication(db: Db, size: number, interviewed: Uint8Array, interviewedCount: number): Insights['checkIns'] {
  const sent = new Uint32Array(size);
  const ids = sql(db, `SELECT application_id FROM followups WHERE kind = 'status-check' AND status = 'sent'`).pluck().all() as number[];
  for (const id of ids) sent[id]! += 1;
  // Applications with 0, 1, 2, and 3 or more.
  const buckets = [0, 0, 0, 0];
  let total = 0;
  for (let id = 0; id < size; id += 1) {
    if (!interviewed[id]) continue;
    const n = sent[id]!;
    total += n;
    buckets[Math.min(n, 3)]! += 1;
  }
  return {
    average: interviewedCount ? Math.round((total / interviewedCount) * 100) / 100 : null,
    distribution: (['0', '1', '2', '3+'] as const).map((key, index) => ({ checkIns: key, applications: buckets[index]! })),
  };
}
