import { describe, expect, it } from 'vitest';
import {
  exportJournal,
  exportJournalText,
  importJournal,
  listCompanies,
  moveApplication,
  savePosting,
  statusHistory,
  updateCompany,
} from '../../../src-main/journal/index.ts';
import { T0, memoryJournal, seedAcme } from '../journal/helpers.ts';

function trackedJournal() {
  const db = memoryJournal();
  const { application } = seedAcme(db);
  moveApplication(db, application.id, 'offer', undefined, T0);
  savePosting(db, { applicationId: application.id, text: 'Build streaming data pipelines with Kafka.', salaryMin: 90000, salaryMax: 100000, salaryCurrency: 'EUR', workplace: 'remote', closesOn: '2026-12-01' }, T0);
  const acme = listCompanies(db)[0]!;
  updateCompany(db, { id: acme.id, aliases: ['ACME Inc'], domain: 'acme.example' }, T0);
  return db;
}

describe('the journal file carries the status history, postings and companies', () => {
  it('round-trips them: export, import into an empty journal, export again gives the same text', () => {
    const db = trackedJournal();
    const text = exportJournalText(db, '0.1.0', T0);
    const file = JSON.parse(text);
    expect(file.statusChanges.map((c: { status: string }) => c.status)).toEqual(['active', 'offer']);
    expect(file.jobPostings[0]).toMatchObject({ salaryCurrency: 'EUR', workplace: 'remote', keywords: expect.arrayContaining(['Kafka']) });
    expect(file.companies[0]).toMatchObject({ name: 'Acme', aliases: ['ACME Inc'], domain: 'acme.example' });

    const copy = memoryJournal();
    importJournal(copy, text);
    expect(exportJournalText(copy, '0.1.0', T0)).toBe(text);
  });

  it('reads a file from before they were kept, starting each history and company from the applications', () => {
    const db = trackedJournal();
    const { statusChanges: _changes, jobPostings: _postings, companies: _companies, ...older } = exportJournal(db, '0.1.0', T0);
    const copy = memoryJournal();
    importJournal(copy, JSON.stringify(older));
    const [application] = older.applications;
    expect(statusHistory(copy, application!.id).map((c) => [c.status, c.changedAt])).toEqual([['offer', application!.statusChangedAt]]);
    expect(listCompanies(copy).map((c) => [c.name, c.aliases])).toEqual([['Acme', []]]);
  });

  it('refuses a history or posting of an application the file does not hold, and a company named twice, writing nothing', () => {
    const file = exportJournal(trackedJournal(), '0.1.0', T0);
    file.statusChanges![1]!.applicationId = 99;
    file.jobPostings![0]!.applicationId = 98;
    file.companies!.push({ ...file.companies![0]!, id: 7, name: 'acme' });
    const copy = memoryJournal();
    let message = '';
    try {
      importJournal(copy, JSON.stringify(file));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/statusChanges\[1\]\.applicationId: no application with id 99 \(and 2 more problems\)/);
    expect(copy.prepare('SELECT count(*) AS n FROM applications').get()).toEqual({ n: 0 });
  });
});
