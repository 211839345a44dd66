/** The tracker's methods through the dispatcher, as the screens call them: answers, and refusals a user can act on. */
import { describe, expect, it } from 'vitest';
import { nodePlatform } from '../../../src-main/platform/node-platform.ts';
import { call, refusal, useTempServices } from '../support/services.ts';

const journals = useTempServices();
const NOW = Date.parse('2026-11-20T12:00:00.000Z');
const start = () => journals.start({ dataDir: journals.dir('afterword-tracker-'), clock: () => NOW, platform: nodePlatform('9.9.9') });

describe('the tracker over the API', () => {
  it('moves a card and undoes it, and refuses a status that does not exist', async () => {
    const services = start();
    const app = await call(services, 'applications.create', { company: 'Acme' });
    const move = await call(services, 'board.move', { id: app.id, status: 'offer' });
    expect((await call(services, 'board.get')).columns.map((c: { status: string; count: number }) => [c.status, c.count])).toEqual([
      ['active', 0],
      ['offer', 1],
      ['rejected', 0],
      ['withdrawn', 0],
    ]);
    expect((await call(services, 'board.undoMove', { id: app.id, changeId: move.change.id })).map((c: { status: string }) => c.status)).toEqual(['active']);
    const wrong = await refusal(services, 'board.move', { id: app.id, status: 'hired' });
    expect(wrong).toMatchObject({ code: 'invalid-input', fields: [{ path: 'status', message: 'Status must be one of: active, offer, rejected, withdrawn.' }] });
    expect(await refusal(services, 'board.get', { from: '2026-11-10', to: '2026-11-01' })).toMatchObject({ fields: [{ path: 'to', message: 'To must not be before From.' }] });
  });

  it('refuses a salary range upside down and a currency that is not a code, saving nothing', async () => {
    const services = start();
    const app = await call(services, 'applications.create', { company: 'Acme' });
    const refused = await refusal(services, 'postings.save', { applicationId: app.id, salaryMin: 100, salaryMax: 50, salaryCurrency: 'euros' });
    expect(refused.fields?.map((f) => f.path).sort()).toEqual(['salaryCurrency', 'salaryMax']);
    expect(await call(services, 'postings.get', { applicationId: app.id })).toMatchObject({ salaryMin: null, updatedAt: null });
    expect(await refusal(services, 'postings.get', { applicationId: 999 })).toMatchObject({ code: 'not-found' });
  });

  it('names the field when a short name is taken, and the company it belongs to', async () => {
    const services = start();
    await call(services, 'companies.create', { name: 'Acme Corp', aliases: ['Acme'] });
    const other = await call(services, 'companies.create', { name: 'Acme Rockets' });
    expect(await refusal(services, 'companies.update', { id: other.id, aliases: ['ACME'] })).toMatchObject({
      code: 'invalid-input',
      message: '“ACME” is already a name of Acme Corp.',
      fields: [{ path: 'aliases.0' }],
    });
  });

  it('answers insights, and CSV in and out, for the screens', async () => {
    const services = start();
    const preview = await call(services, 'csv.importApplications', { text: 'Company,Status\nAcme,Offer\n', mode: 'preview' });
    expect(preview).toMatchObject({ readable: 1, written: false, samples: { Company: 'Acme', Status: 'Offer' } });
    expect((await call(services, 'csv.importApplications', { text: 'Company,Status\nAcme,Offer\n', mode: 'import' })).written).toBe(true);
    expect((await call(services, 'insights.get')).funnel.map((s: { count: number }) => s.count)).toEqual([1, 1, 0, 1]);
    const csv = await call(services, 'csv.export', { kind: 'applications' });
    expect(csv).toMatchObject({ fileName: 'afterword-applications-2026-11-20.csv', rows: 1 });
    expect(csv).not.toHaveProperty('savedTo');
    expect(await refusal(services, 'csv.export', { kind: 'people' })).toMatchObject({ code: 'invalid-input' });
  });
});
