export interface StepCounts {
  passed: number;
  failed: number;
  skipped: number;
}
export function countReport(file: string | undefined): StepCounts | null;
export function summarize(steps: { name: string; status: number | null; counts: StepCounts | null }[]): { failedSteps: string[]; line: string };
