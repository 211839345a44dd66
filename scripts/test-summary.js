// The one line `npm test` ends with: `N passed, N failed, N skipped`, from the steps' exit codes and the test
// counts their reports give.
import { existsSync, readFileSync } from 'node:fs';

/** The tests a vitest JSON report counts, or null when the step wrote no readable report. */
export function countReport(file) {
  if (!file || !existsSync(file)) return null;
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
  } catch {
    return null;
  }
}

/**
 * @param {{ name: string, status: number | null, counts: { passed: number, failed: number, skipped: number } | null }[]} steps
 * A step that failed without failing a test of its own (a typecheck, the security scan, a test runner that crashed
 * before writing its report) counts as one failure, so the line never reads `0 failed` when `npm test` exits 1.
 */
export function summarize(steps) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const failedSteps = [];
  for (const step of steps) {
    if (step.counts) {
      totals.passed += step.counts.passed;
      totals.failed += step.counts.failed;
      totals.skipped += step.counts.skipped;
    }
    if (step.status !== 0) {
      failedSteps.push(step.name);
      if (!step.counts || step.counts.failed === 0) totals.failed += 1;
    }
  }
  return { failedSteps, line: `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped` };
}
