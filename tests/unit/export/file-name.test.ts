import { describe, expect, it } from 'vitest';
import { emlFileName, uniqueFileNames } from '../../../src-main/export/index.ts';

describe('emlFileName', () => {
  it('should name the kind of note, so two notes to one person on one day never share a name', () => {
    const day = { company: 'Acme', role: 'QA', recipient: 'Li', date: '2026-11-22' };
    expect(emlFileName({ ...day, kind: 'thank-you' })).toBe('Acme - QA - Thank you - Li - 2026-11-22.eml');
    expect(emlFileName({ ...day, kind: 'status-check' })).toBe('Acme - QA - Check-in - Li - 2026-11-22.eml');
    expect(emlFileName({ ...day, kind: 'thank-you' })).not.toBe(emlFileName({ ...day, kind: 'recruiter-update' }));
  });

  it('should name the company, role, recipient and day', () => {
    expect(emlFileName({ company: 'Acme', role: 'Product Designer', recipient: 'Jane Doe', date: '2026-11-22T09:00:00Z' })).toBe('Acme - Product Designer - Jane Doe - 2026-11-22.eml');
  });

  it('should read a Date in local time', () => {
    expect(emlFileName({ company: 'Acme', role: 'QA', recipient: 'Li', date: new Date(2026, 0, 5, 23, 30) })).toBe('Acme - QA - Li - 2026-01-05.eml');
  });

  it('should remove path separators and characters Windows forbids', () => {
    const name = emlFileName({ company: '../../etc/Acme: "Labs"', role: 'R&D <lead>|*?', recipient: 'C:\\Users\\jo', date: '2026-11-22' });
    expect(name).not.toMatch(/[<>:"/\\|?*]/);
    expect(name).not.toMatch(/^\./);
    expect(name).toBe('etc Acme Labs - R&D lead - C Users jo - 2026-11-22.eml');
  });

  it('should drop control characters and keep accented and CJK names', () => {
    expect(emlFileName({ company: 'Société\u0000 Générale', role: '開発者', recipient: 'Zoë\nÅngström', date: '2026-11-22' })).toBe('Société Générale - 開発者 - Zoë Ångström - 2026-11-22.eml');
  });

  it('should never produce a name Windows reserves', () => {
    for (const company of ['CON', 'nul', 'Com1', 'LPT9', 'aux.']) {
      const name = emlFileName({ company, role: '', recipient: '', date: '' });
      expect(name.replace(/\.eml$/, '')).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
      expect(name).toMatch(/\.eml$/);
    }
  });

  it('should not end the name with a dot or space before the extension', () => {
    expect(emlFileName({ company: 'Acme Inc.', role: '', recipient: '', date: '' })).toBe('Acme Inc.eml');
  });

  it('should keep long names within a sensible length without splitting an emoji', () => {
    const name = emlFileName({ company: 'A'.repeat(200), role: '🚀'.repeat(100), recipient: 'Maximilian '.repeat(20), date: '2026-11-22' });
    expect([...name].length).toBeLessThanOrEqual(124);
    expect(name).toMatch(/\.eml$/);
    expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('should fall back to a plain name when every part is empty', () => {
    expect(emlFileName({ company: ' ', role: '///', recipient: '', date: 'not a date' })).toBe('Draft.eml');
  });
});

describe('uniqueFileNames', () => {
  it('should number repeats, ignoring case, and leave unique names alone', () => {
    expect(uniqueFileNames(['A - Jo.eml', 'B.eml', 'a - jo.eml', 'A - Jo.eml'])).toEqual(['A - Jo.eml', 'B.eml', 'a - jo (2).eml', 'A - Jo (3).eml']);
  });
});
