/** `afterword review FILE|- [--context CONTEXT.json] [--dialect en-GB] [--format text|json] [--subject "…"]`: review a note. */
import {
  describeContextIssues,
  dialectNames,
  dialects,
  parseDialect,
  reviewContextSchema,
  severityRank,
  type Dialect,
  type Flag,
  type ReviewContext,
  type ReviewResult,
  type Severity,
} from '../../src-shared/review/index.ts';
import { createNodeReviewEngine } from '../review/node-engine.ts';
import { parseCommandArgs, printedHelp, singleFile } from './args.ts';
import { readTextInput, UsageError, type CliIO } from './io.ts';
import type { Command } from './main.ts';

const usage = [
  'Usage: afterword review FILE|- [--context CONTEXT.json] [--dialect en-GB] [--format text|json] [--subject "Subject line"]',
  '',
  'Reviews a follow-up note (UTF-8 text, or - for standard input) and lists what to fix before sending.',
  'CONTEXT.json describes the note: kind, channel, company (a name, or {name, aliases}), role,',
  'recipient {name, title}, interviewers, sender {name}, topics, otherCompanies, otherNames, siblingDrafts,',
  'personalWords, readingGrade (US school grade), dialect (all optional).',
  `--dialect: the English to check against, ${dialects.join(', ')}; it overrides the context's (default en-US).`,
  'Exit status: 0 when nothing is an error, 1 when something is, 2 when the command or its input is wrong.',
].join('\n');

const options = {
  context: { type: 'string', short: 'c' },
  dialect: { type: 'string', short: 'd' },
  format: { type: 'string', short: 'f', default: 'text' },
  subject: { type: 'string', short: 's' },
} as const;

/** Room for several sibling drafts of the longest note. */
const MAX_CONTEXT_CHARACTERS = 1_000_000;

function readContext(path: string, io: CliIO): ReviewContext {
  const raw = readTextInput(path, io, MAX_CONTEXT_CHARACTERS);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = reviewContextSchema.safeParse(json);
  if (!parsed.success) throw new UsageError(`Invalid context in ${path}:\n  ${describeContextIssues(parsed.error).join('\n  ')}`);
  return parsed.data;
}

const plural: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['info', 'infos'],
  hint: ['hint', 'hints'],
};

function formatFlags(label: string, flags: Flag[]): string[] {
  if (flags.length === 0) return [];
  const places = flags.map((flag) => `${flag.line}:${flag.column}`);
  const placeWidth = Math.max(...places.map((place) => place.length));
  const lines = [label];
  flags.forEach((flag, index) => {
    lines.push(`  ${(places[index] ?? '').padEnd(placeWidth)}  ${flag.severity.padEnd(7)}  ${flag.message}  ${flag.ruleId}`);
    if (flag.suggestions.length > 0) lines.push(`  ${' '.repeat(placeWidth)}  ${' '.repeat(7)}  try: ${flag.suggestions.map((s) => `“${s}”`).join(', ')}`);
  });
  lines.push('');
  return lines;
}

function formatText(label: string, body: ReviewResult, subject: ReviewResult | undefined, dialect: Dialect): string {
  const flags = [...(subject?.flags ?? []), ...body.flags];
  const counts = (Object.keys(plural) as Severity[]).map((severity) => {
    const count = flags.filter((flag) => flag.severity === severity).length;
    return `${count} ${plural[severity][count === 1 ? 0 : 1]}`;
  });
  const { words, sentences, grade, smsSegments } = body.stats;
  return [
    ...(subject ? formatFlags('subject', subject.flags) : []),
    ...formatFlags(label, body.flags),
    flags.length === 0 ? 'No problems found.' : `${flags.length} ${flags.length === 1 ? 'problem' : 'problems'} (${counts.join(', ')})`,
    `${words} words, ${sentences} sentences, reading grade ${grade}, ${smsSegments} SMS ${smsSegments === 1 ? 'segment' : 'segments'}, checked as ${dialectNames[dialect]}`,
    '',
  ].join('\n');
}

export const command: Command = {
  summary: 'review a follow-up note: spelling, tone, names, length',
  usage,
  async run(args, io, setup) {
    const { values, positionals } = parseCommandArgs(args, options);
    if (printedHelp(values, usage, io)) return 0;
    const file = singleFile(positionals, 'Give the FILE that holds the note (or - for standard input).');
    if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, not “${values.format}”.`);
    const context = values.context === undefined ? {} : readContext(values.context, io);
    if (values.dialect !== undefined) {
      const dialect = parseDialect(values.dialect);
      if (!dialect) throw new UsageError(`--dialect must be one of ${dialects.join(', ')}, not “${values.dialect}”.`);
      context.dialect = dialect;
    }
    const text = readTextInput(file, io);

    const engine = await createNodeReviewEngine([context.dialect ?? 'en-US'], { preparedDictionaries: setup.preparedDictionaries });
    const body = engine.review(text, context, { eagerSuggestions: true });
    const subject = values.subject === undefined ? undefined : engine.reviewSubject(values.subject, context, { eagerSuggestions: true });
    const flags = [...(subject?.flags ?? []), ...body.flags];

    if (values.format === 'json') {
      const output: Record<string, unknown> = { flags: body.flags, stats: body.stats };
      if (subject) output.subject = { flags: subject.flags };
      io.stdout(`${JSON.stringify(output, null, 2)}\n`);
    } else {
      io.stdout(formatText(file === '-' ? 'standard input' : file, body, subject, context.dialect ?? 'en-US'));
    }
    return flags.some((flag) => severityRank[flag.severity] === severityRank.error) ? 1 : 0;
  },
};
