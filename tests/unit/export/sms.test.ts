// The segment counter lives with the review engine; these check the behaviour the export side relies on.
import { describe, expect, it } from 'vitest';
import { smsSegments } from '../../../src-main/export/index.ts';

describe('smsSegments', () => {
  it('should fit 160 GSM-7 characters in one segment and split at 153 beyond', () => {
    expect(smsSegments('a'.repeat(160))).toMatchObject({ encoding: 'GSM-7', segments: 1 });
    expect(smsSegments('a'.repeat(161)).segments).toBe(2);
    expect(smsSegments('a'.repeat(306)).segments).toBe(2);
    expect(smsSegments('a'.repeat(307)).segments).toBe(3);
  });

  it('should count GSM-7 extension characters twice', () => {
    expect(smsSegments('€'.repeat(80)).segments).toBe(1);
    expect(smsSegments(`${'€'.repeat(80)}a`).segments).toBe(2);
  });

  it('should switch to UCS-2 (70, then 67 per segment) for any character outside GSM-7', () => {
    expect(smsSegments('ł'.repeat(70))).toMatchObject({ encoding: 'UCS-2', segments: 1 });
    expect(smsSegments('ł'.repeat(71)).segments).toBe(2);
    expect(smsSegments(`${'a'.repeat(159)}ł`).segments).toBe(3);
  });

  it('should count an emoji as two UCS-2 units', () => {
    expect(smsSegments('🙂'.repeat(35)).segments).toBe(1);
    expect(smsSegments(`${'🙂'.repeat(35)}a`).segments).toBe(2);
  });
});
