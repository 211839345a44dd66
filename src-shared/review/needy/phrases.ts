/**
 * The needy, pushy and apologetic phrasings of a follow-up note, kept apart from the matching logic.
 *
 * Pattern syntax (matched against words with contractions expanded, curly apostrophes folded, lower case):
 * - `word` matches that word; `word~` also matches its inflections ("beg~" matches begging, begged, begs);
 * - `a|b|c` matches any one of the alternatives; a trailing `?` makes the element optional;
 * - `*` skips up to three words, `**` up to six.
 * `unless` lists words (same syntax) that, anywhere in the sentence, mean the sentence is fine: a practical
 * apology ("sorry for the late reply") is normal and must not read as apologising for the interview.
 *
 * Rewrites are confident sentences that fit the note: they depend on its kind (a thank-you note does not ask for a
 * timeline) and channel (a text message stays short), name no role or company (the note around them already
 * does), and are listed best first; the engine drops one that repeats what the rest of the note says.
 */
import { companyName, type ReviewContext } from '../context.ts';
import type { Severity } from '../types.ts';

export interface NeedyRule {
  ruleId: string;
  severity: Severity;
  patterns: string[];
  unless?: string[];
  /** Why it hurts, in a sentence or two. */
  message: string;
  /** Confident sentences to use instead of the flagged one, best first; none when the fix is to leave it out. */
  rewrites: (context: ReviewContext) => string[];
}

const isText = (context: ReviewContext) => context.channel === 'text';
const isThankYou = (context: ReviewContext) => context.kind === 'thank-you' || context.kind === undefined;

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
    rewrites: (context) =>
      isText(context) ? ['I’m excited about the role.'] : ['I’m excited about the role and sure I could help.', 'The work we talked about is what I want to do next.'],
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
      'reply|respond|answer|back|hear * asap|immediately|urgently',
      'reply|respond|answer|back|hear * right away',
      'as soon as possible',
      'asap',
      'i expect~|demand~|insist~ * reply|response|answer|decision|update|hear~',
      'at your earliest convenience',
    ],
    message:
      'This puts pressure on the reader or hints at guilt. Hiring takes time and a demanding tone can count ' +
      'against you; ask about the expected timeline instead.',
    rewrites: (context) =>
      isThankYou(context)
        ? ['I look forward to hearing about the next steps.']
        : isText(context)
          ? ['When do you expect to decide?']
          : ['Could you tell me when you expect to decide?', 'Is there a date you hope to decide by?'],
  },
  {
    // A date the reader is asked to meet is pressure; a date someone else set (another offer's deadline) is news
    // the reader needs, and saying so is normal.
    ruleId: 'needy-pressure',
    severity: 'warning',
    patterns: [
      'reply|respond|answer|decide|decision|hear|back|know|update * by the? monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|eod|cob|noon|end|today',
      'need|require * reply|response|answer|decision * by|before|within|asap|today|tomorrow',
    ],
    unless: ['they', 'their', 'them', 'offer~', 'deadline~', 'another', 'competing', 'other', 'employer~', 'company'],
    message:
      'This sets the reader a deadline. Hiring takes time and a demanding tone can count against you; ask about ' +
      'the expected timeline instead, or, if another offer has a real deadline, say so plainly.',
    rewrites: (context) =>
      isThankYou(context) ? ['I look forward to hearing about the next steps.'] : ['Could you tell me when you expect to decide?'],
  },
  {
    ruleId: 'needy-ultimatum',
    severity: 'warning',
    patterns: [
      'if i do|does|did? not hear~|receive~|get * by|before|within|soon|this|next',
      'otherwise i will|shall|would|am|must',
      'this is my final|last follow~|followup|email|attempt|message|note',
      'this will be my final|last follow~|followup|email|attempt|message|note',
      'i will|shall|would|must have? to? * accept|take|consider * other|another offer|offers|opportunities',
      'wait~|await~ * a|your? positive|favourable|favorable|good reply|response|answer|news|outcome|decision',
      'hop~ for * a|your? positive|favourable|favorable reply|response|answer|outcome|decision',
      'look~ forward to * a|your? positive|favourable|favorable reply|response|answer|outcome|decision',
      'expect~ * a|your? positive|favourable|favorable reply|response|answer|outcome|decision',
    ],
    message:
      'This tells the reader what to decide or what happens if they do not answer. An ultimatum, or a reply ' +
      'presumed positive, reads as pressure; say you look forward to hearing from them.',
    rewrites: () => ['I look forward to hearing from you.', 'Thank you for thinking of me for the role.'],
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
    rewrites: (context) =>
      isThankYou(context)
        ? ['I enjoyed our talk and look forward to the next steps.']
        : isText(context)
          ? ['Do you know when you will decide?']
          : ['I’m writing to ask when you expect to decide; I’m still keen on the role.', 'I’m still keen on the role and would be glad to hear when you plan to decide.'],
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
    rewrites: (context) => (isText(context) ? ['Thanks for your time.'] : ['Thank you for your time.', 'I appreciate your time.']),
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
    rewrites: (context) =>
      isText(context) ? ['I enjoyed our talk.'] : ['I enjoyed our talk and came away even keener on the work.', 'I enjoyed our talk.'],
  },
  {
    // ADVICE.md: a new or longer answer after the interview suggests a lack of confidence; a hint, because it is
    // right when the point matters to the decision.
    ruleId: 'needy-re-answering',
    severity: 'hint',
    patterns: [
      'forgot|neglected|failed to mention|say|add|tell|share',
      'add to my answer~|response~|reply',
      'expand|elaborate on my answer~|response~|reply',
      'follow~ up on my answer~|response~|reply',
      'revisit|return to my answer~|response~|reply',
      'clarify what i said|meant|mentioned',
      'clarify my answer~|response~|point',
      'did not get|have a|the chance to mention|say|explain|share|add',
      'meant to say|mention|add',
      'better answer~ to|for',
      'what i meant was',
      'what i meant to say',
      'one more thing i should|wanted|meant',
    ],
    message:
      'Re-answering a question after the interview can read as doubt about the answer you gave. Keep it only if it ' +
      'matters to their decision, and then in a sentence.',
    rewrites: () => [],
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
    rewrites: (context) => (isText(context) ? ['Thanks again for the chat.'] : ['Thank you again for a great talk.', 'I enjoyed our talk.']),
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
  rewrites: (context) => {
    const company = companyName(context);
    return [
      context.kind === 'thank-you' || context.kind === undefined
        ? `Thank you${context.role ? ` – ${context.role} interview` : ''}`
        : `Following up on the ${context.role ?? 'interview'}${company ? ` at ${company}` : ''}`,
    ];
  },
};
