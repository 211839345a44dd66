/**
 * An invitation as the user hands it over: an `.ics` file, or an email (`.eml`) whose `text/calendar` part or
 * `.ics` attachment holds it. postal-mime reads the email (MIME parts, transfer encodings, charsets).
 */
import PostalMime from 'postal-mime';
import type { Invitation } from '../../src-shared/api/calendar-types.ts';
import { AppError } from '../../src-shared/api/result.ts';
import { readCalendar } from './read-ics.ts';

/** Far above any real invitation (Outlook's with a long description: ~50 KB), far below what could hurt. */
export const MAX_INVITATION_BYTES = 5 * 1024 * 1024;

function refuse(message: string): never {
  throw new AppError('invalid-input', message, [{ path: 'content', message }]);
}

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');

function looksLikeCalendar(text: string): boolean {
  return /^\s*BEGIN:VCALENDAR/i.test(text);
}

function looksLikeEmail(text: string): boolean {
  const head = text.slice(0, 20_000);
  return /^(?:[!-9;-~]+:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*)+/.test(head) && /^(content-type|mime-version|from|subject):/im.test(head);
}

/** The calendar text inside an email: the `text/calendar` part first (what Outlook and Google send), else an .ics. */
async function calendarInEmail(bytes: Uint8Array): Promise<string> {
  let email;
  try {
    email = await PostalMime.parse(bytes);
  } catch (error) {
    refuse(`This email cannot be read: ${(error as Error).message}.`);
  }
  const parts = email.attachments.filter(
    (a) => /^(text\/calendar|application\/ics)$/i.test(a.mimeType) || /\.ics$/i.test(a.filename ?? ''),
  );
  const part = parts.find((a) => /^text\/calendar$/i.test(a.mimeType)) ?? parts[0];
  if (!part) refuse('This email has no calendar invitation in it (no text/calendar part and no .ics attachment).');
  return typeof part.content === 'string' ? part.content : decode(new Uint8Array(part.content));
}

/** Reads the bytes of a dropped, opened or pasted file; `localZone` is the user's zone. */
export async function readInvitationFile(bytes: Uint8Array, fileName: string, localZone: string): Promise<Invitation> {
  if (bytes.length === 0) refuse(`${fileName || 'The file'} is empty.`);
  if (bytes.length > MAX_INVITATION_BYTES) refuse(`${fileName || 'The file'} is too large to be an invitation (over 5 MB).`);
  const text = decode(bytes);
  if (looksLikeCalendar(text)) return readCalendar(text, localZone);
  if (/\.eml$/i.test(fileName) || looksLikeEmail(text)) return readCalendar(await calendarInEmail(bytes), localZone);
  refuse(`${fileName || 'This'} is neither a calendar file (.ics) nor an invitation email (.eml).`);
}
