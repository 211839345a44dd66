/**
 * A note as an unsent `.eml` draft. nodemailer's MailComposer does the MIME work (encoded-words, folding,
 * quoted-printable or base64); this module decides what goes in and keeps the bytes within what every mail client
 * accepts: CRLF line ends, 7-bit headers, lines of at most 78 characters.
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import { encodeWord } from 'nodemailer/lib/mime-funcs';
import { stripControlCharacters } from '../../src-shared/api/clean-text.ts';
import { EmlInputError, hasUnfoldableRun, normalizeMailbox, oneLine, type Mailbox } from './address.ts';

export interface EmlDraft {
  to: Mailbox;
  from?: Mailbox | undefined;
  subject: string;
  body: string;
  /** When the draft was made; the mail client stamps its own date when the note is sent. */
  date?: Date | undefined;
}

/** Canonical text for a text/plain part: CRLF line ends and, unless empty, a final line end. */
export function canonicalBody(body: string): string {
  // A NUL or other control character would cut the note short in mail programs (Thunderbird stops at a NUL).
  const lines = stripControlCharacters(body).replace(/^\uFEFF/, '');
  if (!lines) return '';
  return (lines.endsWith('\n') ? lines : `${lines}\n`).replace(/\n/g, '\r\n');
}

// A subject with a long unbroken run (a pasted link) would be left as one over-long line; as encoded-words it
// folds like any other text and still reads back unchanged.
function subjectHeader(subject: string): { subject?: string; headers: Record<string, { prepared: true; foldLines: true; value: string }> } {
  if (!hasUnfoldableRun(subject)) return { subject, headers: {} };
  return { headers: { Subject: { prepared: true, foldLines: true, value: encodeWord(subject, 'Q', 52) } } };
}

/** Builds the bytes of an unsent draft that Outlook, Thunderbird and Apple Mail open ready to edit and send. */
export async function buildEml(draft: EmlDraft): Promise<Buffer> {
  const to = normalizeMailbox(draft.to, 'to');
  const from = draft.from ? normalizeMailbox(draft.from, 'from') : undefined;
  const subject = oneLine(draft.subject);
  if (!subject) throw new EmlInputError('subject', 'A subject line is needed.');
  const body = canonicalBody(draft.body);
  const subjectFields = subjectHeader(subject);

  const composer = new MailComposer({
    to,
    ...(from ? { from } : {}),
    ...(subjectFields.subject ? { subject: subjectFields.subject } : {}),
    date: draft.date ?? new Date(),
    // Outlook opens a message with X-Unsent: 1 as a draft with a Send button instead of as received mail.
    headers: { 'X-Unsent': '1', ...subjectFields.headers },
    // An empty string part loses its charset; an empty Buffer keeps the declared one.
    text: { content: body ? body : Buffer.alloc(0), contentType: 'text/plain; charset=utf-8' },
    newline: 'windows',
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return composer.compile().build();
}
