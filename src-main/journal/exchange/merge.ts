/**
 * Importing a journal file into a journal that already holds records: a merge that never overwrites. Each record of
 * the file is matched against the journal by what it is (a person by name and address, an application by company
 * and role, an interview by its application and start, a note by its application, kind, person, interview and
 * creation) and is then
 * - new: written, keeping its id when that id is free (so undoing a delete brings back the very same records),
 * - matching: the journal already holds it as it is; nothing to do,
 * - in conflict: the journal holds it with different details; the journal's version is kept.
 * A reference the journal has lost (a note whose person was deleted) is filled in from the file: that adds, it
 * replaces nothing.
 * The plan is worked out without writing (the preview), and applied in one transaction that works it out again.
 */
import type { ImportPreview, JournalCounts, MergeEntry } from '../../../src-shared/api/journal-types.ts';
import { dueKeys, parseDueKey } from '../../../src-shared/due/index.ts';
import { rebuildDue } from '../due.ts';
import type { Db } from '../sql.ts';
import { exportJournal, journalCounts } from './export.ts';
import type { ApplicationRecord, FollowUpRecord, InterviewRecord, JournalFile, PersonRecord } from './format.ts';
import { assertEmptyJournal } from './import.ts';
import { parseJournalFile } from './parse.ts';

type Verdict = 'new' | 'matching' | 'conflict';

interface Planned<R> {
  record: R;
  verdict: Verdict;
  /** The journal's id for this record: the existing one when it matches or conflicts. */
  existingId: number | null;
  /** Fields that differ, for a conflict. */
  differs: string[];
  /** References the journal lacks and the file has (a person or interview deleted since): filled in, never replaced. */
  fills: string[];
}

export interface MergePlan {
  people: Planned<PersonRecord>[];
  applications: Planned<ApplicationRecord>[];
  interviews: Planned<InterviewRecord>[];
  followUps: Planned<FollowUpRecord>[];
  newWords: string[];
  settings: { take: Partial<JournalFile['settings']>; differs: string[] };
}

const fold = (text: string) => text.normalize('NFC').trim().toLocaleLowerCase();
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function differing<T extends object>(ours: T, theirs: T, fields: (keyof T)[]): string[] {
  return fields.filter((field) => !same(ours[field], theirs[field])).map(String);
}

/** Matches one table; `mapped` turns a file record into the journal's terms (its references remapped). */
/** A reference the journal lost (null, or a list missing some ids) that the file still has, all of them known here. */
function fillable(ours: unknown, theirs: unknown): boolean {
  if (Array.isArray(ours) && Array.isArray(theirs)) return ours.every((id) => theirs.includes(id)) && theirs.every((id) => typeof id === 'number' && id > 0);
  return ours === null && typeof theirs === 'number' && theirs > 0;
}

function plan<R extends { id: number }>(
  records: R[],
  existing: R[],
  keyOf: (record: R) => string,
  compare: (keyof R)[],
  mapped: (record: R) => R = (record) => record,
  references: (keyof R)[] = [],
): Planned<R>[] {
  const byKey = new Map(existing.map((record) => [keyOf(record), record]));
  return records.map((record) => {
    const inJournalTerms = mapped(record);
    const found = byKey.get(keyOf(inJournalTerms));
    if (!found) return { record, verdict: 'new', existingId: null, differs: [], fills: [] };
    const fills = references.filter((field) => !same(found[field], inJournalTerms[field]) && fillable(found[field], inJournalTerms[field])).map(String);
    const differs = differing(found, inJournalTerms, compare).filter((field) => !fills.includes(field));
    return { record, verdict: differs.length ? 'conflict' : 'matching', existingId: found.id, differs, fills };
  });
}

/** The file's id → the journal's id, for the records that already have one there. */
const idMap = (planned: Planned<{ id: number }>[]) => new Map(planned.flatMap((p) => (p.existingId === null ? [] : [[p.record.id, p.existingId] as const])));

export function planMerge(db: Db, file: JournalFile): MergePlan {
  const journal = exportJournal(db, '', Date.now());
  const people = plan(file.people, journal.people, (p) => `${fold(p.name)}|${fold(p.email)}`, ['title', 'company', 'phone', 'isRecruiter', 'notes']);
  // A new record keeps its id when that is free: it is then already known here; otherwise it stands apart (negative).
  const ids = (records: { id: number }[]) => new Set(records.map((record) => record.id));
  const following = (map: Map<number, number>, taken: Set<number>) => (id: number) => map.get(id) ?? (taken.has(id) ? -id : id);
  const personOf = following(idMap(people), ids(journal.people));
  const person = (id: number | null | undefined) => (id == null ? null : personOf(id));

  const applications = plan(
    file.applications,
    journal.applications.map((a) => ({ ...a, referrerId: a.referrerId ?? null })),
    (a) => `${fold(a.company)}|${fold(a.role)}`,
    ['jobUrl', 'source', 'status', 'appliedOn', 'recruiterId', 'referrerId', 'notes'],
    (a) => ({ ...a, recruiterId: person(a.recruiterId), referrerId: person(a.referrerId) }),
    ['recruiterId', 'referrerId'],
  );
  const application = following(idMap(applications), ids(journal.applications));

  const interviews = plan(
    file.interviews,
    journal.interviews,
    (i) => `${i.applicationId}|${i.startsAt}`,
    ['round', 'format', 'endsAt', 'timeZone', 'location', 'nextStep', 'nextStepBy', 'notes', 'topics', 'interviewerIds'],
    (i) => ({ ...i, applicationId: application(i.applicationId), interviewerIds: i.interviewerIds.map((id) => person(id)!) }),
    ['interviewerIds'],
  );
  const interviewOf = following(idMap(interviews), ids(journal.interviews));
  const interview = (id: number | null) => (id === null ? null : interviewOf(id));

  const followUps = plan(
    file.followUps,
    journal.followUps,
    // Not by person or interview: deleting either keeps the note and unlinks it, and it is still the same note.
    (f) => `${f.applicationId}|${f.kind}|${f.createdAt}`,
    ['channel', 'subject', 'body', 'status', 'skipReason', 'sentAt', 'replyAt', 'recipientId', 'interviewId'],
    (f) => ({ ...f, applicationId: application(f.applicationId), recipientId: person(f.recipientId), interviewId: interview(f.interviewId) }),
    ['recipientId', 'interviewId'],
  );

  const words = new Set(journal.personalWords);
  const take: Partial<JournalFile['settings']> = {};
  const settingsDiffer: string[] = [];
  for (const key of Object.keys(file.settings) as (keyof JournalFile['settings'])[]) {
    const ours = journal.settings[key];
    const theirs = file.settings[key];
    if (same(ours, theirs)) continue;
    // A setting never filled in here is taken from the file; one set differently here stays as it is.
    if (ours === '') Object.assign(take, { [key]: theirs });
    else settingsDiffer.push(key);
  }
  return {
    people,
    applications,
    interviews,
    followUps,
    newWords: file.personalWords.filter((word) => !words.has(word)),
    settings: { take, differs: settingsDiffer },
  };
}

const ENTRY_LIMIT = 50;

function entries<R>(planned: Planned<R>[], verdict: Verdict, label: (record: R) => string, kind: MergeEntry['kind']): MergeEntry[] {
  return planned
    .filter((p) => p.verdict === verdict)
    .slice(0, ENTRY_LIMIT)
    .map((p) => ({ kind, label: label(p.record), differs: p.differs }));
}

/** What a merge would do, in words for the preview; nothing is written. */
export function describeMerge(file: JournalFile, merge: MergePlan): Omit<ImportPreview, 'journalEmpty'> {
  const people = new Map(file.people.map((p) => [p.id, p.name]));
  const apps = new Map(file.applications.map((a) => [a.id, a.company]));
  const label = {
    person: (p: PersonRecord) => p.name,
    application: (a: ApplicationRecord) => (a.role ? `${a.company} · ${a.role}` : a.company),
    interview: (i: InterviewRecord) => `${apps.get(i.applicationId) ?? 'An application'}: ${i.round} interview, ${i.startsAt.slice(0, 10)}`,
    note: (f: FollowUpRecord) => `${apps.get(f.applicationId) ?? 'An application'}: ${f.kind.replace('-', ' ')}${f.recipientId ? ` to ${people.get(f.recipientId) ?? 'someone'}` : ''}`,
  };
  const all = (verdict: Verdict): MergeEntry[] => [
    ...entries(merge.applications, verdict, label.application, 'application'),
    ...entries(merge.interviews, verdict, label.interview, 'interview'),
    ...entries(merge.people, verdict, label.person, 'person'),
    ...entries(merge.followUps, verdict, label.note, 'note'),
  ];
  const count = (verdict: Verdict): JournalCounts => ({
    people: merge.people.filter((p) => p.verdict === verdict).length,
    applications: merge.applications.filter((p) => p.verdict === verdict).length,
    interviews: merge.interviews.filter((p) => p.verdict === verdict).length,
    followUps: merge.followUps.filter((p) => p.verdict === verdict).length,
  });
  const conflicts = all('conflict');
  if (merge.settings.differs.length > 0) conflicts.push({ kind: 'settings', label: 'Settings', differs: merge.settings.differs });
  return {
    counts: { new: count('new'), matching: count('matching'), conflicts: count('conflict') },
    newWords: merge.newWords.length,
    new: all('new'),
    matching: all('matching'),
    conflicts,
  };
}

export function previewImport(db: Db, text: string): ImportPreview {
  const file = parseJournalFile(text);
  let journalEmpty = true;
  try {
    assertEmptyJournal(db);
  } catch {
    journalEmpty = false;
  }
  return { journalEmpty, ...describeMerge(file, planMerge(db, file)) };
}

/** Writes what is new, in one transaction; conflicts keep the journal's version. Answers the journal's counts. */
export function mergeJournal(db: Db, text: string): { counts: JournalCounts; added: JournalCounts } {
  const file = parseJournalFile(text);
  const added = db
    .transaction(() => {
      const merge = planMerge(db, file);
      const free = (table: string, id: number) => db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) === undefined;
      const keepId = (table: string, id: number) => (free(table, id) ? id : null);

      const personIds = new Map<number, number>();
      const insertPerson = db.prepare(
        `INSERT INTO people (id, name, title, company, email, phone, is_recruiter, notes, created_at, updated_at, revision)
         VALUES (@id, @name, @title, @company, @email, @phone, @isRecruiter, @notes, @createdAt, @updatedAt, @revision) RETURNING id`,
      );
      for (const p of merge.people) {
        if (p.verdict !== 'new') personIds.set(p.record.id, p.existingId!);
        else personIds.set(p.record.id, (insertPerson.get({ ...p.record, id: keepId('people', p.record.id), isRecruiter: p.record.isRecruiter ? 1 : 0, revision: p.record.revision ?? 0 }) as { id: number }).id);
      }
      const person = (id: number | null | undefined) => (id == null ? null : (personIds.get(id) ?? null));

      const applicationIds = new Map<number, number>();
      const insertApplication = db.prepare(
        `INSERT INTO applications (id, company, role, job_url, source, status, applied_on, status_changed_at, recruiter_id, referrer_id, notes, created_at,
           updated_at, revision)
         VALUES (@id, @company, @role, @jobUrl, @source, @status, @appliedOn, @statusChangedAt, @recruiterId, @referrerId, @notes, @createdAt,
           @updatedAt, @revision) RETURNING id`,
      );
      for (const a of merge.applications) {
        if (a.verdict !== 'new') applicationIds.set(a.record.id, a.existingId!);
        else {
          const row = {
            ...a.record,
            id: keepId('applications', a.record.id),
            recruiterId: person(a.record.recruiterId),
            referrerId: person(a.record.referrerId),
            revision: a.record.revision ?? 0,
          };
          applicationIds.set(a.record.id, (insertApplication.get(row) as { id: number }).id);
        }
      }

      // What belongs to an application the merge adds: its status history and its job posting.
      const newApplications = new Set(merge.applications.filter((a) => a.verdict === 'new').map((a) => a.record.id));
      const change = db.prepare('INSERT INTO status_changes (id, application_id, status, changed_at) VALUES (@id, @applicationId, @status, @changedAt)');
      for (const a of merge.applications.filter((p) => p.verdict === 'new')) {
        const history = (file.statusChanges ?? []).filter((c) => c.applicationId === a.record.id);
        const rows = history.length > 0 ? history : [{ id: 0, applicationId: a.record.id, status: a.record.status, changedAt: a.record.statusChangedAt }];
        for (const c of rows) {
          const id = c.id > 0 && db.prepare('SELECT 1 FROM status_changes WHERE id = ?').get(c.id) === undefined ? c.id : null;
          change.run({ ...c, id, applicationId: applicationIds.get(c.applicationId)! });
        }
      }
      const posting = db.prepare(
        `INSERT OR IGNORE INTO job_postings (application_id, text, salary_min, salary_max, salary_currency, salary_period, location, workplace, closes_on, keywords, updated_at)
         VALUES (@applicationId, @text, @salaryMin, @salaryMax, @salaryCurrency, @salaryPeriod, @location, @workplace, @closesOn, @keywords, @updatedAt)`,
      );
      for (const p of file.jobPostings ?? []) {
        if (newApplications.has(p.applicationId)) posting.run({ ...p, applicationId: applicationIds.get(p.applicationId)!, keywords: JSON.stringify(p.keywords) });
      }
      // Company records the journal lacks, by name: the file's own, then any a new application names.
      const companyKnown = (name: string) => db.prepare('SELECT 1 FROM companies WHERE name = ? COLLATE NOCASE').get(name) !== undefined;
      const company = db.prepare('INSERT INTO companies (id, name, aliases, domain, notes, created_at, updated_at) VALUES (@id, @name, @aliases, @domain, @notes, @createdAt, @updatedAt)');
      for (const c of file.companies ?? []) {
        if (!companyKnown(c.name)) company.run({ ...c, id: keepId('companies', c.id), aliases: JSON.stringify(c.aliases) });
      }
      for (const a of merge.applications.filter((p) => p.verdict === 'new')) {
        if (!companyKnown(a.record.company)) {
          company.run({ id: null, name: a.record.company, aliases: '[]', domain: '', notes: '', createdAt: a.record.createdAt, updatedAt: a.record.createdAt });
        }
      }

      const interviewIds = new Map<number, number>();
      const insertInterview = db.prepare(
        `INSERT INTO interviews (id, application_id, round, format, starts_at, ends_at, time_zone, location, next_step, next_step_by, notes, topics,
           created_at, updated_at, revision, calendar_uid, calendar_sequence, cancelled_at)
         VALUES (@id, @applicationId, @round, @format, @startsAt, @endsAt, @timeZone, @location, @nextStep, @nextStepBy, @notes, @topics,
           @createdAt, @updatedAt, @revision, @calendarUid, @calendarSequence, @cancelledAt) RETURNING id`,
      );
      const link = db.prepare('INSERT OR IGNORE INTO interview_people (interview_id, person_id, position) VALUES (?, ?, ?)');
      for (const i of merge.interviews) {
        if (i.verdict !== 'new') {
          interviewIds.set(i.record.id, i.existingId!);
          continue;
        }
        const { interviewerIds, ...fields } = i.record;
        // An invitation's UID belongs to one interview: a second copy of it comes without it.
        const uid = fields.calendarUid ?? null;
        const uidFree = uid === null || db.prepare('SELECT 1 FROM interviews WHERE calendar_uid = ?').get(uid) === undefined;
        const row = {
          ...fields,
          id: keepId('interviews', i.record.id),
          applicationId: applicationIds.get(i.record.applicationId)!,
          topics: JSON.stringify(fields.topics),
          revision: fields.revision ?? 0,
          calendarUid: uidFree ? uid : null,
          calendarSequence: fields.calendarSequence ?? 0,
          cancelledAt: fields.cancelledAt ?? null,
        };
        const id = (insertInterview.get(row) as { id: number }).id;
        interviewIds.set(i.record.id, id);
        interviewerIds.forEach((personId, position) => link.run(id, person(personId), position));
      }

      const insertFollowUp = db.prepare(
        `INSERT INTO followups (id, application_id, interview_id, recipient_id, kind, channel, subject, body, status, skip_reason, due_key, due_at,
           sent_at, reply_at, created_at, updated_at, ignored_flags, revision)
         VALUES (@id, @applicationId, @interviewId, @recipientId, @kind, @channel, @subject, @body, @status, @skipReason, @dueKey, @dueAt,
           @sentAt, @replyAt, @createdAt, @updatedAt, @ignoredFlags, @revision)`,
      );
      const maps = { person: personIds, application: applicationIds, interview: interviewIds };
      let notes = 0;
      for (const f of merge.followUps) {
        if (f.verdict !== 'new') continue;
        insertFollowUp.run({
          ...f.record,
          id: keepId('followups', f.record.id),
          applicationId: applicationIds.get(f.record.applicationId)!,
          interviewId: f.record.interviewId === null ? null : (interviewIds.get(f.record.interviewId) ?? null),
          recipientId: person(f.record.recipientId),
          dueKey: remapDueKey(f.record.dueKey, maps),
          ignoredFlags: JSON.stringify(f.record.ignoredFlags ?? []),
          revision: f.record.revision ?? 0,
        });
        notes += 1;
      }

      // References the journal lost, back from the file (the records they point at exist again by now).
      const fill = (table: string, column: string, id: number, value: number | null) =>
        value !== null && db.prepare(`UPDATE ${table} SET ${column} = ? WHERE id = ? AND ${column} IS NULL`).run(value, id);
      for (const a of merge.applications) {
        if (a.fills.includes('recruiterId')) fill('applications', 'recruiter_id', a.existingId!, person(a.record.recruiterId));
        if (a.fills.includes('referrerId')) fill('applications', 'referrer_id', a.existingId!, person(a.record.referrerId));
      }
      for (const i of merge.interviews) {
        if (!i.fills.includes('interviewerIds')) continue;
        // In the file's order, which is the order they were listed in.
        const place = db.prepare('UPDATE interview_people SET position = ? WHERE interview_id = ? AND person_id = ?');
        i.record.interviewerIds.forEach((personId, position) => {
          const id = person(personId);
          if (id === null) return;
          link.run(i.existingId!, id, position);
          place.run(position, i.existingId!, id);
        });
      }
      for (const f of merge.followUps) {
        if (f.fills.includes('recipientId')) fill('followups', 'recipient_id', f.existingId!, person(f.record.recipientId));
        if (f.fills.includes('interviewId')) fill('followups', 'interview_id', f.existingId!, f.record.interviewId === null ? null : (interviewIds.get(f.record.interviewId) ?? null));
      }

      const word = db.prepare('INSERT OR IGNORE INTO personal_words (word) VALUES (?)');
      for (const w of merge.newWords) word.run(w);
      const setting = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
      for (const [key, value] of Object.entries(merge.settings.take)) setting.run(key, JSON.stringify(value));
      rebuildDue(db);
      const newOf = (planned: Planned<unknown>[]) => planned.filter((p) => p.verdict === 'new').length;
      return { people: newOf(merge.people), applications: newOf(merge.applications), interviews: newOf(merge.interviews), followUps: notes };
    })
    .immediate();
  return { counts: journalCounts(db), added };
}

/** A note's reminder key names records by id: it follows them to their ids in this journal, or is dropped. */
function remapDueKey(key: string | null, maps: { person: Map<number, number>; application: Map<number, number>; interview: Map<number, number> }): string | null {
  const parsed = key === null ? null : parseDueKey(key);
  if (!parsed) return null;
  const interview = parsed.interviewId === undefined ? undefined : maps.interview.get(parsed.interviewId);
  switch (parsed.kind) {
    case 'thank-you': {
      const person = parsed.personId === undefined ? undefined : maps.person.get(parsed.personId);
      return interview !== undefined && person !== undefined ? dueKeys.thankYou(interview, person) : null;
    }
    case 'recruiter-update':
      return interview !== undefined ? dueKeys.recruiterUpdate(interview) : null;
    case 'status-check':
      return interview !== undefined && parsed.sequence !== undefined ? dueKeys.statusCheck(interview, parsed.sequence) : null;
    case 'feedback-request': {
      const application = parsed.applicationId === undefined ? undefined : maps.application.get(parsed.applicationId);
      return application !== undefined ? dueKeys.feedbackRequest(application) : null;
    }
    default:
      return null;
  }
}
