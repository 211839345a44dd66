/**
 * Educated guesses from an invitation's words and addresses: the company, the round and the format. Each is shown
 * before anything is written and can be changed, so a guess only has to be right most of the time.
 */
import type { InvitationPerson } from '../../src-shared/api/calendar-types.ts';
import type { InterviewFormat, InterviewRound } from '../../src-shared/api/journal-types.ts';

/** Addresses that say nothing about the employer: personal mail and the tools that send invitations for it. */
const NOT_AN_EMPLOYER = new Set([
  'gmail', 'googlemail', 'outlook', 'hotmail', 'live', 'msn', 'yahoo', 'icloud', 'me', 'mac', 'aol', 'proton', 'protonmail', 'pm',
  'gmx', 'web', 'yandex', 'zoho', 'fastmail', 'hey', 'mail', 'posteo', 'tutanota', 'qq', '163',
  'google', 'calendar', 'greenhouse', 'lever', 'goodtime', 'calendly', 'ashbyhq', 'workday', 'myworkday', 'smartrecruiters', 'icims',
  'zoom', 'teams', 'gem', 'modernloop', 'example',
]);

/** Second-level labels under which the name sits one label further left (acme.co.uk). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ltd', 'plc']);

/** The label of an address's domain that names the organisation: `talent@eu.acme-corp.co.uk` → `acme-corp`. */
export function organisationLabel(email: string): string | null {
  const domain = email.split('@')[1]?.toLowerCase();
  if (!domain) return null;
  const labels = domain.split('.').filter(Boolean);
  if (labels.length < 2) return null;
  const last = labels.length - 1;
  const index = labels.length >= 3 && SECOND_LEVEL.has(labels[last - 1]!) && labels[last]!.length === 2 ? last - 2 : last - 1;
  const label = labels[index]!;
  return NOT_AN_EMPLOYER.has(label) ? null : label;
}

const titleCase = (label: string) =>
  label
    .split(/[-_]+/)
    .filter(Boolean)
    .map((word) => (word.length <= 3 && !/[aeiou]/.test(word) ? word.toUpperCase() : word[0]!.toUpperCase() + word.slice(1)))
    .join(' ');

const MEETING_WORDS = /^(?:(?:the|a|an|your|our|first|second|final|phone|video|technical|tech|coding|onsite|on-site|panel|hiring|manager|recruiter|intro|introductory|interview|interviews|screen|screening|call|chat|meeting|round|with|at|for|and|&|\d+)\b\s*)+$/i;

/**
 * "Interview with Acme", "Acme — Technical interview", "Phone screen: Acme <> Sam": the title's pieces between
 * separators, less those made only of meeting words; the first left is the company.
 */
function companyFromTitle(title: string): string {
  const withName = /\b(?:with|at)\s+([^|,:;()<>–—]+?)(?:\s*[|,:;()<>–—]|\s+-\s|$)/i.exec(title);
  const pieces = title
    .split(/\s*(?:\||:|<>|–|—|\s-\s|\(|\))\s*/)
    .map((piece) => piece.trim())
    .filter((piece) => piece && !MEETING_WORDS.test(piece));
  if (withName && !MEETING_WORDS.test(withName[1]!)) return withName[1]!.trim();
  return pieces[0] ?? '';
}

/** A company for a new application: the organiser's or an attendee's employer domain, else the title. */
export function guessCompany(title: string, organizer: InvitationPerson | null, attendees: readonly InvitationPerson[]): string {
  for (const p of [organizer, ...attendees]) {
    const label = p?.email ? organisationLabel(p.email) : null;
    if (label) return titleCase(label);
  }
  return companyFromTitle(title).slice(0, 200);
}

const ROUND_WORDS: [InterviewRound, RegExp][] = [
  ['final', /\bfinal\b|\bofferstage\b|\bexecutive\b|\bbar raiser\b/i],
  ['panel', /\bpanel\b|\bon-?site\b|\bloop\b|\bsuper ?day\b/i],
  ['technical', /\btechnical\b|\bcoding\b|\bsystem design\b|\bpair(ing)?\b|\btake-?home\b|\bcase study\b|\balgorithm/i],
  ['screen', /\bscreen(ing)?\b|\bintro(ductory)?\b|\brecruiter\b|\bphone call\b|\bfirst (call|chat|round)\b/i],
];

export function guessRound(words: string, attendeeCount: number): InterviewRound {
  for (const [round, pattern] of ROUND_WORDS) if (pattern.test(words)) return round;
  return attendeeCount >= 3 ? 'panel' : 'other';
}

/** A video link makes it a video call; a street address with no link, on site; a dial-in with neither, a phone call. */
export function guessFormat(location: string, hasLink: boolean, description: string): InterviewFormat {
  if (hasLink) return 'video';
  if (/\b(phone|call you|dial|tel:)\b/i.test(`${location}\n${description}`) && !/\d{1,5}\s+\p{L}+\s+(street|st|road|rd|avenue|ave|straße|strasse)\b/iu.test(location)) return 'phone';
  return location ? 'on-site' : 'video';
}
