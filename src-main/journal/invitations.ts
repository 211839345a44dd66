/**
 * Calendar invitations into the journal: what an invitation matches (people, an application, an interview imported
 * before) and the interview it creates, updates or cancels. The invitation itself is read by `src-main/calendar`.
 */
import type { AttendeeMatch, ApplicationChoice, Invitation, InvitationImportResult, InvitationPreview } from '../../src-shared/api/calendar-types.ts';
import type { InterviewFormat, InterviewRound } from '../../src-shared/api/journal-types.ts';
import { applicationCreate, interviewCreate, personCreate } from '../../src-shared/api/journal-schemas.ts';
import { AppError } from '../../src-shared/api/result.ts';
import { organisationLabel } from '../calendar/index.ts';
import { createApplication } from './applications.ts';
import { refreshDue } from './due.ts';
import { createInterview, getInterview } from './interviews.ts';
import { insertPerson } from './people.ts';
import { getSettings } from './settings.ts';
import { inTransaction, invalid, isoNow, sql, touchApplication, type Db } from './sql.ts';

/** "Müller GmbH" → "muller": case, accents, punctuation and legal forms do not tell companies apart. */
export function companyKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\b(inc|incorporated|ltd|limited|llc|plc|gmbh|ag|sa|sas|bv|nv|srl|corp|corporation|co|company|group)\b\.?/g, '')
    .replace(/[^a-z0-9]/g, '');
}

const personKey = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

interface PersonRow {
  id: number;
  name: string;
  email: string;
}

function matchAttendees(db: Db, invitation: Invitation): AttendeeMatch[] {
  const you = getSettings(db).userEmail.trim().toLowerCase();
  const people = sql(db, 'SELECT id, name, email FROM people').all() as PersonRow[];
  const byEmail = new Map(people.filter((p) => p.email).map((p) => [p.email.trim().toLowerCase(), p]));
  const byName = new Map<string, PersonRow[]>();
  for (const p of people) byName.set(personKey(p.name), [...(byName.get(personKey(p.name)) ?? []), p]);
  return invitation.attendees.map((attendee, index) => {
    const isYou = you !== '' && attendee.email === you;
    const email = attendee.email ? byEmail.get(attendee.email) : undefined;
    // A name shared by two people in the journal is no match: the address would have to decide.
    const named = byName.get(personKey(attendee.name));
    const person = email ?? (named?.length === 1 ? named[0] : undefined);
    return {
      ...attendee,
      index,
      personId: isYou ? null : (person?.id ?? null),
      personName: isYou ? null : (person?.name ?? null),
      matchedBy: isYou || !person ? null : email ? 'email' : 'name',
      isYou,
    };
  });
}

interface ApplicationRow extends ApplicationChoice {
  status: string;
}

/** The application an invitation belongs to: by company name (in the title or guessed), else by the organiser's domain. */
function matchApplication(applications: ApplicationRow[], invitation: Invitation, you: string): InvitationPreview['application'] {
  const active = [...applications].sort((a, b) => Number(b.status === 'active') - Number(a.status === 'active'));
  const titleKey = companyKey(invitation.title);
  const guessed = companyKey(invitation.company);
  const byCompany = active.find((a) => {
    const key = companyKey(a.company);
    return key.length >= 2 && (key === guessed || (key.length >= 4 && titleKey.includes(key)));
  });
  if (byCompany) return { id: byCompany.id, company: byCompany.company, role: byCompany.role, matchedBy: 'company' };
  const labels = [invitation.organizer, ...invitation.attendees]
    .filter((p) => p && p.email && p.email !== you)
    .map((p) => organisationLabel(p!.email))
    .filter((label): label is string => label !== null)
    .map((label) => label.replace(/[^a-z0-9]/g, ''));
  const byDomain = active.find((a) => {
    const key = companyKey(a.company);
    return key.length >= 3 && labels.some((label) => label === key || (label.length >= 4 && (label.startsWith(key) || key.startsWith(label))));
  });
  return byDomain ? { id: byDomain.id, company: byDomain.company, role: byDomain.role, matchedBy: 'domain' } : null;
}

interface ExistingRow {
  id: number;
  application_id: number;
  starts_at: string;
  cancelled_at: string | null;
  calendar_sequence: number;
}

function existingInterview(db: Db, uid: string): ExistingRow | undefined {
  return sql(db, 'SELECT id, application_id, starts_at, cancelled_at, calendar_sequence FROM interviews WHERE calendar_uid = ?').get(uid) as
    | ExistingRow
    | undefined;
}

/** What importing `invitation` would do. Writes nothing. */
export function previewInvitation(db: Db, invitation: Invitation, fileName: string): InvitationPreview {
  const applications = sql(db, 'SELECT id, company, role, status FROM applications ORDER BY updated_at DESC, id DESC LIMIT 1000').all() as ApplicationRow[];
  const existing = existingInterview(db, invitation.uid);
  const you = getSettings(db).userEmail.trim().toLowerCase();
  let application = matchApplication(applications, invitation, you);
  if (existing) {
    const own = applications.find((a) => a.id === existing.application_id);
    if (own) application = { id: own.id, company: own.company, role: own.role, matchedBy: 'uid' };
  }
  return {
    fileName,
    invitation,
    attendees: matchAttendees(db, invitation),
    application,
    applications: applications.map(({ id, company, role }) => ({ id, company, role })),
    existing: existing
      ? { interviewId: existing.id, applicationId: existing.application_id, startsAt: existing.starts_at, cancelled: existing.cancelled_at !== null }
      : null,
    action: invitation.cancelled ? 'cancel' : existing ? 'update' : 'create',
  };
}

export interface InvitationChoice {
  applicationId?: number | undefined;
  newApplication?: { company: string; role?: string | undefined } | undefined;
  round?: InterviewRound | undefined;
  format?: InterviewFormat | undefined;
  /** The attendees to record as interviewers, each as a person already in the journal or (null) a new one. */
  attendees?: { index: number; personId: number | null }[] | undefined;
}

/** Where the interview happens: the video link for a video call, else the address the invitation gives. */
function placeOf(invitation: Invitation, format: InterviewFormat): string {
  const url = invitation.meetingUrl && invitation.meetingUrl.length <= 500 ? invitation.meetingUrl : null;
  return (format === 'video' ? (url ?? invitation.location) : invitation.location || url || '').replace(/\s*\n\s*/g, ', ').slice(0, 500);
}

function chosenAttendees(db: Db, invitation: Invitation, choice: InvitationChoice) {
  const matches = matchAttendees(db, invitation);
  const picked = choice.attendees ?? matches.filter((m) => !m.isYou).map((m) => ({ index: m.index, personId: m.personId }));
  const ids: number[] = [];
  const fresh: { name: string; email: string }[] = [];
  picked.forEach((pick, position) => {
    const match = matches[pick.index];
    if (!match) throw invalid(`attendees.${position}.index`, 'The invitation has no such attendee.');
    if (match.isYou) return;
    if (pick.personId !== null) {
      if (!sql(db, 'SELECT 1 FROM people WHERE id = ?').get(pick.personId)) {
        throw invalid(`attendees.${position}.personId`, 'That person is not in the journal (they may have been deleted).');
      }
      ids.push(pick.personId);
    } else fresh.push({ name: match.name, email: match.email });
  });
  return { ids, fresh };
}

/** A person made from an invitation's attendee; names and addresses are cut to what the journal holds. */
const newPerson = (p: { name: string; email: string }, company: string) =>
  personCreate.parse({ name: p.name.slice(0, 200), email: p.email.length <= 200 ? p.email : '', company: company.slice(0, 200) });

const dueKeysOf = (db: Db, interviewId: number) =>
  (sql(db, 'SELECT key FROM due_items WHERE interview_id = ? ORDER BY due_at, key').all(interviewId) as { key: string }[]).map((r) => r.key);

/**
 * Creates the interview, updates the one imported from the same UID before (its time, place and new attendees;
 * a re-sent invitation also undoes a cancellation), or cancels it. One transaction: all of it or nothing.
 */
export function importInvitation(db: Db, invitation: Invitation, choice: InvitationChoice, now: number = Date.now()): InvitationImportResult {
  return inTransaction(db, () => {
    const existing = existingInterview(db, invitation.uid);
    if (existing && invitation.sequence < existing.calendar_sequence) {
      throw new AppError(
        'conflict',
        `This invitation is older than the one already imported (update ${invitation.sequence}, the journal has update ${existing.calendar_sequence}), so the interview keeps its newer details.`,
      );
    }
    if (invitation.cancelled) {
      if (!existing) {
        throw new AppError('not-found', 'This cancellation is for an interview that is not in the journal, so there is nothing to cancel.');
      }
      // A change like any other: a form left open on the interview must not save over it unawares.
      sql(db, 'UPDATE interviews SET cancelled_at = coalesce(cancelled_at, ?), calendar_sequence = ?, updated_at = ?, revision = revision + 1 WHERE id = ?').run(
        isoNow(now),
        invitation.sequence,
        isoNow(now),
        existing.id,
      );
      touchApplication(db, existing.application_id, now);
      refreshDue(db, existing.application_id);
      return { action: 'cancelled', interviewId: existing.id, applicationId: existing.application_id, dueKeys: [] };
    }

    const { ids, fresh } = chosenAttendees(db, invitation, choice);
    if (existing) {
      const current = getInterview(db, existing.id);
      const format = choice.format ?? current.format;
      const company = (sql(db, 'SELECT company FROM applications WHERE id = ?').get(existing.application_id) as { company: string }).company;
      const linked = current.interviewers.map((p) => p.id);
      const link = sql(db, 'INSERT OR IGNORE INTO interview_people (interview_id, person_id, position) VALUES (?, ?, ?)');
      let position = linked.length;
      for (const id of ids) if (!linked.includes(id)) link.run(existing.id, id, position++);
      for (const person of fresh) link.run(existing.id, insertPerson(db, newPerson(person, company), now).id, position++);
      sql(
        db,
        `UPDATE interviews SET starts_at = ?, ends_at = ?, time_zone = ?, location = ?, round = ?, format = ?, cancelled_at = NULL,
           calendar_sequence = ?, updated_at = ?, revision = revision + 1 WHERE id = ?`,
      ).run(invitation.startsAt, invitation.endsAt, invitation.timeZone, placeOf(invitation, format), choice.round ?? current.round, format, invitation.sequence, isoNow(now), existing.id);
      touchApplication(db, existing.application_id, now);
      refreshDue(db, existing.application_id);
      return { action: 'updated', interviewId: existing.id, applicationId: existing.application_id, dueKeys: dueKeysOf(db, existing.id) };
    }

    let applicationId = choice.applicationId;
    if (applicationId === undefined) {
      const company = choice.newApplication?.company.trim();
      if (!company) throw invalid('applicationId', 'Choose the application this interview belongs to, or name the company for a new one.');
      applicationId = createApplication(db, applicationCreate.parse({ company, role: choice.newApplication?.role ?? '' }), now).id;
    }
    const company = sql(db, 'SELECT company FROM applications WHERE id = ?').get(applicationId) as { company: string } | undefined;
    if (!company) throw invalid('applicationId', 'That application is not in the journal (it may have been deleted).');
    const format = choice.format ?? invitation.format;
    const interview = createInterview(
      db,
      interviewCreate.parse({
        applicationId,
        round: choice.round ?? invitation.round,
        format,
        startsAt: invitation.startsAt,
        endsAt: invitation.endsAt,
        timeZone: invitation.timeZone,
        location: placeOf(invitation, format),
        interviewerIds: ids,
        newInterviewers: fresh.map((p) => newPerson(p, company.company)),
      }),
      now,
    );
    sql(db, 'UPDATE interviews SET calendar_uid = ?, calendar_sequence = ? WHERE id = ?').run(invitation.uid, invitation.sequence, interview.id);
    return { action: 'created', interviewId: interview.id, applicationId, dueKeys: dueKeysOf(db, interview.id) };
  });
}
