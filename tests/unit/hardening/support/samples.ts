/**
 * A known-good payload for every API method, against the journal that `seedJournal` builds, and what kind of value
 * each field holds. The hostile tests start from these and break one thing at a time, so a rejection is always
 * caused by the thing they broke.
 */
import type { z } from 'zod';
import { contract, type MethodName } from '../../../../src-shared/api/contract.ts';
import { CSV_EXPORTS, SALARY_PERIODS, WORKPLACES } from '../../../../src-shared/api/tracker-types.ts';
import {
  APPLICATION_SOURCES,
  APPLICATION_STATUSES,
  FOLLOW_UP_CHANNELS,
  FOLLOW_UP_KINDS,
  FOLLOW_UP_STATUSES,
  INTERVIEW_FORMATS,
  INTERVIEW_ROUNDS,
} from '../../../../src-shared/api/journal-types.ts';
import type { Dispatch } from '../../../../src-main/services/dispatch.ts';

/** Ids of the records `seedJournal` creates in an empty journal. */
export const SEEDED = { applicationId: 1, personId: 1, interviewId: 1, followUpId: 1 } as const;

/** A small invitation from the seeded interviewer, as base64 (the way the page sends a dropped file). */
const invitation = Buffer.from(
  ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:sample-1@example.com', 'DTSTART:20261203T150000Z', 'DTEND:20261203T160000Z',
    'SUMMARY:Interview with Acme', 'ATTENDEE;CN=Ana Ruiz:mailto:ana@acme.example', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n'),
).toString('base64');

const startsAt = '2026-11-17T15:00:00Z';
const endsAt = '2026-11-17T16:00:00Z';

/**
 * Keyed by method name as text, so a sample can be written for a method that is still being added to the contract;
 * a method without samples still gets the generic hostile payloads, and the samples test names what is missing.
 */
type Samples<T> = Readonly<Record<string, T>>;

/** Only what is required (`undefined` where the method takes nothing). Removing any one key must be refused. */
export const minimalSamples: Samples<Record<string, unknown> | undefined> = {
  'app.info': undefined,
  'app.notify': { title: 'Reminder', body: '' },
  'app.copyText': { text: 'Thank you' },
  'app.takeShellRequests': undefined,
  'due.snooze': { key: 'thank-you:i1:p1', until: 'hour' },
  'due.unsnooze': { key: 'thank-you:i1:p1' },
  'due.dismiss': { key: 'thank-you:i1:p1', reason: 'It went badly.' },
  'calendar.readInvitation': { base64: invitation },
  'calendar.importInvitation': { base64: invitation },
  'calendar.exportDue': { key: 'thank-you:i1:p1' },
  'calendar.exportUpcoming': undefined,
  'calendar.exportInterview': { id: 1 },
  'applications.list': undefined,
  'applications.get': { id: 1 },
  'applications.create': { company: 'Globex' },
  'applications.update': { id: 1 },
  'applications.delete': { id: 1 },
  'interviews.get': { id: 1 },
  'interviews.create': { applicationId: 1, startsAt, endsAt, timeZone: 'Europe/Berlin' },
  'interviews.update': { id: 1 },
  'interviews.delete': { id: 1 },
  'people.list': undefined,
  'people.get': { id: 1 },
  'people.create': { name: 'Bo Chen' },
  'people.update': { id: 1 },
  'people.delete': { id: 1 },
  'followups.list': undefined,
  'followups.get': { id: 1 },
  'followups.create': { applicationId: 1, kind: 'thank-you' },
  'followups.update': { id: 1 },
  'followups.saveDraft': { id: 1, subject: 'Thank you', body: 'Dear Ana,' },
  'followups.setStatus': { id: 1, status: 'draft' },
  'followups.delete': { id: 1 },
  'followups.openDue': { key: 'thank-you:i1:p1' },
  'followups.reviewContext': { id: 1 },
  'followups.ignoreFlag': { id: 1, ruleId: 'spelling-unknown', text: 'zorblat' },
  'followups.unignoreFlag': { id: 1, ruleId: 'spelling-unknown', text: 'zorblat' },
  'due.list': undefined,
  'search.query': { text: 'acme' },
  'settings.get': undefined,
  'settings.update': {},
  'settings.addPersonalWord': { word: 'Kafka' },
  'settings.removePersonalWord': { word: 'Kafka' },
  'backups.list': undefined,
  'backups.create': undefined,
  'backups.restore': { name: 'journal-20261120-120000.sqlite3' },
  'backups.summary': { name: 'journal-20261120-120000.sqlite3' },
  'recovery.restoreBackup': undefined,
  'recovery.startNewJournal': undefined,
  'recovery.retry': undefined,
  'journal.exportJson': undefined,
  'journal.importJson': { text: '{}', mode: 'replace-empty' },
  'journal.previewImport': { text: '{}' },
  'export.eml': { followUpId: 1 },
  'export.interviewThankYous': { interviewId: 1 },
  'export.openInMailApp': { path: '/tmp/afterword/thank-you.eml' },
  'export.copy': { followUpId: 1, part: 'body' },
  'board.get': undefined,
  'board.move': { id: 1, status: 'offer' },
  'board.undoMove': { id: 1, changeId: 1 },
  'board.history': { applicationId: 1 },
  'postings.get': { applicationId: 1 },
  'postings.save': { applicationId: 1 },
  'companies.list': undefined,
  'companies.get': { id: 1 },
  'companies.create': { name: 'Initrode' },
  'companies.update': { id: 1 },
  'companies.delete': { id: 1 },
  'insights.get': undefined,
  'csv.importApplications': { text: 'Company\nAcme\n', mode: 'preview' },
  'csv.export': { kind: 'applications' },
  'export.callSheet': { followUpId: 1 },
};

/** Every field the method accepts, each with a valid value. */
export const fullSamples: Samples<Record<string, unknown>> = {
  'app.info': {},
  'app.notify': { title: 'Reminder', body: 'Write to Ana today.' },
  'app.copyText': { text: 'Thank you' },
  'app.takeShellRequests': {},
  'due.snooze': { key: 'thank-you:i1:p1', until: 'tomorrow-morning', timeZone: 'Europe/Berlin' },
  'due.unsnooze': { key: 'thank-you:i1:p1' },
  'due.dismiss': { key: 'thank-you:i1:p1', reason: 'It went badly.' },
  'calendar.readInvitation': { fileName: 'invite.ics', base64: invitation, timeZone: 'Europe/Berlin' },
  'calendar.importInvitation': {
    fileName: 'invite.ics',
    base64: invitation,
    timeZone: 'Europe/Berlin',
    applicationId: 1,
    newApplication: { company: 'Acme', role: 'Data engineer' },
    round: 'final',
    format: 'video',
    attendees: [{ index: 0, personId: 1 }],
  },
  'calendar.exportDue': { key: 'thank-you:i1:p1', save: false },
  'calendar.exportUpcoming': { save: false },
  'calendar.exportInterview': { id: 1, save: false },
  'applications.list': { status: ['active'], text: 'acme', limit: 10, offset: 0 },
  'applications.get': { id: 1 },
  'applications.create': {
    company: 'Globex',
    role: 'Analyst',
    jobUrl: 'https://globex.example/jobs/1',
    source: 'referral',
    status: 'active',
    appliedOn: '2026-11-02',
    statusChangedAt: '2026-11-02T09:00:00Z',
    recruiterId: 1,
    referrerId: 1,
    notes: 'Met at a meetup.',
  },
  'applications.update': {
    id: 1,
    baseRevision: 0,
    company: 'Acme',
    role: 'Data engineer',
    jobUrl: 'https://acme.example/jobs/7',
    source: 'job-board',
    status: 'offer',
    appliedOn: '2026-11-01',
    statusChangedAt: '2026-11-19T09:00:00Z',
    recruiterId: 1,
    referrerId: 1,
    notes: 'Offer call on Friday.',
  },
  'applications.delete': { id: 1 },
  'interviews.get': { id: 1 },
  'interviews.create': {
    applicationId: 1,
    round: 'final',
    format: 'on-site',
    startsAt,
    endsAt,
    timeZone: 'Europe/Berlin',
    location: 'Main office',
    nextStep: 'Offer call',
    nextStepBy: '2026-11-24',
    notes: 'Met the team.',
    topics: ['roadmap'],
    interviewerIds: [1],
    newInterviewers: [{ name: 'Cy Diaz' }],
  },
  'interviews.update': {
    id: 1,
    baseRevision: 0,
    round: 'panel',
    format: 'video',
    startsAt,
    endsAt,
    timeZone: 'America/New_York',
    location: 'Zoom',
    nextStep: 'Wait',
    nextStepBy: '2026-11-25',
    notes: 'Went well.',
    topics: ['streaming'],
    interviewerIds: [1],
    newInterviewers: [{ name: 'Di Ng', isRecruiter: false }],
  },
  'interviews.delete': { id: 1 },
  'people.list': { text: 'ana', recruitersOnly: false, limit: 10 },
  'people.get': { id: 1 },
  'people.create': { name: 'Bo Chen', title: 'Manager', company: 'Acme', email: 'bo@acme.example', phone: '+1 555 0100', isRecruiter: false, notes: '' },
  'people.update': { id: 1, baseRevision: 0, name: 'Ana Ruiz', title: 'Staff engineer', company: 'Acme', email: 'ana@acme.example', phone: '555', isRecruiter: true, notes: 'Kind.' },
  'people.delete': { id: 1 },
  'followups.list': { applicationId: 1, status: 'draft' },
  'followups.get': { id: 1 },
  'followups.create': {
    applicationId: 1,
    interviewId: 1,
    recipientId: 1,
    kind: 'thank-you',
    channel: 'email',
    subject: 'Thank you',
    body: 'Dear Ana,',
    dueAt: '2026-11-18T17:00:00Z',
  },
  'followups.update': {
    id: 1,
    baseRevision: 0,
    interviewId: 1,
    recipientId: 1,
    kind: 'status-check',
    channel: 'text',
    subject: 'Checking in',
    body: 'Hi Ana,',
    dueAt: '2026-11-25T17:00:00Z',
    replyAt: '2026-11-26T10:00:00Z',
  },
  'followups.saveDraft': { id: 1, baseRevision: 0, subject: 'Thank you', body: 'Dear Ana,' },
  'followups.setStatus': { id: 1, status: 'sent', sentAt: '2026-11-18T10:00:00Z' },
  'followups.delete': { id: 1 },
  'followups.openDue': { key: 'thank-you:i1:p1', now: '2026-11-20T12:00:00Z' },
  'followups.reviewContext': { id: 1 },
  'followups.ignoreFlag': { id: 1, ruleId: 'needy-over-apologising', text: 'Sorry to bother you' },
  'followups.unignoreFlag': { id: 1, ruleId: 'needy-over-apologising', text: 'Sorry to bother you' },
  'due.list': { now: '2026-11-20T12:00:00Z' },
  'search.query': { text: 'acme', limit: 5 },
  'settings.get': {},
  'settings.update': {
    userName: 'Sam Lee',
    userEmail: 'sam@example.com',
    signature: 'Sam',
    readingGrade: 7,
    dialect: 'en-GB',
    closeToTray: true,
    trayExplained: true,
    openAtLogin: false,
  },
  'settings.addPersonalWord': { word: 'Kafka' },
  'settings.removePersonalWord': { word: 'Kafka' },
  'backups.list': {},
  'backups.create': {},
  'backups.restore': { name: 'journal-20261120-120000.sqlite3' },
  'backups.summary': { name: 'journal-20261120-120000.sqlite3' },
  'recovery.restoreBackup': { name: 'journal-20261120-120000.sqlite3' },
  'recovery.startNewJournal': {},
  'recovery.retry': {},
  'journal.exportJson': { save: false },
  'journal.importJson': { text: '{}', mode: 'replace-empty' },
  'journal.previewImport': { text: '{}' },
  'export.eml': { followUpId: 1, save: false },
  'export.interviewThankYous': { interviewId: 1, save: false },
  'export.openInMailApp': { path: '/tmp/afterword/thank-you.eml' },
  'export.copy': { followUpId: 1, part: 'both' },
  'board.get': { company: 'acme', source: ['referral'], from: '2026-01-01', to: '2026-12-31', limit: 50, now: '2026-11-20T12:00:00Z' },
  'board.move': { id: 1, status: 'offer', at: '2026-11-20T12:00:00Z' },
  'board.undoMove': { id: 1, changeId: 1 },
  'board.history': { applicationId: 1 },
  'postings.get': { applicationId: 1 },
  'postings.save': {
    applicationId: 1,
    text: 'Build streaming data pipelines with Kafka.',
    url: 'https://acme.example/jobs/1',
    salaryMin: 90000,
    salaryMax: 110000,
    salaryCurrency: 'EUR',
    salaryPeriod: 'year',
    location: 'Berlin',
    workplace: 'hybrid',
    closesOn: '2026-12-15',
  },
  'companies.list': { text: 'acme' },
  'companies.get': { id: 1 },
  'companies.create': { name: 'Initrode', aliases: ['Initrode Labs'], domain: 'initrode.example', notes: 'Met them at a meetup.' },
  'companies.update': { id: 1, name: 'Acme', aliases: ['ACME Inc'], domain: 'acme.example', notes: '' },
  'companies.delete': { id: 1 },
  'insights.get': { now: '2026-11-20T12:00:00Z' },
  'csv.importApplications': { text: 'Company,Status\nAcme,Applied\n', mapping: { Company: 'company', Status: 'status' }, mode: 'preview' },
  'csv.export': { kind: 'applications', save: false },
  'export.callSheet': { followUpId: 1 },
};

/** Further valid payloads, for methods whose fields depend on one another (a discriminated union). */
export const alternateSamples: Samples<Record<string, unknown>[]> = {
  'journal.importJson': [{ text: '{}', mode: 'merge' }],
  // A recruiter or referrer is either chosen from People or added on the spot, never both at once.
  'applications.create': [
    { company: 'Globex', newRecruiter: { name: 'Rita Okafor', email: 'rita@talentbridge.example', isRecruiter: true }, newReferrer: { name: 'Kim Lee', title: 'Former colleague' } },
  ],
  'applications.update': [{ id: 1, newRecruiter: { name: 'Rita Okafor' }, newReferrer: { name: 'Kim Lee' } }],
  'followups.setStatus': [
    { id: 1, status: 'skipped', reason: 'They filled the role.' },
    { id: 1, status: 'draft' },
  ],
};

export const hasSamples = (name: MethodName): boolean => Object.hasOwn(fullSamples, name) && Object.hasOwn(minimalSamples, name);

/** The full sample and any alternates: every shape of valid payload the method takes (none without samples). */
export const validSamples = (name: MethodName): Record<string, unknown>[] => {
  const full = fullSamples[name];
  return full ? [full, ...(alternateSamples[name] ?? [])] : [];
};

/** Fields whose text must be an instant (`2026-11-20T15:00:00Z`) or a calendar day (`2026-11-20`). */
export const INSTANT_FIELDS = new Set(['startsAt', 'endsAt', 'dueAt', 'replyAt', 'sentAt', 'statusChangedAt', 'now', 'at']);
export const DATE_FIELDS = new Set(['appliedOn', 'nextStepBy', 'from', 'to', 'closesOn']);
/** Fields that take one of a fixed list of words. */
export const ENUM_FIELDS = new Set(['status', 'source', 'round', 'format', 'kind', 'channel', 'mode', 'part', 'until', 'salaryPeriod', 'workplace']);
export const ENUM_WORDS: readonly string[] = [
  ...APPLICATION_STATUSES,
  ...APPLICATION_SOURCES,
  ...INTERVIEW_ROUNDS,
  ...INTERVIEW_FORMATS,
  ...FOLLOW_UP_KINDS,
  ...FOLLOW_UP_CHANNELS,
  ...FOLLOW_UP_STATUSES,
  'replace-empty',
  ...SALARY_PERIODS,
  ...WORKPLACES,
  ...CSV_EXPORTS,
  'preview',
  'dry-run',
  'import',
  'merge',
  'body',
  'subject',
  'both',
  'hour',
  'tomorrow-morning',
];
/** Fields where `null` is a valid value ("none"). */
export const NULLABLE_FIELDS = new Set(['appliedOn', 'nextStepBy', 'dueAt', 'replyAt', 'recruiterId', 'referrerId', 'interviewId', 'recipientId', 'salaryMin', 'salaryMax', 'closesOn']);
/** Text fields whose limit is larger than any string the tests build (a whole journal file). */
export const UNBOUNDED_TEXT_FIELDS = new Set(['journal.importJson:text', 'journal.previewImport:text', 'csv.importApplications:text']);

type Def = { type: string; shape?: Record<string, unknown>; innerType?: unknown; options?: unknown[]; in?: unknown };

/** The keys an object schema accepts, looking through `.optional()` and discriminated unions. */
export function acceptedKeys(schema: z.ZodType): Set<string> {
  const keys = new Set<string>();
  const visit = (node: unknown) => {
    const def = (node as { _zod: { def: Def } })._zod.def;
    if (def.type === 'object') for (const key of Object.keys(def.shape ?? {})) keys.add(key);
    else if (def.type === 'optional' || def.type === 'nullable') visit(def.innerType);
    else if (def.type === 'union') for (const option of def.options ?? []) visit(option);
    else if (def.type === 'pipe') visit(def.in);
  };
  visit(schema);
  return keys;
}

export const acceptedKeysOf = (name: MethodName) => acceptedKeys(contract[name].input);

/**
 * Fills an empty journal through the API so every sample's ids point at real records: application 1 (Acme, with
 * recruiter 1), person 1 (Ana Ruiz), interview 1 (with Ana) and follow-up 1 (a draft to Ana).
 */
export async function seedJournal(dispatch: Dispatch): Promise<void> {
  const calls: [string, unknown][] = [
    ['people.create', { name: 'Ana Ruiz', title: 'Recruiter', company: 'Acme', isRecruiter: true }],
    ['applications.create', { company: 'Acme', role: 'Data engineer', recruiterId: 1 }],
    ['interviews.create', { applicationId: 1, startsAt, endsAt, timeZone: 'America/New_York', interviewerIds: [1], topics: ['streaming'] }],
    ['followups.create', { applicationId: 1, interviewId: 1, recipientId: 1, kind: 'thank-you', subject: 'Thank you', body: 'Dear Ana,' }],
    ['settings.addPersonalWord', { word: 'Kafka' }],
  ];
  for (const [name, payload] of calls) {
    const result = await dispatch(name, payload);
    if (!result.ok) throw new Error(`Seeding ${name} failed: ${result.error.message}`);
  }
}
