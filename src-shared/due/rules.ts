/**
 * What is due, for any moment: the follow-up timing advice turned into items with deadlines.
 *
 * - A thank-you note to each interviewer, due 24 hours after the interview ends (a note days later reads as an
 *   afterthought). Twenty-four real hours, so a night with a clock change moves the local due time by an hour.
 * - A status check-in 2 business days after the date the employer named, or 7 business days after the interview
 *   when none was named; a second one at least 5 business days after the first was sent, if no reply came; never
 *   more than two. Counted in the interview's time zone, sendable from 09:00 and due by 17:00 that day.
 * - A feedback request within 2 days of a rejection, to the recruiter or else the last interview's first interviewer.
 * - An update to the recruiter after each interview, when one runs the process.
 *
 * A sent note settles its item; a skipped one (with a reason) removes it; a draft is offered as the item's draft.
 * An item left alone lapses two weeks after its deadline: a thank-you weeks late reads as an afterthought, a
 * check-in that late is no longer one, and a list of reminders that only ever grows stops being read.
 * Pure: the renderer uses it too, so no `node:` or database imports.
 */
import type { ApplicationStatus, DueItem, DueKind, DueState, FollowUpKind, FollowUpStatus, InterviewRound } from '../api/journal-types.ts';
import { addBusinessDays, addDays, instantOf, instantOnDate, localDate, wallTimeAt } from './zoned-time.ts';

export interface DuePerson {
  id: number;
  name: string;
}

export interface DueInterview {
  id: number;
  round: InterviewRound;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  nextStepBy: string | null;
  interviewers: DuePerson[];
}

export interface DueFollowUp {
  id: number;
  kind: FollowUpKind;
  interviewId: number | null;
  recipientId: number | null;
  status: FollowUpStatus;
  sentAt: string | null;
  replyAt: string | null;
  dueKey: string | null;
}

export interface DueApplication {
  id: number;
  company: string;
  role: string;
  status: ApplicationStatus;
  statusChangedAt: string;
  recruiter: DuePerson | null;
  interviews: DueInterview[];
  followUps: DueFollowUp[];
}

const HOUR = 3_600_000;

export const THANK_YOU_HOURS = 24;
export const RECRUITER_UPDATE_HOURS = 24;
export const CHECK_IN_AFTER_NAMED_DATE = 2;
export const CHECK_IN_AFTER_INTERVIEW = 7;
export const CHECK_IN_SPACING = 5;
export const MAX_CHECK_INS = 2;
export const FEEDBACK_DAYS = 2;
export const LAPSE_DAYS = 14;
const LAPSE = LAPSE_DAYS * 24 * HOUR;
/** The business day a check-in falls on: sendable from the morning, due by the end of the working day. */
const WORKDAY_START = 9;
const WORKDAY_END = 17;

/** Stable keys: they name the rule and the records it is about, so they survive any recomputation. */
export const dueKeys = {
  thankYou: (interviewId: number, personId: number) => `thank-you:i${interviewId}:p${personId}`,
  recruiterUpdate: (interviewId: number) => `recruiter-update:i${interviewId}`,
  statusCheck: (interviewId: number, sequence: number) => `status-check:i${interviewId}:n${sequence}`,
  feedbackRequest: (applicationId: number) => `feedback-request:a${applicationId}`,
};

export interface ParsedDueKey {
  kind: DueKind;
  applicationId?: number;
  interviewId?: number;
  personId?: number;
  sequence?: number;
}

/** Reads a key made by `dueKeys`; null for anything else. */
export function parseDueKey(key: string): ParsedDueKey | null {
  let m = /^thank-you:i(\d{1,15}):p(\d{1,15})$/.exec(key);
  if (m) return { kind: 'thank-you', interviewId: Number(m[1]), personId: Number(m[2]) };
  m = /^recruiter-update:i(\d{1,15})$/.exec(key);
  if (m) return { kind: 'recruiter-update', interviewId: Number(m[1]) };
  m = /^status-check:i(\d{1,15}):n([12])$/.exec(key);
  if (m) return { kind: 'status-check', interviewId: Number(m[1]), sequence: Number(m[2]) };
  m = /^feedback-request:a(\d{1,15})$/.exec(key);
  if (m) return { kind: 'feedback-request', applicationId: Number(m[1]) };
  return null;
}

const ms = (iso: string) => Date.parse(iso);
const iso = (time: number) => new Date(time).toISOString();

/** Whether an item is waiting, open or overdue at `now`. */
export function dueStateAt(now: number, opensAt: number, dueAt: number): DueState {
  if (now < opensAt) return 'waiting';
  return now > dueAt ? 'overdue' : 'open';
}

/**
 * An item as the rules plan it, independent of the moment: it is listed from `listedFrom` (the interview's end,
 * the rejection) until `lapsesAt`, unless a write settles it first. The journal stores these, so the due list is
 * one indexed read; `state` and `overdue` are worked out at read time with `dueStateAt`.
 */
export interface PlannedDueItem extends Omit<DueItem, 'state' | 'overdue' | 'snoozedUntil'> {
  listedFrom: string;
  lapsesAt: string;
}

/** Everything one application will list, now or later, unless something is written. */
export function planDueItems(app: DueApplication): PlannedDueItem[] {
  const items: PlannedDueItem[] = [];
  const notesFor = (key: string, matches: (f: DueFollowUp) => boolean) =>
    app.followUps.filter((f) => f.dueKey === key || (f.dueKey === null && matches(f)));
  const push: Push = (key, kind, interview, recipient, timeZone, listedFrom, opensAt, dueAt, drafts, sequence = null) => {
    items.push({
      key,
      kind,
      applicationId: app.id,
      interviewId: interview?.id ?? null,
      recipientId: recipient?.id ?? null,
      recipientName: recipient?.name ?? null,
      company: app.company,
      role: app.role,
      interviewRound: interview?.round ?? null,
      interviewEndsAt: interview?.endsAt ?? null,
      timeZone,
      sequence,
      opensAt: iso(opensAt),
      dueAt: iso(dueAt),
      draftId: drafts.find((f) => f.status === 'draft')?.id ?? null,
      listedFrom: iso(listedFrom),
      lapsesAt: iso(dueAt + LAPSE),
    });
  };
  const settled = (notes: DueFollowUp[]) => notes.some((f) => f.status !== 'draft');

  const interviews = [...app.interviews].sort((a, b) => ms(a.startsAt) - ms(b.startsAt) || a.id - b.id);

  if (app.status === 'active') {
    for (const interview of interviews) {
      const end = ms(interview.endsAt);
      for (const person of interview.interviewers) {
        const key = dueKeys.thankYou(interview.id, person.id);
        const notes = notesFor(key, (f) => f.kind === 'thank-you' && f.interviewId === interview.id && f.recipientId === person.id);
        if (!settled(notes)) push(key, 'thank-you', interview, person, interview.timeZone, end, end, end + THANK_YOU_HOURS * HOUR, notes);
      }
      const recruiter = app.recruiter;
      if (recruiter && !interview.interviewers.some((p) => p.id === recruiter.id)) {
        const key = dueKeys.recruiterUpdate(interview.id);
        const notes = notesFor(key, (f) => f.kind === 'recruiter-update' && f.interviewId === interview.id);
        if (!settled(notes)) push(key, 'recruiter-update', interview, recruiter, interview.timeZone, end, end, end + RECRUITER_UPDATE_HOURS * HOUR, notes);
      }
    }
    const latest = interviews.at(-1);
    if (latest) statusCheck(app, latest, push);
  }

  if (app.status === 'rejected' && interviews.length > 0) {
    const latest = interviews.at(-1)!;
    const key = dueKeys.feedbackRequest(app.id);
    const notes = notesFor(key, (f) => f.kind === 'feedback-request');
    if (!settled(notes)) {
      const rejectedAt = ms(app.statusChangedAt);
      const zone = latest.timeZone;
      const wall = wallTimeAt(rejectedAt, zone);
      const date = addDays(localDate(rejectedAt, zone), FEEDBACK_DAYS);
      const [year, month, day] = date.split('-').map(Number) as [number, number, number];
      const dueAt = instantOf({ year, month, day, hour: wall.hour, minute: wall.minute, second: wall.second }, zone);
      const recipient = app.recruiter ?? latest.interviewers[0] ?? null;
      push(key, 'feedback-request', latest, recipient, zone, rejectedAt, rejectedAt, dueAt, notes);
    }
  }
  return items;
}

export interface DueOptions {
  /** Also list items more than `LAPSE_DAYS` past their deadline (to reopen one by its key). */
  includeLapsed?: boolean;
}

/** Whether a planned item is listed at `now`. */
export function isListedAt(item: Pick<PlannedDueItem, 'listedFrom' | 'lapsesAt'>, now: number, options: DueOptions = {}): boolean {
  return ms(item.listedFrom) <= now && (options.includeLapsed === true || now <= ms(item.lapsesAt));
}

/** A planned item as listed at `now`; `snoozedUntil` counts only while it is still ahead. */
export function itemAt(planned: PlannedDueItem, now: number, snoozedUntil: string | null = null): DueItem {
  const { listedFrom: _from, lapsesAt: _lapses, ...item } = planned;
  const state = dueStateAt(now, ms(item.opensAt), ms(item.dueAt));
  return { ...item, state, overdue: state === 'overdue', snoozedUntil: snoozedUntil !== null && ms(snoozedUntil) > now ? snoozedUntil : null };
}

/** The items of one application at `now` (milliseconds since the epoch). */
export function dueItemsForApplication(app: DueApplication, now: number, options: DueOptions = {}): DueItem[] {
  return planDueItems(app)
    .filter((item) => isListedAt(item, now, options))
    .map((item) => itemAt(item, now));
}

type Push = (
  key: string,
  kind: DueKind,
  interview: DueInterview | null,
  recipient: DuePerson | null,
  timeZone: string,
  listedFrom: number,
  opensAt: number,
  dueAt: number,
  drafts: DueFollowUp[],
  sequence?: number | null,
) => void;

/** Check-ins follow the latest interview only: a later interview means there is news, and the count starts over. */
function statusCheck(app: DueApplication, latest: DueInterview, push: Push): void {
  const zone = latest.timeZone;
  const prefix = `status-check:i${latest.id}:`;
  const notes = app.followUps.filter(
    (f) => f.kind === 'status-check' && (f.dueKey ? f.dueKey.startsWith(prefix) : f.interviewId === latest.id),
  );
  if (notes.some((f) => f.status === 'skipped')) return;
  const sent = notes.filter((f) => f.status === 'sent' && f.sentAt).sort((a, b) => ms(a.sentAt!) - ms(b.sentAt!));
  if (sent.length >= MAX_CHECK_INS) return;
  const recipient = app.recruiter ?? latest.interviewers[0] ?? null;
  const drafts = notes.filter((f) => f.status === 'draft');
  let day: string;
  if (sent.length === 0) {
    const interviewDay = localDate(ms(latest.endsAt), zone);
    day =
      latest.nextStepBy !== null
        ? addBusinessDays(latest.nextStepBy > interviewDay ? latest.nextStepBy : interviewDay, CHECK_IN_AFTER_NAMED_DATE)
        : addBusinessDays(interviewDay, CHECK_IN_AFTER_INTERVIEW);
  } else {
    const first = sent[0]!;
    // An answer to the first check-in is the news it asked for; a second one would only press.
    if (first.replyAt) return;
    day = addBusinessDays(localDate(ms(first.sentAt!), zone), CHECK_IN_SPACING);
  }
  const sequence = sent.length + 1;
  push(
    dueKeys.statusCheck(latest.id, sequence),
    'status-check',
    latest,
    recipient,
    zone,
    ms(latest.endsAt),
    instantOnDate(day, WORKDAY_START, 0, zone),
    instantOnDate(day, WORKDAY_END, 0, zone),
    drafts,
    sequence,
  );
}

/** All items of many applications at `now`, soonest deadline first. */
export function dueItems(apps: Iterable<DueApplication>, now: number, options: DueOptions = {}): DueItem[] {
  const items: DueItem[] = [];
  for (const app of apps) items.push(...dueItemsForApplication(app, now, options));
  return items.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** "due in 5 h", "due in 2 days", "3 h overdue": for labels next to a note. */
export function describeDeadline(dueAt: string, now: number): string {
  const diff = ms(dueAt) - now;
  const hours = Math.round(Math.abs(diff) / HOUR);
  const span = hours < 1 ? 'less than an hour' : hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} days`;
  return diff >= 0 ? `due in ${span}` : `${span} overdue`;
}
