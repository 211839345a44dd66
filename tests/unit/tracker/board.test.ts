import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-shared/api/result.ts';
import {
  createApplication,
  createInterview,
  getApplication,
  getBoard,
  migrations,
  moveApplication,
  openDatabase,
  statusHistory,
  undoMove,
  updateApplication,
} from '../../../src-main/journal/index.ts';
import { T0, memoryJournal, seedAcme } from '../journal/helpers.ts';

const DAY = 86_400_000;
const column = (board: ReturnType<typeof getBoard>, status: string) => board.columns.find((c) => c.status === status)!;

describe('the board', () => {
  it('puts every application in the column of its status, with a count per column', () => {
    const db = memoryJournal();
    seedAcme(db);
    createApplication(db, { company: 'Globex', role: 'Analyst', status: 'rejected' }, T0);
    createApplication(db, { company: 'Initech', role: 'SRE' }, T0);
    const board = getBoard(db, {}, T0);
    expect(board.columns.map((c) => [c.status, c.count])).toEqual([
      ['active', 2],
      ['offer', 0],
      ['rejected', 1],
      ['withdrawn', 0],
    ]);
    expect(column(board, 'rejected').cards.map((c) => c.company)).toEqual(['Globex']);
  });

  it('shows the next step the employer named and the reminders due on each card', () => {
    const db = memoryJournal();
    const { application } = seedAcme(db);
    createInterview(
      db,
      {
        applicationId: application.id,
        round: 'final',
        startsAt: '2026-11-18T15:00:00.000Z',
        endsAt: '2026-11-18T16:00:00.000Z',
        timeZone: 'UTC',
        nextStep: 'Decision from the hiring committee',
        nextStepBy: '2026-11-27',
        newInterviewers: [{ name: 'Cy Dunn' }],
      },
      T0 - 2 * DAY,
    );
    const card = column(getBoard(db, {}, T0), 'active').cards[0]!;
    expect(card.nextStep).toEqual({ text: 'Decision from the hiring committee', by: '2026-11-27' });
    expect(card.interviewCount).toBe(2);
    // The thank-you notes to three interviewers, all past their day.
    expect(card.due.open).toBeGreaterThanOrEqual(3);
    expect(card.due.overdue).toBeGreaterThanOrEqual(3);
  });

  it('filters by company (name or short name), source and the day applied, and counts only what it keeps', () => {
    const db = memoryJournal();
    createApplication(db, { company: 'Brightline Health', role: 'PM', source: 'referral', appliedOn: '2026-10-01' }, T0);
    createApplication(db, { company: 'Globex', role: 'PM', source: 'job-board', appliedOn: '2026-11-10' }, T0);
    createApplication(db, { company: 'Initech', role: 'PM', source: 'referral', appliedOn: '2026-11-15' }, T0);
    db.prepare(`UPDATE companies SET aliases = '["BLH"]' WHERE name = 'Brightline Health'`).run();
    const companies = (filter: Parameters<typeof getBoard>[1]) => column(getBoard(db, filter, T0), 'active').cards.map((c) => c.company).sort();
    expect(companies({ company: 'blh' })).toEqual(['Brightline Health']);
    expect(companies({ company: 'tech' })).toEqual(['Initech']);
    expect(companies({ source: ['referral'] })).toEqual(['Brightline Health', 'Initech']);
    expect(companies({ from: '2026-11-01' })).toEqual(['Globex', 'Initech']);
    expect(companies({ from: '2026-11-01', to: '2026-11-12' })).toEqual(['Globex']);
    expect(column(getBoard(db, { source: ['recruiter'] }, T0), 'active').count).toBe(0);
  });
});

describe('moving a card and its history', () => {
  it('keeps every status change with its date, and a move can be undone back to the status and date before it', () => {
    const db = memoryJournal();
    const app = createApplication(db, { company: 'Acme' }, T0 - 5 * DAY);
    const move = moveApplication(db, app.id, 'offer', undefined, T0);
    expect(move.application.status).toBe('offer');
    expect(statusHistory(db, app.id).map((c) => [c.status, c.changedAt])).toEqual([
      ['active', new Date(T0 - 5 * DAY).toISOString()],
      ['offer', new Date(T0).toISOString()],
    ]);
    const history = undoMove(db, app.id, move.change.id, T0 + 1000);
    expect(history.map((c) => c.status)).toEqual(['active']);
    // Both the move and its undo are changes: a form opened before them must not save over them unawares.
    expect(getApplication(db, app.id).revision).toBe(app.revision + 2);
    expect(getBoard(db, {}, T0).columns[0]!.cards.map((c) => [c.id, c.statusChangedAt])).toEqual([[app.id, new Date(T0 - 5 * DAY).toISOString()]]);
  });

  it('records a status changed in the application form too', () => {
    const db = memoryJournal();
    const app = createApplication(db, { company: 'Acme' }, T0);
    updateApplication(db, { id: app.id, status: 'withdrawn' }, T0 + DAY);
    updateApplication(db, { id: app.id, role: 'Renamed' }, T0 + 2 * DAY);
    expect(statusHistory(db, app.id).map((c) => c.status)).toEqual(['active', 'withdrawn']);
  });

  it('refuses to undo anything but the latest move, or a move undone already, and changes nothing then', () => {
    const db = memoryJournal();
    const app = createApplication(db, { company: 'Acme' }, T0);
    const first = moveApplication(db, app.id, 'rejected', undefined, T0 + 1);
    moveApplication(db, app.id, 'active', undefined, T0 + 2);
    expect(() => undoMove(db, app.id, first.change.id, T0 + 3)).toThrow(/Only the latest move/);
    expect(statusHistory(db, app.id).map((c) => c.status)).toEqual(['active', 'rejected', 'active']);
    const [initial] = statusHistory(db, app.id);
    expect(() => undoMove(db, app.id, 99_999, T0)).toThrow(AppError);
    // Undoing the very first status would leave the application with none.
    const lone = createApplication(db, { company: 'Solo' }, T0);
    expect(() => undoMove(db, lone.id, statusHistory(db, lone.id)[0]!.id, T0)).toThrow(/first status/);
    expect(initial!.status).toBe('active');
  });

  it('refuses a move to the column the card is already in', () => {
    const db = memoryJournal();
    const app = createApplication(db, { company: 'Acme' }, T0);
    expect(() => moveApplication(db, app.id, 'active', undefined, T0)).toThrow(/already in/);
    expect(statusHistory(db, app.id)).toHaveLength(1);
  });

  it('back-fills the history of a journal from before it was kept from each application’s latest change', () => {
    const db = openDatabase(':memory:', { migrations: migrations.slice(0, 4) });
    db.prepare(`INSERT INTO applications (company, status, status_changed_at, created_at, updated_at) VALUES ('Acme', 'rejected', '2026-03-01T09:00:00.000Z', '2026-02-01T09:00:00.000Z', '2026-03-01T09:00:00.000Z')`).run();
    db.prepare(`INSERT INTO applications (company, status, status_changed_at, created_at, updated_at) VALUES ('acme', 'active', '2026-04-01T09:00:00.000Z', '2026-04-01T09:00:00.000Z', '2026-04-01T09:00:00.000Z')`).run();
    for (const migration of migrations.slice(4)) db.transaction(() => { migration.up(db); db.pragma(`user_version = ${migration.version}`); })();
    expect(statusHistory(db, 1).map((c) => [c.status, c.changedAt])).toEqual([['rejected', '2026-03-01T09:00:00.000Z']]);
    // One company record for the two spellings.
    expect(db.prepare('SELECT count(*) AS n FROM companies').get()).toEqual({ n: 1 });
  });
});
