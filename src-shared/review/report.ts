/**
 * How every review plugin reports: a vfile message (so plugins read and test like any retext plugin) carrying the
 * extra fields a Flag needs. `expected` holds the replacements, as in wooorm's plugins, so quick fixes map onto it.
 */
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { locator, type Locator } from './text/locate.ts';
import type { FlagCategory, Severity } from './types.ts';

export interface FlagMessage extends VFileMessage {
  category: FlagCategory;
  severity: Severity;
}

export interface ReportOptions {
  start: number;
  end: number;
  ruleId: string;
  category: FlagCategory;
  severity: Severity;
  suggestions?: string[];
  actual?: string;
}

const locators = new WeakMap<VFile, Locator>();

function locatorFor(file: VFile): Locator {
  let found = locators.get(file);
  if (!found) {
    found = locator(String(file));
    locators.set(file, found);
  }
  return found;
}

export function report(file: VFile, reason: string, options: ReportOptions): FlagMessage {
  const find = locatorFor(file);
  const message = file.message(reason, {
    place: { start: find.point(options.start), end: find.point(options.end) },
    ruleId: options.ruleId,
    source: `afterword-${options.category}`,
  });
  message.fatal = options.severity === 'error' ? true : options.severity === 'warning' ? false : undefined;
  message.expected = options.suggestions ?? [];
  if (options.actual !== undefined) message.actual = options.actual;
  return Object.assign(message, { category: options.category, severity: options.severity });
}

export function isFlagMessage(message: VFileMessage): message is FlagMessage {
  return 'category' in message && 'severity' in message;
}

/** The span a message covers, as offsets. */
export function messageSpan(message: VFileMessage): { start: number; end: number } {
  const start = message.place && 'start' in message.place ? message.place.start.offset : message.place?.offset;
  const end = message.place && 'end' in message.place ? message.place.end.offset : start;
  return { start: start ?? 0, end: end ?? start ?? 0 };
}
