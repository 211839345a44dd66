/** Turning "Name <address>" into a mailbox that can sit in a 7-bit mail header, or saying clearly why not. */
import addressparser from 'nodemailer/lib/addressparser';
import { checkEmailAddress } from '../../src-shared/address/email-address.ts';

export interface Mailbox {
  name: string;
  address: string;
}

/** Something the user typed cannot go into a draft; `field` says which box to point at. */
export class EmlInputError extends Error {
  override name = 'EmlInputError';
  constructor(
    readonly field: 'to' | 'from' | 'subject',
    message: string,
  ) {
    super(message);
  }
}

// A run of letters with no space cannot be folded; past this length the header line would outgrow 78 characters.
const LONGEST_UNFOLDABLE_RUN = 60;

/** Collapses line breaks, tabs and other control characters into single spaces: a header value is one line. */
export function oneLine(text: string): string {
  return text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}

/** Has a space-free run of ASCII that no header folding could break. */
export function hasUnfoldableRun(text: string): boolean {
  return new RegExp(`[\\x21-\\x7e]{${LONGEST_UNFOLDABLE_RUN + 1},}`).test(text);
}

/** Checks an address (the rule every form shares) and returns it with an international domain in its ASCII form. */
export function normalizeAddress(address: string, field: EmlInputError['field']): string {
  const checked = checkEmailAddress(address);
  if (!checked.ok) throw new EmlInputError(field, checked.message);
  return checked.address;
}

/** Checks a mailbox given as separate name and address. */
export function normalizeMailbox(mailbox: Mailbox, field: EmlInputError['field']): Mailbox {
  const name = oneLine(mailbox.name);
  if (hasUnfoldableRun(name)) {
    throw new EmlInputError(field, `The name “${name.slice(0, 40)}…” has a word too long for a mail header.`);
  }
  return { name, address: normalizeAddress(mailbox.address, field) };
}

/** Reads one mailbox written as `Name <address>` or a bare address. */
export function parseMailbox(text: string, field: EmlInputError['field']): Mailbox {
  const parsed = addressparser(text.trim(), { flatten: true });
  if (parsed.length !== 1 || !parsed[0]?.address) {
    const problem = parsed.length > 1 ? 'holds more than one address' : 'has no email address';
    throw new EmlInputError(field, `“${text.trim()}” ${problem}; write it as "Name <name@example.com>".`);
  }
  return normalizeMailbox({ name: parsed[0].name, address: parsed[0].address }, field);
}
