/** A one-page plan to keep in front of you while you phone the employer about where things stand. */

export interface CallSheetInput {
  recipient: { name: string; title?: string | undefined; phone?: string | undefined };
  company: string;
  role: string;
  /** Topics, problems or projects raised in the interview, one per entry. */
  topics: readonly string[];
  /** The next step the employer named, in the user's words ("a decision by Friday"). */
  nextStep?: string | undefined;
}

const bullet = (text: string) => `- ${text}`;
const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Plain text, one section per stage of the call; blank lines between sections. */
export function callSheet(input: CallSheetInput): string {
  const name = clean(input.recipient.name);
  const firstName = name.split(' ')[0] ?? name;
  const company = clean(input.company);
  const role = clean(input.role);
  const title = input.recipient.title ? clean(input.recipient.title) : '';
  const phone = input.recipient.phone ? clean(input.recipient.phone) : '';
  const topics = input.topics.map(clean).filter(Boolean);
  const nextStep = input.nextStep ? clean(input.nextStep) : '';

  const heading = `Call to ${name}${title ? `, ${title}` : ''} at ${company}`;
  const sections: string[][] = [
    [heading, `About: ${role}`, ...(phone ? [`Number: ${phone}`] : [])],
    [
      'Before you dial',
      bullet('Find a quiet place where you can hear clearly and will not be interrupted.'),
      bullet('Keep this sheet, a pen and your calendar within reach.'),
      bullet('Decide the one question you most want answered.'),
    ],
    [
      'Opening',
      bullet(`Greet ${firstName} by name, say who you are and that you interviewed for the ${role} role.`),
      bullet('Ask whether now is a good moment for a two-minute call.'),
      bullet('On voicemail: your name, the role, your number, and one line of thanks. Then hang up.'),
    ],
    [
      'Talking points',
      ...(topics.length
        ? topics.map((topic) => bullet(topic))
        : [bullet('Note one thing from the interview that made you want the job.')]),
      bullet('Mention each briefly and link it to your experience; this is not the place to redo an answer.'),
    ],
    [
      'Next step',
      nextStep
        ? bullet(`They said: ${nextStep}. Ask where things stand on it and whether the timeline still holds.`)
        : bullet('Ask what the next step is and when you can expect to hear.'),
      bullet('If they need anything more from you, offer to send it today.'),
    ],
    [
      'Closing',
      bullet(`Thank ${firstName} for the time and say you remain interested in the role.`),
      bullet('Write down what you learned and any date they give you as soon as you hang up.'),
    ],
  ];
  return `${sections.map((section) => section.join('\n')).join('\n\n')}\n`;
}
