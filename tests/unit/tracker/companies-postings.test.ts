import { describe, expect, it } from 'vitest';
import {
  createApplication,
  createCompany,
  createFollowUp,
  createPerson,
  getCompanyDetail,
  getPosting,
  listCompanies,
  reviewContext,
  savePosting,
  updateCompany,
} from '../../../src-main/journal/index.ts';
import { companyCreate } from '../../../src-shared/api/tracker-schemas.ts';
import { postingKeywords } from '../../../src-main/journal/posting-keywords.ts';
import { T0, memoryJournal, seedAcme } from '../journal/helpers.ts';

const POSTING = `We are looking for a Senior Data Engineer to build streaming data pipelines with Kafka and Flink.
You will own our data pipelines, design dbt models for the analytics team, and mentor engineers.
Experience with Kafka, Flink, dbt and Snowflake is required. Our streaming platform handles billions of events.`;

describe('companies', () => {
  it('gives a new application’s company a record, and one record for every spelling of it', () => {
    const db = memoryJournal();
    createApplication(db, { company: 'Brightline Health', role: 'PM' }, T0);
    createApplication(db, { company: 'brightline health', role: 'Designer' }, T0);
    expect(listCompanies(db).map((c) => [c.name, c.applicationCount])).toEqual([['Brightline Health', 2]]);
  });

  it('links the roles and the people whose company is its name or a short name', () => {
    const db = memoryJournal();
    // As the API receives it: the website pasted as a link is kept as its domain.
    const input = companyCreate.parse({ name: 'Brightline Health', aliases: ['Brightline', 'BLH'], domain: 'https://www.Brightline.example/jobs' });
    const company = createCompany(db, input, T0);
    expect(company.domain).toBe('www.brightline.example');
    expect(companyCreate.safeParse({ name: 'X', domain: 'not a domain' }).error?.issues[0]?.message).toBe('Website must be a domain such as example.com.');
    createApplication(db, { company: 'BLH', role: 'PM' }, T0);
    createApplication(db, { company: 'Globex', role: 'PM' }, T0);
    createPerson(db, { name: 'Dana Kim', title: 'Recruiter', company: 'Brightline', isRecruiter: true }, T0);
    createPerson(db, { name: 'Eli Fox', company: 'Globex' }, T0);
    const detail = getCompanyDetail(db, company.id);
    expect(detail.applications.map((a) => a.role)).toEqual(['PM']);
    expect(detail.people.map((p) => [p.name, p.isRecruiter])).toEqual([['Dana Kim', true]]);
    // "BLH" belongs to Brightline Health: no record of its own.
    expect(listCompanies(db).map((c) => c.name)).toEqual(['Brightline Health', 'Globex']);
  });

  it('refuses a short name another company already answers to, and keeps the record as it was', () => {
    const db = memoryJournal();
    createCompany(db, { name: 'Acme Corp', aliases: ['Acme'] }, T0);
    const other = createCompany(db, { name: 'Acme Rockets' }, T0);
    expect(() => updateCompany(db, { id: other.id, aliases: ['acme'] }, T0)).toThrow(/already a name of Acme Corp/);
    expect(() => createCompany(db, { name: 'ACME CORP' }, T0)).toThrow(/already a name/);
    expect(listCompanies(db).find((c) => c.id === other.id)!.aliases).toEqual([]);
  });

  it('hands the review the company’s other names as aliases, and never takes a short name for another company', () => {
    const db = memoryJournal();
    const { application, ana } = seedAcme(db);
    const record = listCompanies(db).find((c) => c.name === 'Acme')!;
    updateCompany(db, { id: record.id, name: 'Acme Analytics', aliases: ['Acme', 'AA'] }, T0);
    // Another application that spelled the company by its short name.
    createApplication(db, { company: 'AA', role: 'Other role' }, T0);
    createApplication(db, { company: 'Globex' }, T0);
    const note = createFollowUp(db, { applicationId: application.id, kind: 'thank-you', recipientId: ana.id }, T0);
    const context = reviewContext(db, note.id);
    expect(context.companyAliases).toEqual(['Acme Analytics', 'AA']);
    expect(context.otherCompanies).toEqual(['Globex']);
  });
});

describe('job postings', () => {
  it('finds the key phrases of a posting, the telling ones before the boilerplate', () => {
    const keywords = postingKeywords(POSTING);
    expect(keywords.slice(0, 4)).toContain('data pipelines');
    expect(keywords).toEqual(expect.arrayContaining(['Kafka', 'Flink', 'Snowflake']));
    expect(keywords.map((k) => k.toLowerCase())).not.toContain('experience');
    expect(postingKeywords('   ')).toEqual([]);
  });

  it('keeps the posting with its pay, place and closing date, and the link on the application', () => {
    const db = memoryJournal();
    const app = createApplication(db, { company: 'Acme' }, T0);
    expect(getPosting(db, app.id)).toMatchObject({ text: '', keywords: [], updatedAt: null, workplace: 'unknown' });
    const saved = savePosting(
      db,
      { applicationId: app.id, text: POSTING, url: 'https://acme.example/jobs/1', salaryMin: 90000, salaryMax: 110000, salaryCurrency: 'eur', location: 'Berlin', workplace: 'hybrid', closesOn: '2026-12-15' },
      T0,
    );
    expect(saved).toMatchObject({ url: 'https://acme.example/jobs/1', salaryMin: 90000, salaryMax: 110000, salaryCurrency: 'EUR', location: 'Berlin', workplace: 'hybrid', closesOn: '2026-12-15' });
    expect(saved.keywords).toContain('Kafka');
    // A later edit of the pay alone keeps the text and its phrases.
    const edited = savePosting(db, { applicationId: app.id, salaryMax: 120000 }, T0 + 1);
    expect(edited.text).toBe(POSTING);
    expect(edited.keywords).toEqual(saved.keywords);
  });

  it('gives the posting’s key phrases to the review as references', () => {
    const db = memoryJournal();
    const { application, ana } = seedAcme(db);
    savePosting(db, { applicationId: application.id, text: POSTING }, T0);
    const note = createFollowUp(db, { applicationId: application.id, kind: 'thank-you', recipientId: ana.id }, T0);
    expect(reviewContext(db, note.id).references).toContain('Kafka');
  });
});
