/**
 * Schema history. One entry per version, applied in order inside a transaction that ends by setting
 * `PRAGMA user_version`, so a journal is always at exactly one known version. Never edit a released migration:
 * add the next one.
 */
import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

const STATUSES = `'active', 'offer', 'rejected', 'withdrawn'`;
const SOURCES = `'referral', 'job-board', 'recruiter', 'company-site', 'network', 'other'`;
const ROUNDS = `'screen', 'technical', 'panel', 'final', 'other'`;
const FORMATS = `'phone', 'video', 'on-site'`;
const KINDS = `'thank-you', 'status-check', 'feedback-request', 'recruiter-update', 'other'`;
const CHANNELS = `'email', 'text', 'phone', 'letter'`;

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'journal',
    up(db) {
      db.exec(`
        CREATE TABLE settings (
          key TEXT PRIMARY KEY NOT NULL,
          value TEXT NOT NULL
        ) STRICT;

        CREATE TABLE personal_words (
          word TEXT PRIMARY KEY NOT NULL
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE people (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL CHECK (length(trim(name)) > 0),
          title TEXT NOT NULL DEFAULT '',
          company TEXT NOT NULL DEFAULT '',
          email TEXT NOT NULL DEFAULT '',
          phone TEXT NOT NULL DEFAULT '',
          is_recruiter INTEGER NOT NULL DEFAULT 0 CHECK (is_recruiter IN (0, 1)),
          notes TEXT NOT NULL DEFAULT '',
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX people_by_name ON people (name COLLATE NOCASE);

        CREATE TABLE applications (
          id INTEGER PRIMARY KEY,
          company TEXT NOT NULL CHECK (length(trim(company)) > 0),
          role TEXT NOT NULL DEFAULT '',
          job_url TEXT NOT NULL DEFAULT '',
          source TEXT NOT NULL DEFAULT 'other' CHECK (source IN (${SOURCES})),
          status TEXT NOT NULL DEFAULT 'active' CHECK (status IN (${STATUSES})),
          applied_on TEXT,
          status_changed_at TEXT NOT NULL,
          recruiter_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
          notes TEXT NOT NULL DEFAULT '',
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX applications_by_updated ON applications (updated_at DESC, id DESC);
        CREATE INDEX applications_by_status ON applications (status, updated_at DESC, id DESC);
        CREATE INDEX applications_by_recruiter ON applications (recruiter_id) WHERE recruiter_id IS NOT NULL;

        CREATE TABLE interviews (
          id INTEGER PRIMARY KEY,
          application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
          round TEXT NOT NULL DEFAULT 'other' CHECK (round IN (${ROUNDS})),
          format TEXT NOT NULL DEFAULT 'video' CHECK (format IN (${FORMATS})),
          starts_at TEXT NOT NULL,
          ends_at TEXT NOT NULL,
          time_zone TEXT NOT NULL,
          location TEXT NOT NULL DEFAULT '',
          next_step TEXT NOT NULL DEFAULT '',
          next_step_by TEXT,
          notes TEXT NOT NULL DEFAULT '',
          topics TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(topics) AND json_type(topics) = 'array'),
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          CHECK (ends_at > starts_at)
        ) STRICT;
        CREATE INDEX interviews_by_application ON interviews (application_id, starts_at);

        CREATE TABLE interview_people (
          interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
          person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          PRIMARY KEY (interview_id, person_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX interview_people_by_person ON interview_people (person_id);

        CREATE TABLE followups (
          id INTEGER PRIMARY KEY,
          application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
          -- Kept when the interview or the person is deleted: the text is the user's own writing.
          interview_id INTEGER REFERENCES interviews (id) ON DELETE SET NULL,
          recipient_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
          kind TEXT NOT NULL CHECK (kind IN (${KINDS})),
          channel TEXT NOT NULL DEFAULT 'email' CHECK (channel IN (${CHANNELS})),
          subject TEXT NOT NULL DEFAULT '',
          body TEXT NOT NULL DEFAULT '',
          status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'skipped')),
          skip_reason TEXT NOT NULL DEFAULT '',
          due_key TEXT,
          due_at TEXT,
          sent_at TEXT,
          reply_at TEXT,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          CHECK ((status = 'skipped') = (length(skip_reason) > 0)),
          CHECK ((status = 'sent') = (sent_at IS NOT NULL))
        ) STRICT;
        CREATE INDEX followups_by_application ON followups (application_id, status);
        CREATE INDEX followups_by_interview ON followups (interview_id) WHERE interview_id IS NOT NULL;
        CREATE INDEX followups_by_recipient ON followups (recipient_id) WHERE recipient_id IS NOT NULL;
        CREATE INDEX followups_by_due_key ON followups (due_key) WHERE due_key IS NOT NULL;
        CREATE INDEX followups_drafts ON followups (updated_at DESC) WHERE status = 'draft';

        -- What the due rules plan for each application, rewritten by the journal inside every write that touches
        -- the application. The due list is then one indexed read of the few live rows, not a pass over every
        -- interview ever held; names and companies are joined at read time so a rename shows at once.
        CREATE TABLE due_items (
          key TEXT PRIMARY KEY NOT NULL,
          application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
          kind TEXT NOT NULL CHECK (kind IN ('thank-you', 'status-check', 'feedback-request', 'recruiter-update')),
          interview_id INTEGER,
          recipient_id INTEGER,
          time_zone TEXT NOT NULL,
          sequence INTEGER,
          opens_at TEXT NOT NULL,
          due_at TEXT NOT NULL,
          listed_from TEXT NOT NULL,
          lapses_at TEXT NOT NULL,
          draft_id INTEGER
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX due_items_by_lapse ON due_items (lapses_at);
        CREATE INDEX due_items_by_application ON due_items (application_id);
      `);
    },
  },
  {
    version: 2,
    name: 'full-text search',
    up(db) {
      // One index for every kind of record. The rowid encodes the record (id * 4 + kind), so the triggers update
      // a row by rowid instead of scanning for it. unicode61 with diacritics removed lets "Muller" find "Müller".
      // Prefixes of two to five characters are indexed, as every word typed into the search box passes through
      // them: a prefix the index holds is read lazily, newest first, while any other makes FTS5 gather the whole
      // list of every word it begins before answering (for "than", in nearly every note, over 5 ms each time).
      // The index is about two thirds larger for it. Past five characters, search first checks whether the word
      // as typed is broad on its own (search.ts), which answers the longer words found everywhere.
      db.exec(`
        CREATE VIRTUAL TABLE search USING fts5 (
          title, body,
          tokenize = 'unicode61 remove_diacritics 2',
          prefix = '2 3 4 5'
        );

        CREATE TRIGGER applications_search_insert AFTER INSERT ON applications BEGIN
          INSERT INTO search (rowid, title, body) VALUES (new.id * 4 + 0, new.company || ' ' || new.role, new.notes);
        END;
        CREATE TRIGGER applications_search_update AFTER UPDATE OF company, role, notes ON applications BEGIN
          DELETE FROM search WHERE rowid = old.id * 4 + 0;
          INSERT INTO search (rowid, title, body) VALUES (new.id * 4 + 0, new.company || ' ' || new.role, new.notes);
        END;
        CREATE TRIGGER applications_search_delete AFTER DELETE ON applications BEGIN
          DELETE FROM search WHERE rowid = old.id * 4 + 0;
        END;

        CREATE TRIGGER interviews_search_insert AFTER INSERT ON interviews BEGIN
          INSERT INTO search (rowid, title, body) VALUES (
            new.id * 4 + 1,
            (SELECT coalesce(group_concat(value, ' · '), '') FROM json_each(new.topics)),
            new.notes || char(10) || new.next_step || char(10) || new.location);
        END;
        CREATE TRIGGER interviews_search_update AFTER UPDATE OF topics, notes, next_step, location ON interviews BEGIN
          DELETE FROM search WHERE rowid = old.id * 4 + 1;
          INSERT INTO search (rowid, title, body) VALUES (
            new.id * 4 + 1,
            (SELECT coalesce(group_concat(value, ' · '), '') FROM json_each(new.topics)),
            new.notes || char(10) || new.next_step || char(10) || new.location);
        END;
        CREATE TRIGGER interviews_search_delete AFTER DELETE ON interviews BEGIN
          DELETE FROM search WHERE rowid = old.id * 4 + 1;
        END;

        CREATE TRIGGER people_search_insert AFTER INSERT ON people BEGIN
          INSERT INTO search (rowid, title, body)
          VALUES (new.id * 4 + 2, new.name || ' ' || new.title || ' ' || new.company, new.email || char(10) || new.notes);
        END;
        CREATE TRIGGER people_search_update AFTER UPDATE OF name, title, company, email, notes ON people BEGIN
          DELETE FROM search WHERE rowid = old.id * 4 + 2;
          INSERT INTO search (rowid, title, body)
          VALUES (new.id * 4 + 2, new.name || ' ' || new.title || ' ' || new.company, new.email || char(10) || new.notes);
        END;
        CREATE TRIGGER people_search_delete AFTER DELETE ON people BEGIN
          DELETE FROM search WHERE rowid = old.id * 4 + 2;
        END;

        CREATE TRIGGER followups_search_insert AFTER INSERT ON followups BEGIN
          INSERT INTO search (rowid, title, body) VALUES (new.id * 4 + 3, new.subject, new.body);
        END;
        CREATE TRIGGER followups_search_update AFTER UPDATE OF subject, body ON followups BEGIN
          DELETE FROM search WHERE rowid = old.id * 4 + 3;
          INSERT INTO search (rowid, title, body) VALUES (new.id * 4 + 3, new.subject, new.body);
        END;
        CREATE TRIGGER followups_search_delete AFTER DELETE ON followups BEGIN
          DELETE FROM search WHERE rowid = old.id * 4 + 3;
        END;

        -- Journals written before this version: index what is already there.
        INSERT INTO search (rowid, title, body) SELECT id * 4 + 0, company || ' ' || role, notes FROM applications;
        INSERT INTO search (rowid, title, body)
          SELECT id * 4 + 1, (SELECT coalesce(group_concat(value, ' · '), '') FROM json_each(topics)),
                 notes || char(10) || next_step || char(10) || location FROM interviews;
        INSERT INTO search (rowid, title, body)
          SELECT id * 4 + 2, name || ' ' || title || ' ' || company, email || char(10) || notes FROM people;
        INSERT INTO search (rowid, title, body) SELECT id * 4 + 3, subject, body FROM followups;
      `);
    },
  },
  {
    version: 3,
    name: 'application name filter',
    up(db) {
      // The application list's text filter matches any part of "company role". A trigram index answers that
      // without reading every application, folds case and accents beyond ASCII ("zurich" finds "Zürich"), and
      // lets the list keep walking its updated_at index, probing the matches instead of testing each row.
      db.exec(`
        CREATE VIRTUAL TABLE search_application_names USING fts5 (name, tokenize = 'trigram remove_diacritics 1');

        CREATE TRIGGER applications_name_insert AFTER INSERT ON applications BEGIN
          INSERT INTO search_application_names (rowid, name) VALUES (new.id, new.company || ' ' || new.role);
        END;
        CREATE TRIGGER applications_name_update AFTER UPDATE OF company, role ON applications BEGIN
          DELETE FROM search_application_names WHERE rowid = old.id;
          INSERT INTO search_application_names (rowid, name) VALUES (new.id, new.company || ' ' || new.role);
        END;
        CREATE TRIGGER applications_name_delete AFTER DELETE ON applications BEGIN
          DELETE FROM search_application_names WHERE rowid = old.id;
        END;

        INSERT INTO search_application_names (rowid, name) SELECT id, company || ' ' || role FROM applications;
      `);
    },
  },
  {
    version: 4,
    name: 'ignored review flags',
    up(db) {
      // "Ignore here" belongs with the note: it must survive a new browser origin and travel in an export.
      // A list of {ruleId, text} pairs, read and written whole with the note.
      db.exec(`
        ALTER TABLE followups ADD COLUMN ignored_flags TEXT NOT NULL DEFAULT '[]'
          CHECK (json_valid(ignored_flags) AND json_type(ignored_flags) = 'array');
      `);
    },
  },
  {
    version: 5,
    name: 'record revisions',
    up(db) {
      // Counts the changes to each record, so a save made from an older copy (another window or tab) is refused
      // instead of silently overwriting what was saved meanwhile. Activity ordering (`touchApplication`) is not a
      // change and leaves it alone.
      db.exec(`
        ALTER TABLE people ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE applications ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE interviews ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE followups ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
      `);
    },
  },
  {
    version: 6,
    name: 'calendar invitations and reminders',
    up(db) {
      // An interview imported from an invitation keeps the invitation's UID and SEQUENCE, so the organiser's
      // update or cancellation finds it again; a cancelled interview is kept (with its notes) but plans nothing.
      // due_reminders holds what the user asked of a reminder (snoozed until when) and which notification was
      // last shown for it, keyed like due_items but kept apart: due_items is rewritten on every write.
      db.exec(`
        ALTER TABLE interviews ADD COLUMN calendar_uid TEXT CHECK (calendar_uid IS NULL OR length(calendar_uid) > 0);
        ALTER TABLE interviews ADD COLUMN calendar_sequence INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE interviews ADD COLUMN cancelled_at TEXT;
        CREATE UNIQUE INDEX interviews_by_calendar_uid ON interviews (calendar_uid) WHERE calendar_uid IS NOT NULL;

        CREATE TABLE due_reminders (
          key TEXT PRIMARY KEY NOT NULL,
          snoozed_until TEXT,
          notified TEXT NOT NULL DEFAULT '' CHECK (notified IN ('', 'soon', 'overdue'))
        ) STRICT, WITHOUT ROWID;
      `);
    },
  },
  {
    version: 7,
    name: 'status history, job postings and companies',
    up(db) {
      db.exec(`
        -- Every status an application has had, with when. The application keeps its current status and
        -- status_changed_at (the due rules read them); this is the history the board and the insights read.
        CREATE TABLE status_changes (
          id INTEGER PRIMARY KEY,
          application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
          status TEXT NOT NULL CHECK (status IN (${STATUSES})),
          changed_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX status_changes_by_application ON status_changes (application_id, changed_at, id);

        -- Journals written before this version knew only the latest change: that is where their history starts.
        INSERT INTO status_changes (application_id, status, changed_at) SELECT id, status, status_changed_at FROM applications;

        -- The job itself, one per application. Its link is the application's job_url, kept in one place.
        CREATE TABLE job_postings (
          application_id INTEGER PRIMARY KEY REFERENCES applications (id) ON DELETE CASCADE,
          text TEXT NOT NULL DEFAULT '',
          salary_min INTEGER CHECK (salary_min IS NULL OR salary_min >= 0),
          salary_max INTEGER CHECK (salary_max IS NULL OR salary_max >= 0),
          salary_currency TEXT NOT NULL DEFAULT '',
          salary_period TEXT NOT NULL DEFAULT 'year' CHECK (salary_period IN ('year', 'month', 'day', 'hour')),
          location TEXT NOT NULL DEFAULT '',
          workplace TEXT NOT NULL DEFAULT 'unknown' CHECK (workplace IN ('on-site', 'hybrid', 'remote', 'unknown')),
          closes_on TEXT,
          keywords TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(keywords) AND json_type(keywords) = 'array'),
          updated_at TEXT NOT NULL,
          CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max)
        ) STRICT;

        -- A company as a record: its short names and website. Applications and people name a company as text;
        -- they belong to the record whose name or alias matches, case aside, so nothing else had to change.
        CREATE TABLE companies (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL CHECK (length(trim(name)) > 0),
          aliases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases) AND json_type(aliases) = 'array'),
          domain TEXT NOT NULL DEFAULT '',
          notes TEXT NOT NULL DEFAULT '',
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;
        CREATE UNIQUE INDEX companies_by_name ON companies (name COLLATE NOCASE);

        INSERT INTO companies (name, created_at, updated_at)
          SELECT company, min(created_at), min(created_at) FROM applications GROUP BY company COLLATE NOCASE;

        -- The insights page reads every application, interview and note, but only a few columns of each: these
        -- indexes hold exactly those, so it reads them instead of the rows with their long texts (10x faster on
        -- the bench's journal).
        CREATE INDEX applications_for_insights ON applications (source, applied_on, created_at);
        CREATE INDEX interviews_for_insights ON interviews (application_id, round, starts_at, ends_at);
        CREATE INDEX followups_replies ON followups (application_id, reply_at) WHERE reply_at IS NOT NULL;
        CREATE INDEX followups_by_kind ON followups (kind, status, application_id, due_at, sent_at);
        CREATE INDEX followups_sent ON followups (sent_at) WHERE status = 'sent';
      `);
    },
  },
  {
    version: 8,
    name: 'referrer of an application',
    up(db) {
      // Who brought the application: the recruiter already had a column; a referrer is the other person who can.
      db.exec(`
        ALTER TABLE applications ADD COLUMN referrer_id INTEGER REFERENCES people (id) ON DELETE SET NULL;
        CREATE INDEX applications_by_referrer ON applications (referrer_id) WHERE referrer_id IS NOT NULL;
      `);
    },
  },
  {
    version: 9,
    name: 'thank-you timing for the insights',
    up(db) {
      // The insights page counts thank-you notes by status and by sent after their due time or not: grouped in the
      // order of this index, SQLite counts them without evaluating a condition per note (a quarter of the time).
      db.exec(`CREATE INDEX followups_thank_you_timing ON followups (kind, status, sent_at > due_at);`);
    },
  },
  {
    version: 10,
    name: 'times of the insights as numbers',
    up(db) {
      // The insights page read every application's, interview's and reply's time as text and parsed it in
      // JavaScript, which was most of its cost. These indexes replace schema 7's: each holds its times as Julian day
      // numbers (SQLite reads an indexed expression's stored value instead of working it out again), and starts
      // with what the page counts by (round, source, status) so it asks for each value in turn and never reads the
      // names. julianday() is used because every SQLite has it, so an older sqlite3 opening the journal agrees on
      // what these indexes hold.
      db.exec(`
        DROP INDEX applications_for_insights;
        DROP INDEX interviews_for_insights;
        DROP INDEX followups_replies;
        CREATE INDEX applications_applied_times ON applications (source, id, julianday(coalesce(applied_on, created_at)));
        CREATE INDEX interviews_times_by_round ON interviews (round, application_id, julianday(starts_at), julianday(ends_at));
        CREATE INDEX followups_reply_times ON followups (application_id, julianday(reply_at)) WHERE julianday(reply_at) IS NOT NULL;
        CREATE INDEX status_changes_times ON status_changes (status, application_id, julianday(changed_at));
      `);
    },
  },
];

export const LATEST_SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;
