/**
 * A journal with every kind of record and every optional field filled somewhere: what an export must carry
 * without loss. Ids have gaps (a deleted person, a deleted interview) and interviewers are listed out of id order.
 */
import type Database from 'better-sqlite3';
import {
  addPersonalWord,
  createApplication,
  createFollowUp,
  createInterview,
  createPerson,
  deleteInterview,
  deletePerson,
  listDue,
  openDue,
  saveDraft,
  setFlagIgnored,
  setFollowUpStatus,
  updateFollowUp,
  updateSettings,
} from '../../../src-main/journal/index.ts';

const DAY = 86_400_000;
export const RICH_NOW = Date.parse('2026-11-20T12:00:00.000Z');

export function buildRichJournal(db: Database.Database) {
  const t = (daysAgo: number) => RICH_NOW - daysAgo * DAY;
  updateSettings(db, { userName: 'Alex Moreno', userEmail: 'alex@example.org', signature: 'Alex Moreno\n+49 30 1234567', readingGrade: 9 });
  for (const word of ['Kafka', 'kafka', 'Zoë', 'Kubernetes']) addPersonalWord(db, word);

  const gone = createPerson(db, { name: 'Temporary Contact' }, t(40));
  const recruiter = createPerson(
    db,
    { name: 'Søren Ågård', title: 'Recruiter', company: 'Hire & Co', email: 'soren@hire.example', phone: '+45 12 34 56 78', isRecruiter: true, notes: 'Prefers calls after 3 pm.' },
    t(39),
  );
  const ana = createPerson(db, { name: 'Ana Ruiz', title: 'Staff engineer', company: 'Acme' }, t(38));
  const bo = createPerson(db, { name: '李小龍', title: 'Engineering manager', company: 'Acme', email: 'bo@acme.example' }, t(38));
  const plain = createPerson(db, { name: 'Dana' }, t(37));
  deletePerson(db, gone.id);

  const acme = createApplication(
    db,
    {
      company: 'Acme',
      role: 'Data engineer',
      jobUrl: 'https://acme.example/jobs/42',
      source: 'recruiter',
      status: 'active',
      appliedOn: '2026-10-01',
      recruiterId: recruiter.id,
      notes: 'Referred by a former colleague. "Quotes" and \\backslashes\\ and emoji 🎉.',
    },
    t(36),
  );
  const globex = createApplication(db, { company: 'Globex', role: 'Platform engineer', source: 'job-board' }, t(35));
  const initech = createApplication(db, { company: 'Initech', source: 'network', status: 'withdrawn', statusChangedAt: '2026-10-20T08:30:00.000Z' }, t(34));
  // Rejected yesterday with a recruiter on the process: a feedback request is due.
  const umbrella = createApplication(
    db,
    { company: 'Umbrella', role: 'Backend engineer', source: 'company-site', status: 'rejected', statusChangedAt: '2026-11-19T09:00:00.000Z', recruiterId: recruiter.id },
    t(30),
  );
  createInterview(
    db,
    { applicationId: umbrella.id, round: 'final', format: 'video', startsAt: '2026-11-12T16:00:00.000Z', endsAt: '2026-11-12T17:00:00.000Z', timeZone: 'Europe/London', newInterviewers: [{ name: 'Ola Nordmann', title: 'CTO', company: 'Umbrella' }] },
    t(8),
  );
  createApplication(db, { company: 'Hooli', role: 'SRE', source: 'referral', status: 'offer', appliedOn: '2026-09-15' }, t(29));

  const screen = createInterview(
    db,
    {
      applicationId: acme.id,
      round: 'screen',
      format: 'phone',
      startsAt: '2026-10-10T14:00:00.000Z',
      endsAt: '2026-10-10T14:30:00.000Z',
      timeZone: 'Europe/Berlin',
      interviewerIds: [recruiter.id],
    },
    t(33),
  );
  const technical = createInterview(
    db,
    {
      applicationId: acme.id,
      round: 'technical',
      format: 'video',
      startsAt: '2026-11-17T15:00:00.000Z',
      endsAt: '2026-11-17T16:00:00.000Z',
      timeZone: 'America/New_York',
      location: 'https://meet.example/abc-defg',
      nextStep: 'Panel with the platform team',
      nextStepBy: '2026-11-27',
      notes: 'They run Kafka and a lot of cron jobs.\nSecond line.',
      topics: ['migrating nightly batch jobs to streaming', 'on-call rotation', 'Zürich office'],
      // Out of id order on purpose: the order shown is the order given.
      interviewerIds: [bo.id, ana.id],
    },
    t(3),
  );
  const dropped = createInterview(
    db,
    { applicationId: globex.id, round: 'other', format: 'on-site', startsAt: '2026-11-02T09:00:00.000Z', endsAt: '2026-11-02T10:00:00.000Z', timeZone: 'Asia/Tokyo', interviewerIds: [plain.id] },
    t(18),
  );
  const panel = createInterview(
    db,
    { applicationId: globex.id, round: 'panel', format: 'on-site', startsAt: '2026-11-05T09:00:00.000Z', endsAt: '2026-11-05T11:00:00.000Z', timeZone: 'Asia/Tokyo', interviewerIds: [plain.id] },
    t(15),
  );

  // A draft opened from the due list (carries its reminder key and deadline) and saved.
  const thankYouKey = listDue(db, RICH_NOW).items.find((i) => i.kind === 'thank-you' && i.recipientId === bo.id)!.key;
  const draft = openDue(db, thankYouKey, t(2));
  saveDraft(db, draft.id, 'Thank you for Tuesday', 'Dear 李小龍,\n\nThank you for the conversation about streaming.', t(2) + 60_000);
  // Flags ignored in it with "Ignore here", one of them in words from another script.
  setFlagIgnored(db, { id: draft.id, ruleId: 'spelling-unknown', text: 'zorblat' }, true);
  setFlagIgnored(db, { id: draft.id, ruleId: 'needy-over-apologising', text: 'извините за беспокойство' }, true);

  // Sent, with the reply recorded.
  const sent = createFollowUp(db, { applicationId: acme.id, interviewId: screen.id, recipientId: recruiter.id, kind: 'thank-you', channel: 'text', subject: '', body: 'Thanks Søren!' }, t(32));
  setFollowUpStatus(db, { id: sent.id, status: 'sent', sentAt: '2026-10-10T18:00:00.000Z' }, t(32));
  updateFollowUp(db, { id: sent.id, replyAt: '2026-10-11T07:15:00.000Z' }, t(31));

  // Skipped, with a reason.
  const skipped = createFollowUp(db, { applicationId: globex.id, interviewId: panel.id, recipientId: plain.id, kind: 'thank-you', channel: 'letter' }, t(14));
  setFollowUpStatus(db, { id: skipped.id, status: 'skipped', reason: 'The panel went badly; no note wanted.' }, t(14));

  // A note of its own kind, with a deadline set by hand, and one whose interview was later deleted.
  createFollowUp(db, { applicationId: initech.id, kind: 'other', channel: 'phone', subject: 'Call about references', dueAt: '2026-11-25T10:00:00.000Z' }, t(10));
  createFollowUp(db, { applicationId: globex.id, interviewId: dropped.id, recipientId: plain.id, kind: 'status-check', body: 'Kept after its interview was removed.' }, t(16));
  deleteInterview(db, dropped.id);

  return { recruiter, ana, bo, plain, acme, globex, initech, umbrella, screen, technical, panel, draft, sent, skipped };
}
