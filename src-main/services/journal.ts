/** Journal methods: applications, interviews, people, follow-ups, due, search and settings. */
import type Database from 'better-sqlite3';
import type { Handlers } from '../../src-shared/api/contract.ts';
import { addDays, instantOnDate, localDate } from '../../src-shared/due/index.ts';
import * as journal from '../journal/index.ts';
import { systemTimeZone } from './calendar.ts';
import type { TrackerMethod } from './tracker.ts';

/** The user's morning: 09:00 tomorrow where they are. */
const MORNING_HOUR = 9;

export function snoozeUntil(until: 'hour' | 'tomorrow-morning', now: number, zone: string): string {
  if (until === 'hour') return new Date(now + 3_600_000).toISOString();
  return new Date(instantOnDate(addDays(localDate(now, zone), 1), MORNING_HOUR, 0, zone)).toISOString();
}

export type JournalHandlers = Omit<
  Handlers,
  `app.${string}` | `backups.${string}` | `recovery.${string}` | `journal.${string}` | `export.${string}` | `calendar.${string}` | TrackerMethod
>;

/**
 * `current` answers the journal's connection at the moment of the call (a restore replaces it); `clock` is the
 * moment "now" for every write and for the due list, which tests pin.
 */
export function journalHandlers(current: () => Database.Database, clock: () => number = Date.now): JournalHandlers {
  const at = (iso: string | undefined) => (iso === undefined ? clock() : Date.parse(iso));
  return {
    'applications.list': (input) => journal.listApplications(current(), input ?? {}, clock()),
    'applications.get': ({ id }) => journal.getApplicationDetail(current(), id, clock()),
    'applications.create': (input) => journal.createApplication(current(), input, clock()),
    'applications.update': (input) => journal.updateApplication(current(), input, clock()),
    'applications.delete': ({ id }) => journal.deleteApplication(current(), id),

    'interviews.get': ({ id }) => journal.getInterview(current(), id),
    'interviews.create': (input) => journal.createInterview(current(), input, clock()),
    'interviews.update': (input) => journal.updateInterview(current(), input, clock()),
    'interviews.delete': ({ id }) => journal.deleteInterview(current(), id),

    'people.list': (input) => journal.listPeople(current(), input ?? {}),
    'people.get': ({ id }) => journal.getPersonDetail(current(), id),
    'people.create': (input) => journal.createPerson(current(), input, clock()),
    'people.update': (input) => journal.updatePerson(current(), input, clock()),
    'people.delete': ({ id }) => journal.deletePerson(current(), id),

    'followups.list': (input) => journal.listFollowUps(current(), input ?? {}),
    'followups.get': ({ id }) => journal.getFollowUpDetail(current(), id),
    'followups.create': (input) => journal.createFollowUp(current(), input, clock()),
    'followups.update': (input) => journal.updateFollowUp(current(), input, clock()),
    'followups.saveDraft': ({ id, subject, body, baseRevision }) => journal.saveDraft(current(), id, subject, body, clock(), baseRevision),
    'followups.setStatus': (input) => journal.setFollowUpStatus(current(), input, clock()),
    'followups.delete': ({ id }) => journal.deleteFollowUp(current(), id),
    'followups.openDue': ({ key, now }) => journal.openDue(current(), key, at(now)),
    'followups.reviewContext': ({ id }) => journal.reviewContext(current(), id),
    'followups.ignoreFlag': (input) => journal.setFlagIgnored(current(), input, true),
    'followups.unignoreFlag': (input) => journal.setFlagIgnored(current(), input, false),

    'due.list': (input) => journal.listDue(current(), at(input?.now)),
    'due.snooze': ({ key, until, timeZone }) => journal.snoozeDue(current(), key, snoozeUntil(until, clock(), timeZone ?? systemTimeZone())),
    'due.unsnooze': ({ key }) => journal.unsnoozeDue(current(), key),
    'due.dismiss': ({ key, reason }) => journal.dismissDue(current(), key, reason, clock()),

    'search.query': ({ text, limit }) => journal.searchJournal(current(), text, limit),

    'settings.get': () => journal.getSettings(current()),
    'settings.update': (input) => journal.updateSettings(current(), input),
    'settings.addPersonalWord': ({ word }) => journal.addPersonalWord(current(), word),
    'settings.removePersonalWord': ({ word }) => journal.removePersonalWord(current(), word),
  };
}
