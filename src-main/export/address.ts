/** Turning "Name <address>" into a mailbox that can sit in a 7-bit mail header, or saying clearly why not. */
import { domainToASCII } from 'node:url';
import addressparser from 'nodemailer/lib/addressparser';

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

// RFC 5322 dot-atom. Mailbox names with non-ASCII characters need SMTPUTF8, which a 7-bit draft cannot carry.
const DOT_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
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

/** Checks an address and returns it with an international domain in its ASCII (punycode) form. */
export function normalizeAddress(address: string, field: EmlInputError['field']): string {
  const trimmed = address.trim();
  if (!trimmed) throw new EmlInputError(field, 'An email address is needed.');
  const at = trimmed.lastIndexOf('@');
  const local = trimmed.slice(0, at);
  const domain = at < 0 ? '' : domainToASCII(trimmed.slice(at + 1));
  if (at < 0 || !local || !domain) {
    throw new EmlInputError(field, `“${trimmed}” is not an email address (expected something like name@example.com).`);
  }
  if (!DOT_ATOM.test(local)) {
    throw new EmlInputError(field, `The part before @ in “${trimmed}” has characters a mail draft cannot carry; check for spaces, accents or quotes.`);
  }
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => DNS_LABEL.test(label))) {
    throw new EmlInputError(field, `The domain in “${trimmed}” is not valid (expected something like example.com).`);
  }
  const normalized = `${local}@${domain}`;
  if (normalized.length > 254) throw new EmlInputError(field, `“${trimmed}” is longer than an email address can be.`);
  return normalized;
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
