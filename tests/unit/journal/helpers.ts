/** A fresh in-memory journal at the latest schema, and a few records most tests start from. */
import type Database from 'better-sqlite3';
import { createApplication, createInterview, openDatabase } from '../../../src-main/journal/index.ts';

export const T0 = Date.parse('2026-11-20T12:00:00.000Z');

export function memoryJournal(): Database.Database {
  return openDatabase(':memory:');
}

/** Acme, with a technical interview (Ana Ruiz and Bo Chen) that ended on Tuesday 17 November 2026. */
export function seedAcme(db: Database.Database) {
  const application = createApplication(db, { company: 'Acme', role: 'Data engineer', source: 'referral' }, T0 - 10 * 86_400_000);
  const interview = createInterview(
    db,
    {
      applicationId: application.id,
      round: 'technical',
      format: 'video',
      startsAt: '2026-11-17T15:00:00.000Z',
      endsAt: '2026-11-17T16:00:00.000Z',
      timeZone: 'America/New_York',
      topics: ['migrating nightly batch jobs to streaming', 'on-call rotation'],
      notes: 'They run Kafka and a lot of cron jobs.',
      newInterviewers: [
        { name: 'Ana Ruiz', title: 'Staff engineer', company: 'Acme' },
        { name: 'Bo Chen', title: 'Engineering manager', company: 'Acme' },
      ],
    },
    T0 - 3 * 86_400_000,
  );
  const [ana, bo] = interview.interviewers as [NonNullable<(typeof interview.interviewers)[0]>, NonNullable<(typeof interview.interviewers)[0]>];
  return { application, interview, ana, bo };
}

export function count(db: Database.Database, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}
