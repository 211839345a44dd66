/**
 * The needy, pushy and apologetic phrasings of a follow-up note, kept apart from the matching logic.
 *
 * Pattern syntax (matched against words with contractions expanded, curly apostrophes folded, lower case):
 * - `word` matches that word; `word~` also matches its inflections ("beg~" matches begging, begged, begs);
 * - `a|b|c` matches any one of the alternatives; a trailing `?` makes the element optional;
 * - `*` skips up to three words, `**` up to six.
 * `unless` lists words (same syntax) that, anywhere in the sentence, mean the sentence is fine: a practical
 * apology ("sorry for the late reply") is normal and must not read as apologising for the interview.
 */
import type { ReviewContext } from '../context.ts';
import type { Severity } from '../types.ts';

export interface NeedyRule {
  ruleId: string;
  severity: Severity;
  patterns: string[];
  unless?: string[];
  /** Why it hurts, in a sentence or two. */
  message: string;
  /** A confident sentence to use instead of the flagged one. */
  rewrite: (context: ReviewContext) => string;
}

const theRole = (context: ReviewContext): string => (context.role ? `the ${context.role} role` : 'the role');
const theTeam = (context: ReviewContext): string => (context.company ? `the team at ${context.company}` : 'the team');

export const needyRules: NeedyRule[] = [
  {
    ruleId: 'needy-pleading',
    severity: 'warning',
    patterns: [
      'i * need~ this job|role|position|opportunity|offer',
      'need~ this|the job|role|position|opportunity so|very|really? badly|much',
      'do anything|whatever * for|to get? this|the|a job|role|position|opportunity|chance',
      'i will|would|am * do anything',
      'do whatever it take~',
      'give~ me a|one|another? chance',
      'just|only want|need|ask|asking a|one? chance',
      'chance to prove~ myself',
      'desperate|desperately|desperation',
      'beg~|plead~|implore~',
      'please please',
      'pretty please',
      'please hire|pick|choose|select me',
      'rent is|was due',
      'bills * pay~',
      'hungry|starving kids|children|family',
      'family * depend~ on me|this',
      'mean|means the world to me',
      'can not afford to lose|miss',
    ],
    message:
      'This reads as pleading. Interviewers respond to confidence and genuine interest, not to how much you need ' +
      'the job; say what you would bring instead.',
    rewrite: (context) => `I’m excited about ${theRole(context)} and confident I could contribute from the start.`,
  },
  {
    ruleId: 'needy-pressure',
    severity: 'warning',
    patterns: [
      'have|has not heard~ back|anything|from',
      'not * receiv~|get|got|gotten|had * reply|replies|response|responses|answer|word|update',
      'no reply|response|answer|word yet',
      'still waiting|wait~',
      'did|have you * receiv~|get|got|see|seen|read my * email|emails|message|messages|note|voicemail|application',
      'in case you * receiv~|got|saw|seen|missed my',
      'whether|if you * receiv~|got|saw|seen|missed my',
      'why * take~ so long',
      'what is take~ so long',
      'take~ forever|ages',
      'reply|respond|answer|decide|decision|hear|back|know|update * by the? monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|eod|cob|noon|end|today',
      'reply|respond|answer|back|hear * asap|immediately|urgently',
      'reply|respond|answer|back|hear * right away',
      'as soon as possible',
      'asap',
      'i expect~|demand~|insist~ * reply|response|answer|decision|update|hear~',
      'need|require * reply|response|answer|decision * by|before|within|asap|today|tomorrow',
    ],
    message:
      'This puts pressure on the reader or hints at guilt. Hiring takes time and a demanding tone can count ' +
      'against you; ask about the expected timeline instead.',
    rewrite: (context) =>
      `Could you share the expected timeline for next steps on ${theRole(context)}?`,
  },
  {
    ruleId: 'needy-empty-check-in',
    severity: 'warning',
    patterns: [
      'just|simply check~ in|on',
      'just|simply follow~ up',
      'just|simply want~ to check|follow|touch|see|circle|ping|bump',
      'just|simply circl~ back',
      'check~ in to see',
      'touch~ base',
      'circl~ back',
      'bump~ this|my * up|top',
      'ping~ you|again',
      'any update|updates|news',
      'check~ on the status',
    ],
    message:
      'An empty check-in gives the reader nothing new. Give a reason to write: a question about the timeline, ' +
      'a relevant update, or something of value from the conversation.',
    rewrite: (context) =>
      `I’m writing to ask about the timeline for ${theRole(context)}; I remain very interested and happy to share anything else that would help.`,
  },
  {
    ruleId: 'needy-over-apologising',
    severity: 'hint',
    patterns: [
      'sorry|apolog~ to|for bother~|disturb~|troubl~|pester~|bug|bugging|intrud~',
      'sorry|apolog~ for the|any bother|intrusion|interruption|trouble|imposition',
      'sorry|apolog~ to|for write~|email~|messag~|contact~|reach~ * again|once',
      'hate to bother|bug|pester|disturb|trouble',
      'not mean to bother|bug|pester|disturb|trouble|impose',
      'not want to bother|bug|pester|disturb|trouble|impose',
      'i know you are * busy',
      'i know how busy',
      'i realize|understand you are * busy',
      'sorry if this|i * bother~|annoy~|pester~',
    ],
    message:
      'Apologising for writing undercuts the note: a short, useful message is welcome. Some advisers accept a ' +
      'nod to the reader’s time, so this is only a hint.',
    rewrite: () => 'Thank you for your time.',
  },
  {
    ruleId: 'needy-interview-apology',
    severity: 'warning',
    patterns: [
      'i * was|am|were|felt|got|get|feel|seemed|seem * nervous|anxious|flustered|rattled|tense|jittery',
      'my nerves|nervousness|anxiety',
      'nerves * got|get the better',
      'not my best',
      'not at my best',
      'not myself',
      'sorry|apolog~|forgive * answer~|response|responses|performance|interview|rambl~|blank~|stumbl~|nervous~|nerves',
      'i * blank~|froze|freez~|rambl~|stumbl~|fumbl~',
      'i * mess~ up',
      'not do myself justice',
      'could|should have answer~|explain~|done|said|prepar~|mention~ * better|more',
      'should have answer~|explain~|said|mention~',
      'my answer~ * was|were not|poor|weak|bad|wrong',
      'poor|bad|weak|terrible|awful|rough answer~|performance|interview',
    ],
    unless: ['late~', 'delay~', 'reschedul~', 'slow', 'typo', 'typos', 'miss~', 'tardy', 'inconvenience'],
    message:
      'Apologising for how the interview went draws attention to it and suggests a lack of confidence. Leave ' +
      'nerves and weak answers out; point to what you did well or to a relevant strength.',
    rewrite: () => 'I enjoyed the conversation and came away even more interested in the work.',
  },
  {
    ruleId: 'needy-gift',
    severity: 'warning',
    patterns: [
      'gift card|cards|certificate~',
      'a|small|little|this|my gift|gifts|present',
      'token of my|our? appreciation|gratitude',
      'send~|sent|bring~|brought|buy~|bought|treat~|deliver~|order~ * you|team|everyone * coffee|lunch|dinner|drinks|cookies|donuts|doughnuts|pizza|flowers|cake|chocolates|wine|gift|gifts',
      'coffee|lunch|dinner|drinks|pizza is|are? on me',
      'my treat',
    ],
    message:
      'Gifts and favours look like an attempt to sway the decision and can put the reader in an awkward ' +
      'position. Let your thanks and your fit for the role speak.',
    rewrite: (context) => `Thank you again to ${theTeam(context)} for a thoughtful conversation.`,
  },
];

/** Subject lines that sound urgent or emotional (only checked for the subject field). */
export const urgentSubjectRule: NeedyRule = {
  ruleId: 'needy-urgent-subject',
  severity: 'warning',
  patterns: [
    'urgent|urgently|asap|immediate|immediately|important|emergency|critical|time-sensitive|sensitive',
    'please respond|reply|answer|read',
    'still waiting|wait~',
    'second|third|another|final|last follow~ up',
    'second|third|another|final|last followup|reminder|attempt',
    'follow~ up again',
    'desperate|desperately|help',
    'action required|needed',
    'response needed|required',
  ],
  message:
    'A subject line with urgency or emotion makes the whole note read as pressure. A plain subject works best: ' +
    'what the note is and which role it is about.',
  rewrite: (context) =>
    context.kind === 'thank-you' || context.kind === undefined
      ? `Thank you${context.role ? ` – ${context.role} interview` : ''}`
      : `Following up on the ${context.role ?? 'interview'}${context.company ? ` at ${context.company}` : ''}`,
};
