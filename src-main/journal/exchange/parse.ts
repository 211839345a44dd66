/**
 * Reading a journal file: JSON, then the format's name and version, then every record against the schema, then
 * every reference between records. Each problem is reported with where it is (`followUps[3].recipientId`) and
 * what is wrong, so a hand-edited file can be fixed.
 */
import type { z } from 'zod';
import { AppError, type FieldIssue } from '../../../src-shared/api/result.ts';
import { FORMAT_NAME, FORMAT_VERSION, journalFile, type JournalFile } from './format.ts';

/** Enough to fix a file in one go without drowning the message. */
const MAX_ISSUES = 50;
const UNCHANGED = 'Your journal has not been changed.';

export function issuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${String(part)}` : String(part);
  return out;
}

function refuse(issues: FieldIssue[]): AppError {
  const shown = issues.slice(0, MAX_ISSUES);
  const first = shown[0]!;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return new AppError('invalid-input', `This file cannot be imported: ${first.path ? `${first.path}: ` : ''}${first.message}${more}. ${UNCHANGED}`, shown);
}

function schemaIssues(error: z.ZodError): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) issues.push({ path: issuePath([...issue.path, key]), message: 'is not a field of this format' });
    } else {
      issues.push({ path: issuePath(issue.path), message: issue.message });
    }
  }
  return issues;
}

const describe = (value: unknown) => (typeof value === 'string' ? `"${value.slice(0, 40)}"` : JSON.stringify(value)?.slice(0, 40) ?? String(value));

/** A journal file nests five levels deep; far deeper is a hostile or broken file, refused before parsing it. */
export const MAX_NESTING = 32;

/** The deepest nesting of arrays and objects in JSON text, counted without parsing (brackets inside strings skipped). */
export function nestingDepth(text: string, limit: number = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

export function parseJournalFile(text: string): JournalFile {
  if (nestingDepth(text, MAX_NESTING) > MAX_NESTING) {
    throw new AppError(
      'invalid-input',
      `This is not an Afterword journal file: its lists and objects are nested more than ${MAX_NESTING} levels deep (a journal file needs five). ${UNCHANGED}`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new AppError('invalid-input', `This file is not valid JSON (${(error as Error).message}). ${UNCHANGED}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new AppError('invalid-input', `This is not an Afterword journal file: it holds ${Array.isArray(data) ? 'a list' : describe(data)}, not an object. ${UNCHANGED}`);
  }
  const { format, version } = data as Record<string, unknown>;
  if (format !== FORMAT_NAME) {
    throw new AppError(
      'invalid-input',
      format === undefined
        ? `This is not an Afterword journal file: it has no "format" field (an Afterword export says "format": "${FORMAT_NAME}"). ${UNCHANGED}`
        : `This is not an Afterword journal file: its "format" is ${describe(format)}, not "${FORMAT_NAME}". ${UNCHANGED}`,
    );
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > FORMAT_VERSION) {
    throw new AppError(
      'journal-newer',
      `This file was exported by a newer version of Afterword (format version ${version}; this version reads up to ${FORMAT_VERSION}). ` +
        `Update Afterword to import it. ${UNCHANGED}`,
    );
  }
  if (version !== FORMAT_VERSION) {
    throw new AppError('invalid-input', `This file cannot be imported: version: must be ${FORMAT_VERSION}, not ${describe(version)}. ${UNCHANGED}`, [
      { path: 'version', message: `must be ${FORMAT_VERSION}` },
    ]);
  }
  const parsed = journalFile.safeParse(data);
  if (!parsed.success) throw refuse(schemaIssues(parsed.error));
  const broken = referenceIssues(parsed.data);
  if (broken.length > 0) throw refuse(broken);
  return parsed.data;
}

/** Duplicate ids and references to records the file does not hold. */
export function referenceIssues(file: JournalFile): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const ids = (collection: 'people' | 'applications' | 'interviews' | 'followUps') => {
    const first = new Map<number, number>();
    file[collection].forEach((record, index) => {
      const earlier = first.get(record.id);
      if (earlier === undefined) first.set(record.id, index);
      else issues.push({ path: `${collection}[${index}].id`, message: `${record.id} is already the id of ${collection}[${earlier}]` });
    });
    return first;
  };
  const people = ids('people');
  const applications = ids('applications');
  const interviews = ids('interviews');
  ids('followUps');
  const interviewApplication = new Map(file.interviews.map((i) => [i.id, i.applicationId]));

  const words = new Set<string>();
  file.personalWords.forEach((word, index) => {
    if (words.has(word)) issues.push({ path: `personalWords[${index}]`, message: `"${word}" is listed twice` });
    words.add(word);
  });
  file.applications.forEach((a, index) => {
    if (a.recruiterId !== null && !people.has(a.recruiterId)) issues.push({ path: `applications[${index}].recruiterId`, message: `no person with id ${a.recruiterId}` });
    if (a.referrerId != null && !people.has(a.referrerId)) issues.push({ path: `applications[${index}].referrerId`, message: `no person with id ${a.referrerId}` });
  });
  const calendarUids = new Set<string>();
  file.interviews.forEach((i, index) => {
    if (i.calendarUid != null) {
      if (calendarUids.has(i.calendarUid)) issues.push({ path: `interviews[${index}].calendarUid`, message: 'is the invitation of another interview too' });
      calendarUids.add(i.calendarUid);
    }
    if (!applications.has(i.applicationId)) issues.push({ path: `interviews[${index}].applicationId`, message: `no application with id ${i.applicationId}` });
    i.interviewerIds.forEach((personId, position) => {
      if (!people.has(personId)) issues.push({ path: `interviews[${index}].interviewerIds[${position}]`, message: `no person with id ${personId}` });
    });
  });
  file.followUps.forEach((f, index) => {
    const at = `followUps[${index}]`;
    if (!applications.has(f.applicationId)) issues.push({ path: `${at}.applicationId`, message: `no application with id ${f.applicationId}` });
    if (f.interviewId !== null) {
      if (!interviews.has(f.interviewId)) issues.push({ path: `${at}.interviewId`, message: `no interview with id ${f.interviewId}` });
      else if (interviewApplication.get(f.interviewId) !== f.applicationId) {
        issues.push({
          path: `${at}.interviewId`,
          message: `interview ${f.interviewId} belongs to application ${interviewApplication.get(f.interviewId)}, not ${f.applicationId}`,
        });
      }
    }
    if (f.recipientId !== null && !people.has(f.recipientId)) issues.push({ path: `${at}.recipientId`, message: `no person with id ${f.recipientId}` });
  });
  trackerIssues(file, applications, issues);
  return issues;
}

/** Status history, postings and companies: unique keys, known applications, names each company answers to once. */
function trackerIssues(file: JournalFile, applications: Map<number, number>, issues: FieldIssue[]): void {
  const changeIds = new Set<number>();
  file.statusChanges?.forEach((c, index) => {
    if (changeIds.has(c.id)) issues.push({ path: `statusChanges[${index}].id`, message: `${c.id} is listed twice` });
    changeIds.add(c.id);
    if (!applications.has(c.applicationId)) issues.push({ path: `statusChanges[${index}].applicationId`, message: `no application with id ${c.applicationId}` });
  });
  const posted = new Set<number>();
  file.jobPostings?.forEach((p, index) => {
    if (!applications.has(p.applicationId)) issues.push({ path: `jobPostings[${index}].applicationId`, message: `no application with id ${p.applicationId}` });
    else if (posted.has(p.applicationId)) issues.push({ path: `jobPostings[${index}].applicationId`, message: `application ${p.applicationId} has two postings` });
    posted.add(p.applicationId);
  });
  const companyIds = new Set<number>();
  const names = new Map<string, number>();
  file.companies?.forEach((c, index) => {
    if (companyIds.has(c.id)) issues.push({ path: `companies[${index}].id`, message: `${c.id} is listed twice` });
    companyIds.add(c.id);
    const key = c.name.trim().toLocaleLowerCase();
    const earlier = names.get(key);
    if (earlier !== undefined) issues.push({ path: `companies[${index}].name`, message: `"${c.name}" is already the name of companies[${earlier}]` });
    names.set(key, index);
  });
}
