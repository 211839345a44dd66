/**
 * Control characters (C0 and C1, U+0000–U+001F and U+007F–U+009F) other than tab and newline never reach the
 * journal. They are invisible in the editor yet harmful on the way out: a NUL pasted from a PDF is exported as
 * `=00` and mail programs cut the note there, losing the rest of it and the signature. A carriage return becomes a
 * newline (Windows line ends), the others are removed.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function stripControlCharacters(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/** How many characters `stripControlCharacters` would remove (a CR of a CRLF pair is a line end, not counted). */
export function countControlCharacters(text: string): number {
  return text.replace(/\r\n?/g, '\n').match(CONTROL)?.length ?? 0;
}
