/** Journal methods: applications, interviews, people, follow-ups, due, search and settings. */
import type Database from 'better-sqlite3';
import type { Handlers } from '../../src-shared/api/contract.ts';
import * as journal from '../journal/index.ts';

export type JournalHandlers = Omit<Handlers, `app.${string}`>;

/** `clock` is the moment "now" for every write and for the due list; tests pin it. */
export function journalHandlers(db: Database.Database, clock: () => number = Date.now): JournalHandlers {
  const at = (iso: string | undefined) => (iso === undefined ? clock() : Date.parse(iso));
  return {
    'applications.list': (input) => journal.listApplications(db, input ?? {}, clock()),
    'applications.get': ({ id }) => journal.getApplicationDetail(db, id, clock()),
    'applications.create': (input) => journal.createApplication(db, input, clock()),
    'applications.update': (input) => journal.updateApplication(db, input, clock()),
    'applications.delete': ({ id }) => journal.deleteApplication(db, id),

    'interviews.get': ({ id }) => journal.getInterview(db, id),
    'interviews.create': (input) => journal.createInterview(db, input, clock()),
    'interviews.update': (input) => journal.updateInterview(db, input, clock()),
    'interviews.delete': ({ id }) => journal.deleteInterview(db, id),

    'people.list': (input) => journal.listPeople(db, input ?? {}),
    'people.get': ({ id }) => journal.getPersonDetail(db, id),
    'people.create': (input) => journal.createPerson(db, input, clock()),
    'people.update': (input) => journal.updatePerson(db, input, clock()),
    'people.delete': ({ id }) => journal.deletePerson(db, id),

    'followups.list': (input) => journal.listFollowUps(db, input ?? {}),
    'followups.get': ({ id }) => journal.getFollowUpDetail(db, id),
    'followups.create': (input) => journal.createFollowUp(db, input, clock()),
    'followups.update': (input) => journal.updateFollowUp(db, input, clock()),
    'followups.saveDraft': ({ id, subject, body }) => journal.saveDraft(db, id, subject, body, clock()),
    'followups.setStatus': (input) => journal.setFollowUpStatus(db, input, clock()),
    'followups.delete': ({ id }) => journal.deleteFollowUp(db, id),
    'followups.openDue': ({ key, now }) => journal.openDue(db, key, at(now)),
    'followups.reviewContext': ({ id }) => journal.reviewContext(db, id),

    'due.list': (input) => journal.listDue(db, at(input?.now)),

    'search.query': ({ text, limit }) => journal.searchJournal(db, text, limit),

    'settings.get': () => journal.getSettings(db),
    'settings.update': (input) => journal.updateSettings(db, input),
    'settings.addPersonalWord': ({ word }) => journal.addPersonalWord(db, word),
    'settings.removePersonalWord': ({ word }) => journal.removePersonalWord(db, word),
  };
}
