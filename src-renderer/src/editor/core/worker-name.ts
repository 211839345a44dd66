/**
 * The review worker's name carries the English it should open first (`review en-GB`). A message to a worker that
 * has not started yet waits for the page's main thread, which is busy reading the app's script just then; the name
 * is the worker's own from its first moment, so it opens that dictionary at once.
 */
import { isDialect, type Dialect } from '../../../../src-shared/review/dialects.ts';

export const reviewWorkerName = (dialect: Dialect | null): string => (dialect ? `review ${dialect}` : 'review');

export function dialectOfWorkerName(name: string): Dialect | null {
  const wanted = /^review (\S+)$/.exec(name)?.[1];
  return isDialect(wanted) ? wanted : null;
}
