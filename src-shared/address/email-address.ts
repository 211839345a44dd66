/**
 * The one rule for an e-mail address: the export refuses what it refuses, and every form checks addresses with it
 * as they are typed, so a bad address is met where it is written, not when a whole panel's notes are exported.
 * Pure (the renderer uses it): the international domain goes to its ASCII form through WHATWG `URL`, which both
 * Node and the browser have.
 */

// RFC 5322 dot-atom. Mailbox names with non-ASCII characters need SMTPUTF8, which a 7-bit draft cannot carry.
const DOT_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
/** Characters `URL` would read as a port, path, credentials or an escape rather than as part of a host name. */
const NOT_IN_HOST = /[\s/\\:?#@%[\]<>^|"]/u;

/** A host name in ASCII (punycode for international names), or '' when it is none. */
export function domainToAscii(domain: string): string {
  if (!domain || NOT_IN_HOST.test(domain)) return '';
  try {
    return new URL(`http://${domain}/`).hostname;
  } catch {
    return '';
  }
}

export type AddressCheck = { ok: true; address: string } | { ok: false; message: string };

/** Checks an address and gives it back with an international domain in its ASCII form, or says what is wrong. */
export function checkEmailAddress(address: string): AddressCheck {
  const trimmed = address.trim();
  if (!trimmed) return { ok: false, message: 'An email address is needed.' };
  const at = trimmed.lastIndexOf('@');
  const local = trimmed.slice(0, at);
  const domain = at < 0 ? '' : domainToAscii(trimmed.slice(at + 1));
  if (at < 0 || !local || !domain) {
    return { ok: false, message: `“${trimmed}” is not an email address (expected something like name@example.com).` };
  }
  if (!DOT_ATOM.test(local)) {
    return { ok: false, message: `The part before @ in “${trimmed}” has characters a mail draft cannot carry; check for spaces, accents or quotes.` };
  }
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => DNS_LABEL.test(label))) {
    return { ok: false, message: `The domain in “${trimmed}” is not valid (expected something like example.com).` };
  }
  const normalized = `${local}@${domain}`;
  if (normalized.length > 254) return { ok: false, message: `“${trimmed}” is longer than an email address can be.` };
  return { ok: true, address: normalized };
}

/** For a form field that may stay empty: the problem with what was typed, or null when it is empty or fine. */
export function emailAddressProblem(address: string): string | null {
  if (!address.trim()) return null;
  const checked = checkEmailAddress(address);
  return checked.ok ? null : checked.message;
}
