/** Words for a posting's pay and place, as the application screen shows them. */
import type { JobPosting, Workplace } from '../../../src-shared/api/tracker-types.ts';

export const workplaceLabel: Record<Workplace, string> = { 'on-site': 'On site', hybrid: 'Hybrid', remote: 'Remote', unknown: 'Not said' };

/** "90,000–110,000 EUR a year", "from 90,000", or '' when the posting names no pay. */
export function salaryText(posting: Pick<JobPosting, 'salaryMin' | 'salaryMax' | 'salaryCurrency' | 'salaryPeriod'>): string {
  const n = (value: number) => value.toLocaleString('en-US');
  const { salaryMin: low, salaryMax: high } = posting;
  const range = low !== null && high !== null ? (low === high ? n(low) : `${n(low)}–${n(high)}`) : low !== null ? `from ${n(low)}` : high !== null ? `up to ${n(high)}` : '';
  if (!range) return '';
  return `${range}${posting.salaryCurrency ? ` ${posting.salaryCurrency}` : ''} a ${posting.salaryPeriod}`;
}
