import { describe, expect, it } from 'vitest';
import type { DueItem } from '../../src-shared/api/journal-types.ts';
import { pruneSent, reminderId, remindersDue } from '../../src-shared/due/reminders.ts';

const HOUR = 3_600_000;
const due = Date.parse('2026-11-21T15:00:00.000Z');

function item(overrides: Partial<DueItem> = {}): DueItem {
  return {
    key: 'thank-you:i1:p7',
    kind: 'thank-you',
    applicationId: 1,
    interviewId: 1,
    recipientId: 7,
    recipientName: 'Ana Ruiz',
    company: 'Acme',
    role: 'Data engineer',
    interviewRound: 'technical',
    interviewEndsAt: '2026-11-20T15:00:00.000Z',
    timeZone: 'Europe/Berlin',
    sequence: null,
    opensAt: '2026-11-20T15:00:00.000Z',
    dueAt: new Date(due).toISOString(),
    state: 'open',
    overdue: false,
    draftId: null,
    snoozedUntil: null,
    ...overrides,
  };
}

const stages = (items: DueItem[], now: number, sent: string[] = []) =>
  remindersDue(items, now, new Set(sent)).map((r) => `${r.key} ${r.stage}`);

describe('remindersDue', () => {
  it('should stay quiet while a thank-you note is more than two hours from due', () => {
    expect(stages([item()], due - 2 * HOUR - 1)).toEqual([]);
  });

  it('should announce a thank-you note once it is within two hours of due', () => {
    expect(stages([item()], due - 2 * HOUR)).toEqual(['thank-you:i1:p7 soon']);
    const [reminder] = remindersDue([item()], due - HOUR, new Set());
    expect(reminder?.title).toBe('Thank-you note to Ana Ruiz due within 2 hours');
    expect(reminder?.body).toContain('Acme (Data engineer)');
  });

  it('should not repeat the two-hour notice once it was shown', () => {
    expect(stages([item()], due - HOUR, [reminderId('thank-you:i1:p7', 'soon')])).toEqual([]);
  });

  it('should announce the note once more when it becomes overdue, and only once', () => {
    const soonShown = [reminderId('thank-you:i1:p7', 'soon')];
    expect(stages([item()], due, soonShown)).toEqual([]);
    expect(stages([item()], due + 1, soonShown)).toEqual(['thank-you:i1:p7 overdue']);
    expect(stages([item()], due + 5 * HOUR, [...soonShown, reminderId('thank-you:i1:p7', 'overdue')])).toEqual([]);
  });

  it('should give only the overdue notice when the two-hour one was missed', () => {
    const reminders = remindersDue([item()], due + HOUR, new Set());
    expect(reminders.map((r) => r.stage)).toEqual(['overdue']);
    expect(reminders[0]?.title).toBe('Thank-you note to Ana Ruiz is overdue');
  });

  it('should stay quiet while a note is snoozed, and speak again once the snooze ends', () => {
    const snoozed = item({ snoozedUntil: new Date(due + 3 * HOUR).toISOString() });
    expect(stages([snoozed], due + HOUR)).toEqual([]);
    expect(stages([snoozed], due + 3 * HOUR + 1)).toEqual(['thank-you:i1:p7 overdue']);
  });

  it('should ignore follow-ups that are not thank-you notes', () => {
    const others = [
      item({ key: 'recruiter-update:i1', kind: 'recruiter-update' }),
      item({ key: 'status-check:i1:n1', kind: 'status-check', sequence: 1 }),
      item({ key: 'feedback-request:a1', kind: 'feedback-request' }),
    ];
    expect(stages(others, due + HOUR)).toEqual([]);
  });

  it('should treat each interviewer of one interview separately', () => {
    const second = item({ key: 'thank-you:i1:p8', recipientId: 8, recipientName: 'Wei Zhang' });
    expect(stages([item(), second], due - HOUR, [reminderId('thank-you:i1:p7', 'soon')])).toEqual(['thank-you:i1:p8 soon']);
  });

  it('should name no one when the recipient is unknown', () => {
    const [reminder] = remindersDue([item({ recipientName: null, role: '' })], due + HOUR, new Set());
    expect(reminder?.title).toBe('Thank-you note to your interviewer is overdue');
    expect(reminder?.body.startsWith('Acme:')).toBe(true);
  });
});

describe('pruneSent', () => {
  it('should forget reminders of items that left the due list', () => {
    const kept = pruneSent(new Set(['thank-you:i1:p7|soon', 'thank-you:i9:p2|overdue']), [item()]);
    expect([...kept]).toEqual(['thank-you:i1:p7|soon']);
  });
});
