/**
 * Reference: does the note speak to the right person about the right job? Greets the recipient by name, names the
 * company and the role, refers to something discussed, and never names another company or person from the journal.
 */
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { companyAliases, companyName, type ReviewContext } from '../context.ts';
import { placeholderPattern } from './placeholder.ts';
import { report } from '../report.ts';
import { topicReferred } from '../topics.ts';
import { findPhrase, firstLineSpan, fold, foldKeepingOffsets, isMeaningBearing, stemsIn, tokenize } from '../text/words.ts';

export interface ReferenceOptions {
  context: ReviewContext;
}

const greetingPattern = /^(?:dear|hi|hello|hey|good\s+(?:morning|afternoon|evening)|greetings|to\s+whom\s+it\s+may\s+concern)\b/i;
const genericAddressees = /\b(?:hiring\s+(?:manager|team)|sir|madam|to\s+whom|team|all|everyone|recruiter|there|folks)\b/i;
const legalSuffix = /[,\s]+(?:inc|llc|ltd|limited|gmbh|corp|corporation|co|plc|sa|ag|bv)\.?$/i;
const seniorityWords = new Set(['senior', 'sr', 'junior', 'jr', 'lead', 'staff', 'principal', 'head', 'associate', 'intern', 'i', 'ii', 'iii', 'iv']);

function nameParts(name: string): string[] {
  return name.split(/\s+/).map((part) => part.replace(/[.,]/g, '')).filter((part) => part.length >= 2 && !/^(?:mr|mrs|ms|mx|dr|prof)$/i.test(part));
}

function companyForms(company: string): string[] {
  const bare = company.replace(legalSuffix, '').trim();
  return [...new Set([company.trim(), bare])].filter((form) => form.length > 0);
}

// A short form never ends on a word like these: "Bank of" is not "Bank of America".
const dangling = /^(?:of|and|the|for|&|de|la|le|von|van|der|du)$/i;

/**
 * The forms of the note's own company that count as naming it: the name, without its legal suffix, its leading
 * words ("Brightline" for "Brightline Health") and the aliases the user gave. A leading-words form counts only
 * when written with its capital, so "the bank" never stands for "Bank of Example".
 */
function ownCompanyForms(company: string, aliases: readonly string[]): Array<{ form: string; capitalised: boolean }> {
  const forms = companyForms(company).map((form) => ({ form, capitalised: false }));
  const words = (company.replace(legalSuffix, '').trim().split(/\s+/));
  for (let count = words.length - 1; count >= 1; count--) {
    const form = words.slice(0, count).join(' ');
    if (dangling.test(words[count - 1] ?? '') || form.replace(/[^\p{L}\p{N}]/gu, '').length < 3) continue;
    forms.push({ form, capitalised: true });
  }
  for (const alias of aliases) forms.push(...companyForms(alias).map((form) => ({ form, capitalised: false })));
  return forms;
}

export default function retextAfterwordReference(options: ReferenceOptions) {
  const context = options.context;
  const recipient = context.recipient?.name;
  const company = companyName(context);
  // The writer's own name (in the sign-off) is never somebody else's.
  const senderParts = new Set(context.sender ? nameParts(context.sender.name).map(fold) : []);
  const ourPeople = [context.recipient?.name, ...(context.interviewers ?? []).map((person) => person.name)].filter(
    (name): name is string => Boolean(name),
  );
  const ourNameParts = new Set(ourPeople.flatMap(nameParts).map(fold));
  // Everything that depends on the context alone, worked out once: the rule runs on every keystroke.
  const recipientParts = recipient ? nameParts(recipient) : [];
  const recipientFolded = new Set(recipientParts.map(fold));
  const isSender = (name: string) => senderParts.size > 0 && nameParts(name).every((part) => senderParts.has(fold(part)));
  const strangers = (context.otherNames ?? []).filter((name) => !ourPeople.some((ours) => fold(ours) === fold(name)) && !isSender(name));
  const otherInterviewers = ourPeople.filter((name) => !recipient || fold(name) !== fold(recipient));
  const wrongPeople = [...strangers, ...otherInterviewers].map((name) => {
    const isStranger = strangers.includes(name);
    const parts = nameParts(name).filter((part) => (!ourNameParts.has(fold(part)) || !isStranger) && !senderParts.has(fold(part)));
    return { name, isStranger, parts };
  });
  const ownForms = company ? ownCompanyForms(company, companyAliases(context)) : [];
  const otherCompanyForms = (context.otherCompanies ?? [])
    .filter((other) => !company || fold(other) !== fold(company))
    .map(companyForms);
  const roleWords = context.role ? tokenize(context.role).filter((token) => isMeaningBearing(token.norm) && !seniorityWords.has(token.norm)) : [];

  return function (_tree: Root, file: VFile): undefined {
    // A placeholder's own words ("[[Say what you discussed about …]]") must not count as referring to anything.
    const text = String(file).replace(placeholderPattern, (placeholder) => ' '.repeat(placeholder.length));
    if (text.trim().length === 0) return;
    const folded = foldKeepingOffsets(text);
    const present = stemsIn(text);
    const anchor = firstLineSpan(text);
    const firstLine = text.slice(anchor.start, anchor.end);
    const greeting = greetingPattern.exec(firstLine);
    const mentions = (phrase: string) => findPhrase(text, phrase, folded);

    const greetsRecipient =
      greeting !== null && recipientParts.some((part) => mentions(part).some((span) => span.start >= anchor.start && span.end <= anchor.end));

    // Someone else greeted or named: the classic wrong-person disaster.
    let greetedSomeoneElse = false;
    for (const { name, isStranger, parts } of wrongPeople) {
      // A panel greeting ("Hi Jake, Jill and Maria,") names the recipient with the others of the same interview.
      if (!isStranger && greetsRecipient) continue;
      const spans = new Map<number, { start: number; end: number }>();
      if (isStranger) for (const span of mentions(name)) spans.set(span.start, span);
      if (greeting) {
        // In the greeting even a first name alone gives it away ("Hi Dana," to Priya).
        for (const part of parts) {
          if (recipientFolded.has(fold(part))) continue;
          for (const span of mentions(part)) if (span.start >= anchor.start && span.end <= anchor.end) spans.set(span.start, span);
        }
      }
      for (const span of spans.values()) {
        if (span.start <= anchor.end && greeting) greetedSomeoneElse = true;
        report(
          file,
          recipient
            ? `“${text.slice(span.start, span.end)}” is not who this note is for: it goes to ${recipient}. Naming the wrong person is the mistake readers remember.`
            : `“${text.slice(span.start, span.end)}” belongs to another application in your journal. Naming the wrong person is the mistake readers remember.`,
          {
            ...span,
            ruleId: 'reference-wrong-name',
            category: 'reference',
            severity: 'error',
            suggestions: recipient ? [recipientParts[0] ?? recipient] : [],
            actual: text.slice(span.start, span.end),
          },
        );
      }
    }

    const ourCompanySpans = ownForms.flatMap(({ form, capitalised }) =>
      mentions(form).filter((span) => !capitalised || /^\p{Lu}/u.test(text.slice(span.start, span.end))),
    );
    for (const forms of otherCompanyForms) {
      for (const span of forms.flatMap(mentions)) {
        if (ourCompanySpans.some((own) => span.start < own.end && own.start < span.end)) continue;
        report(
          file,
          `This note names ${text.slice(span.start, span.end)}, another company from your journal${company ? `, but it is for ${company}` : ''}. A note that names the wrong company undoes everything else in it.`,
          {
            ...span,
            ruleId: 'reference-wrong-company',
            category: 'reference',
            severity: 'error',
            suggestions: company ? [company] : [],
            actual: text.slice(span.start, span.end),
          },
        );
      }
    }

    if (recipient && !greetedSomeoneElse) {
      const parts = recipientParts;
      const greetsByName = parts.some((part) => mentions(part).some((span) => span.start >= anchor.start && span.end <= anchor.end));
      const namesAnywhere = parts.some((part) => mentions(part).length > 0);
      if (greeting ? !greetsByName : !namesAnywhere) {
        const generic = greeting && genericAddressees.test(firstLine);
        const salutation = greeting ? (greeting[0].toLowerCase().startsWith('to whom') ? 'Dear' : greeting[0]) : 'Dear';
        const greetingName = salutation.toLowerCase() === 'dear' ? recipient : (parts[0] ?? recipient);
        report(
          file,
          generic
            ? `Greet ${recipient} by name rather than with a generic greeting: you know who interviewed you, and a named greeting shows it.`
            : `The note does not address ${recipient} by name. A follow-up reads as personal when it greets its reader by name.`,
          {
            ...(greeting ? anchor : { start: anchor.start, end: anchor.start }),
            ruleId: 'reference-recipient',
            category: 'reference',
            severity: 'warning',
            suggestions: greeting ? [`${salutation} ${greetingName},`] : [],
            actual: greeting ? firstLine : undefined,
          },
        );
      }
    }

    if (company && ourCompanySpans.length === 0) {
      report(file, `The note never names ${company}. Naming the company shows the note was written for them.`, {
        ...anchor,
        ruleId: 'reference-company',
        category: 'reference',
        severity: 'warning',
      });
    }

    if (context.role) {
      if (roleWords.length > 0 && !roleWords.every((token) => present.has(token.stem))) {
        report(file, `The note does not mention the ${context.role} role; naming it helps the reader place you.`, {
          ...anchor,
          ruleId: 'reference-role',
          category: 'reference',
          severity: 'info',
        });
      }
    }

    const topics = (context.topics ?? []).filter((topic) => topic.trim().length > 0);
    if (topics.length > 0 && !topics.some((topic) => topicReferred(topic, present))) {
      report(
        file,
        `The note does not refer to anything you discussed (for example “${topics[0]}”). A specific point from the conversation, tied to your experience, is what makes a follow-up memorable.`,
        { ...anchor, ruleId: 'reference-topic', category: 'reference', severity: 'warning' },
      );
    }
  };
}
