import { describe, expect, it } from 'vitest';
import { callSheet } from '../../../src-main/export/index.ts';

const base = {
  recipient: { name: 'Jane Doe', title: 'Engineering Manager', phone: '+1 555 0100' },
  company: 'Acme',
  role: 'Backend Engineer',
  topics: ['the billing migration', 'on-call rotation'],
  nextStep: 'a decision by Friday',
};

describe('callSheet', () => {
  it('should open with who to call, where and about which role', () => {
    const lines = callSheet(base).split('\n');
    expect(lines.slice(0, 3)).toEqual(['Call to Jane Doe, Engineering Manager at Acme', 'About: Backend Engineer', 'Number: +1 555 0100']);
  });

  it('should remind the caller to find a quiet place before dialling', () => {
    expect(callSheet(base)).toMatch(/Before you dial\n- Find a quiet place/);
  });

  it('should list each interview topic as a talking point', () => {
    const sheet = callSheet(base);
    expect(sheet).toContain('Talking points\n- the billing migration\n- on-call rotation\n');
  });

  it('should ask about the next step the employer named', () => {
    expect(callSheet(base)).toContain('They said: a decision by Friday. Ask where things stand on it');
  });

  it('should ask for the next step when none was named, and prompt for a topic when none was noted', () => {
    const sheet = callSheet({ ...base, topics: ['  '], nextStep: undefined });
    expect(sheet).toContain('- Ask what the next step is and when you can expect to hear.');
    expect(sheet).toContain('Talking points\n- Note one thing from the interview');
    expect(sheet).not.toContain('They said');
  });

  it('should address the recipient by first name and leave out a missing number or title', () => {
    const sheet = callSheet({ ...base, recipient: { name: 'Priya  Raman' } });
    expect(sheet.startsWith('Call to Priya Raman at Acme\nAbout: Backend Engineer\n\n')).toBe(true);
    expect(sheet).toContain('Greet Priya by name');
    expect(sheet).not.toContain('Number:');
  });

  it('should be plain text with no empty bullets and a final line end', () => {
    const sheet = callSheet(base);
    expect(sheet.endsWith('\n')).toBe(true);
    expect(sheet).not.toMatch(/^- *$/m);
    expect(sheet).not.toMatch(/[<>*#]/);
  });
});
