// The last line of `npm test` is what people and CI read: it must never say `0 failed` when the run failed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countReport, summarize } from '../../scripts/test-summary.js';

const tests = (passed: number, failed: number, skipped = 0) => ({ passed, failed, skipped });

describe('npm test summary line', () => {
  it('should add up the tests of every report when every step passed', () => {
    const summary = summarize([
      { name: 'typecheck', status: 0, counts: null },
      { name: 'unit tests', status: 0, counts: tests(600, 0, 2) },
      { name: 'end-to-end tests', status: 0, counts: tests(60, 0, 5) },
    ]);
    expect(summary).toEqual({ failedSteps: [], line: '660 passed, 0 failed, 7 skipped' });
  });

  it('should count a failed step without a report (the security scan) as one failure', () => {
    const summary = summarize([
      { name: 'security scan', status: 1, counts: null },
      { name: 'unit tests', status: 0, counts: tests(600, 0) },
    ]);
    expect(summary.line).toBe('600 passed, 1 failed, 0 skipped');
    expect(summary.failedSteps).toEqual(['security scan']);
  });

  it('should count a test runner that exited 1 with no failed test in its report (a crash after the tests) as one failure', () => {
    expect(summarize([{ name: 'unit tests', status: 1, counts: tests(10, 0) }]).line).toBe('10 passed, 1 failed, 0 skipped');
  });

  it('should not count a step twice when its report already names the failed tests', () => {
    expect(summarize([{ name: 'unit tests', status: 1, counts: tests(10, 3) }]).line).toBe('10 passed, 3 failed, 0 skipped');
  });

  it('should read a vitest JSON report, and treat a missing or unreadable one as no report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'afterword-summary-'));
    try {
      writeFileSync(join(dir, 'ok.json'), JSON.stringify({ numPassedTests: 4, numFailedTests: 1, numPendingTests: 2, numTodoTests: 1 }));
      writeFileSync(join(dir, 'broken.json'), '{"numPassed');
      expect(countReport(join(dir, 'ok.json'))).toEqual(tests(4, 1, 3));
      expect(countReport(join(dir, 'broken.json'))).toBeNull();
      expect(countReport(join(dir, 'missing.json'))).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
