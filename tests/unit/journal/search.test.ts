import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createApplication,
  createFollowUp,
  createPerson,
  deleteApplication,
  deletePerson,
  BROAD_SEARCH,
  ftsQuery,
  LONGEST_INDEXED_PREFIX,
  saveDraft,
  searchJournal,
  updateApplication,
  updateInterview,
  updatePerson,
} from '../../../src-main/journal/index.ts';
import { memoryJournal, seedAcme } from './helpers.ts';

let db: Database.Database;
beforeEach(() => {
  db = memoryJournal();
});
afterEach(() => db.close());

const titles = (text: string) => searchJournal(db, text).items.map((h) => h.title);
const highlighted = (text: string) =>
  searchJournal(db, text).items.map((h) => h.snippet.filter((p) => p.match).map((p) => p.text));

describe('search', () => {
  it('finds companies, roles, people, topics, notes and follow-up text', () => {
    const { application, interview, ana } = seedAcme(db);
    createFollowUp(db, { applicationId: application.id, interviewId: interview.id, recipientId: ana.id, kind: 'thank-you', subject: 'Thanks', body: 'I enjoyed the whiteboard exercise.' });
    expect(titles('acme')).toEqual(expect.arrayContaining(['Acme — Data engineer', 'Ana Ruiz (Staff engineer, Acme)', 'Bo Chen (Engineering manager, Acme)']));
    expect(titles('streaming')).toEqual(['Technical interview at Acme']);
    expect(titles('kafka')).toEqual(['Technical interview at Acme']);
    expect(titles('whiteboard')).toEqual(['Thanks — Thank-you note to Ana Ruiz (Acme)']);
  });

  it('ranks a match in a name or title above a passing mention in notes', () => {
    createApplication(db, { company: 'Streamline Ltd', role: 'Engineer' });
    createApplication(db, { company: 'Other Co', role: 'Analyst', notes: 'Competes with Streamline on price, among many other things we discussed at length.' });
    expect(titles('streamline')).toEqual(['Streamline Ltd — Engineer', 'Other Co — Analyst']);
  });

  it('matches as the user types, ignores accents and finds names in any script', () => {
    createPerson(db, { name: 'Zoë Müller' });
    createPerson(db, { name: 'Юлия Смирнова', title: 'CTO' });
    createPerson(db, { name: 'محمد علي' });
    expect(titles('mull')).toEqual(['Zoë Müller']);
    expect(titles('Смирн')).toEqual(['Юлия Смирнова (CTO)']);
    expect(titles('محمد')).toEqual(['محمد علي']);
  });

  it('highlights the words found in the snippet', () => {
    seedAcme(db);
    const [hit] = searchJournal(db, 'nightly').items;
    expect(hit?.snippet.map((p) => (p.match ? `[${p.text}]` : p.text)).join('')).toBe(
      'migrating [nightly] batch jobs to streaming · on-call rotation',
    );
  });

  it('treats quotes, operators and SQL as plain words', () => {
    seedAcme(db);
    for (const text of ['"', "'; DROP TABLE search; --", 'acme OR 1=1', 'NEAR(acme', '*', 'col:acme', '(((']) {
      expect(() => searchJournal(db, text)).not.toThrow();
    }
    expect(ftsQuery('acme OR kafka')).toBe('"acme" "OR" "kafka"*');
    expect(searchJournal(db, 'acme OR zzzz').items).toEqual([]);
    expect(searchJournal(db, '   ').items).toEqual([]);
  });

  it('answers a word found almost everywhere with its newest matches, and says so', () => {
    const insert = db.prepare(`INSERT INTO applications (company, role, status_changed_at, created_at, updated_at) VALUES (?, 'Engineer', '', '', '')`);
    db.transaction(() => {
      for (let i = 1; i <= BROAD_SEARCH + 5; i++) insert.run(`Company ${i}`);
    })();
    const broad = searchJournal(db, 'engineer', 3);
    expect(broad.broad).toBe(true);
    expect(broad.items.map((h) => h.title)).toEqual([`Company ${BROAD_SEARCH + 5} — Engineer`, `Company ${BROAD_SEARCH + 4} — Engineer`, `Company ${BROAD_SEARCH + 3} — Engineer`]);
    expect(searchJournal(db, 'engineer company 17').broad).toBe(false);
  });

  it('still finds words that only begin with what was typed while the typed word alone is broad', () => {
    const insert = db.prepare(`INSERT INTO applications (company, role, status_changed_at, created_at, updated_at) VALUES (?, ?, '', '', '')`);
    db.transaction(() => {
      for (let i = 1; i <= BROAD_SEARCH + 5; i++) insert.run(`Company ${i}`, 'Engineer');
      insert.run('Newest', 'Engineering manager');
    })();
    const broad = searchJournal(db, 'engineer', 2);
    expect(broad.broad).toBe(true);
    expect(broad.items.map((h) => h.title)).toEqual([`Company ${BROAD_SEARCH + 5} — Engineer`, `Company ${BROAD_SEARCH + 4} — Engineer`]);
    expect(searchJournal(db, 'engineeri').items.map((h) => h.title)).toEqual(['Newest — Engineering manager']);
  });

  it('answers a short word found almost everywhere with the newest words that begin with it', () => {
    const insert = db.prepare(`INSERT INTO applications (company, role, status_changed_at, created_at, updated_at) VALUES (?, ?, '', '', '')`);
    db.transaction(() => {
      for (let i = 1; i <= BROAD_SEARCH + 5; i++) insert.run(`Company ${i}`, 'Thank');
      insert.run('Newest', 'Thanks');
    })();
    for (const typed of ['than', 'thank']) {
      const broad = searchJournal(db, typed, 2);
      expect(broad.broad).toBe(true);
      expect(broad.items.map((h) => h.title)).toEqual(['Newest — Thanks', `Company ${BROAD_SEARCH + 5} — Thank`]);
    }
  });

  it('has every prefix a typed word passes through up to the longest it relies on', () => {
    const { sql } = db.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'search'`).get() as { sql: string };
    const lengths = /prefix\s*=\s*'([\d ]+)'/.exec(sql)?.[1]?.split(' ').map(Number);
    expect(lengths).toEqual(Array.from({ length: LONGEST_INDEXED_PREFIX - 1 }, (_, i) => i + 2));
  });

  it('matches a single letter as a word of its own until a second letter comes', () => {
    expect(ftsQuery('t')).toBe('"t"');
    expect(ftsQuery('acme é')).toBe('"acme" "é"');
    expect(ftsQuery('acme en')).toBe('"acme" "en"*');
    seedAcme(db);
    // "a" is a word in the interview's notes ("… and a lot of cron jobs"); it does not stand for "Acme", "Ana", ….
    expect(titles('a')).toEqual(['Technical interview at Acme']);
    expect(titles('ac')).toContain('Acme — Data engineer');
  });

  it('follows updates and deletions at once', () => {
    const { application, interview, ana } = seedAcme(db);
    updateApplication(db, { id: application.id, company: 'Acme Robotics' });
    expect(titles('robotics')).toEqual(['Acme Robotics — Data engineer']);
    updateInterview(db, { id: interview.id, topics: ['graph databases'] });
    expect(titles('streaming')).toEqual([]);
    expect(titles('graph')).toEqual(['Technical interview at Acme Robotics']);
    updatePerson(db, { id: ana.id, name: 'Ana Ruiz-Ortega' });
    expect(titles('ortega')).toEqual(['Ana Ruiz-Ortega (Staff engineer, Acme)']);
    const note = createFollowUp(db, { applicationId: application.id, kind: 'other' });
    saveDraft(db, note.id, 'Portfolio', 'Here is the link to my portfolio');
    expect(highlighted('portfolio')).toEqual([['Portfolio']]);
    deletePerson(db, ana.id);
    expect(titles('ortega')).toEqual([]);
    deleteApplication(db, application.id);
    expect(titles('graph')).toEqual([]);
    expect(titles('portfolio')).toEqual([]);
    expect((db.prepare('SELECT count(*) AS n FROM search').get() as { n: number }).n).toBe(1); // Bo Chen remains
  });
});
