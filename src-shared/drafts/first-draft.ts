/**
 * A first draft built from the journal: the greeting, the company and the role filled in, and marked places
 * (`[[…]]`, the review engine's placeholder syntax) where only the writer knows what to say. The marked places are
 * flagged until replaced, so the draft can never be sent as a finished boilerplate.
 */
import type { FollowUpChannel, FollowUpKind } from '../api/journal-types.ts';

export interface DraftInput {
  kind: FollowUpKind;
  channel: FollowUpChannel;
  /** Full name of the person the note is to, when known. */
  recipientName: string | null;
  company: string;
  role: string;
  /** What the interview covered, in the journal's words. */
  topics: readonly string[];
  /** The writer's name for the sign-off; a marked place when empty. */
  userName: string;
}

export interface FirstDraft {
  /** Empty for channels without a subject line. */
  subject: string;
  body: string;
}

/** A marked place. Brackets inside the hint would end it early, so they are dropped. */
export function placeholder(hint: string): string {
  return `[[${hint.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim()}]]`;
}

/**
 * The text with every marked place blanked out, offsets kept: topics listed inside a marked place must not count
 * as referred to.
 */
export function withoutPlaceholders(text: string): string {
  return text.replace(/\[\[[^\]]*\]\]/g, (match) => ' '.repeat(match.length));
}

function firstName(fullName: string | null): string | null {
  const name = fullName?.trim().split(/\s+/)[0];
  return name ? name : null;
}

function topicList(topics: readonly string[], limit: number): string {
  const chosen = topics.map((topic) => topic.trim()).filter(Boolean).slice(0, limit);
  return chosen.join('; ');
}

/** "the Data Engineer role at Acme", with marked places for what the journal lacks. */
function position(input: DraftInput): string {
  const role = input.role.trim() || placeholder('role');
  const company = input.company.trim() || placeholder('company');
  return `the ${role} role at ${company}`;
}

function specificPoint(input: DraftInput, limit: number, lead: string): string {
  const topics = topicList(input.topics, limit);
  return placeholder(topics ? `${lead}: ${topics}` : `${lead}`);
}

function emailBody(input: DraftInput): string[] {
  const about = position(input);
  switch (input.kind) {
    case 'thank-you':
      return [
        `Thank you for talking with me about ${about}.`,
        specificPoint(input, 4, 'One point from our conversation that stayed with you, and why, for example'),
        placeholder('How your experience connects to that point, in a sentence or two'),
        'I enjoyed the conversation and look forward to the next step.',
      ];
    case 'status-check':
      return [
        `I remain very interested in ${about}.`,
        specificPoint(input, 3, 'Something new since the interview: a result, an article or an idea about'),
        'Could you let me know the expected timeline for the next step?',
      ];
    case 'feedback-request':
      return [
        `Thank you for letting me know your decision about ${about}, and for the time you and the team gave me.`,
        specificPoint(input, 3, 'Something you valued in the process, for example'),
        'If you have a few minutes, I would welcome any feedback on what I could do better in a future interview.',
      ];
    case 'recruiter-update':
      return [
        `A short update on ${about}: the interview has taken place.`,
        specificPoint(input, 3, 'How it went in a sentence, and what was discussed, for example'),
        placeholder('Anything they should know: your availability, questions, other processes'),
      ];
    case 'other':
      return [`I am writing about ${about}.`, placeholder('What you want to say')];
  }
}

function shortBody(input: DraftInput): string {
  const about = position(input);
  switch (input.kind) {
    case 'thank-you':
      return `Thank you for the conversation about ${about}. ${specificPoint(input, 2, 'One point you enjoyed')}`;
    case 'status-check':
      return `I remain very interested in ${about}. ${placeholder('One new thing worth telling them')} Could you share the expected timeline?`;
    case 'feedback-request':
      return `Thank you for letting me know about ${about}. ${placeholder('Ask for one or two points to improve')}`;
    case 'recruiter-update':
      return `The interview for ${about} is done. ${specificPoint(input, 2, 'How it went')}`;
    case 'other':
      return `About ${about}: ${placeholder('What you want to say')}`;
  }
}

function subjectFor(input: DraftInput): string {
  const role = input.role.trim() || placeholder('role');
  switch (input.kind) {
    case 'thank-you':
      return `Thank you: ${role} interview`;
    case 'status-check':
      return `${role} role: next steps`;
    case 'feedback-request':
      return `${role} interview: feedback`;
    case 'recruiter-update':
      return `Update on the ${role} interview`;
    case 'other':
      return placeholder('Subject');
  }
}

export function buildFirstDraft(input: DraftInput): FirstDraft {
  const name = firstName(input.recipientName) ?? placeholder('Their name');
  const signOff = input.userName.trim() || placeholder('Your name');

  if (input.channel === 'text' || input.channel === 'phone') {
    // A text message is read on a phone: one or two sentences, within an SMS segment or two.
    return { subject: '', body: `Hi ${name}, ${shortBody(input)} ${signOff}` };
  }

  const body = [`Hi ${name},`, ...emailBody(input), `Best regards,\n${signOff}`].join('\n\n');
  return { subject: input.channel === 'email' ? subjectFor(input) : '', body };
}
