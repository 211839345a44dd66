/**
 * Length by kind and channel. A thank-you email is a few short paragraphs; a text message should fit in one or
 * two SMS segments; a letter may run longer. Without a channel the check is off.
 */
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import type { Channel, FollowUpKind, ReviewContext } from '../context.ts';
import { report } from '../report.ts';
import { smsSegments } from '../text/sms.ts';
import { firstLineSpan, wordCountKept } from '../text/words.ts';

export interface LengthOptions {
  context: ReviewContext;
}

/** Words, [fewest, most], per channel and kind. */
const wordLimits: Record<Exclude<Channel, 'text'>, Record<FollowUpKind, [number, number]>> = {
  email: {
    'thank-you': [40, 250],
    'status-check': [25, 150],
    'feedback-request': [25, 150],
    'recruiter-update': [25, 200],
    other: [20, 300],
  },
  letter: {
    'thank-you': [40, 400],
    'status-check': [25, 300],
    'feedback-request': [25, 300],
    'recruiter-update': [25, 300],
    other: [20, 400],
  },
};

const kindNames: Record<FollowUpKind, string> = {
  'thank-you': 'thank-you',
  'status-check': 'status check-in',
  'feedback-request': 'feedback request',
  'recruiter-update': 'recruiter update',
  other: 'follow-up',
};

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export default function retextAfterwordLength(options: LengthOptions) {
  const { channel, kind = 'other' } = options.context;
  return function (_tree: Root, file: VFile): undefined {
    const text = String(file);
    if (!channel || text.trim().length === 0) return;
    const body = text.trim();
    const bodyStart = text.indexOf(body);

    if (channel === 'text') {
      const sms = smsSegments(body);
      if (sms.segments <= 2) return;
      const why =
        sms.encoding === 'UCS-2'
          ? ` It holds characters outside plain SMS text (${sms.nonGsm.slice(0, 5).map((char) => `“${char}”`).join(' ')}), which shrinks each segment from 160 to 70 characters.`
          : '';
      report(file, `This text message takes ${sms.segments} SMS segments; keep it to one or two.${why}`, {
        start: bodyStart,
        end: bodyStart + body.length,
        ruleId: 'length-sms',
        category: 'length',
        severity: 'warning',
      });
      return;
    }

    const [fewest, most] = wordLimits[channel][kind];
    const count = wordCountKept(body);
    const name = `${kindNames[kind]} ${channel === 'email' ? 'email' : 'letter'}`;
    if (count > most) {
      const firstExtra = [...body.matchAll(wordPattern)][most];
      const start = bodyStart + (firstExtra?.index ?? 0);
      report(file, `At ${count} words this ${name} is long; aim for at most about ${most}. A busy reader gives a follow-up a quick look.`, {
        start,
        end: bodyStart + body.length,
        ruleId: 'length-long',
        category: 'length',
        severity: 'warning',
      });
    } else if (count < fewest) {
      report(file, `At ${count} words this ${name} is too short to say anything specific; aim for at least about ${fewest}.`, {
        ...firstLineSpan(text),
        ruleId: 'length-short',
        category: 'length',
        severity: 'warning',
      });
    }
  };
}
