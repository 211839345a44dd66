/**
 * SMS segment counting. Plain GSM-7 text fits 160 characters in one message and 153 per segment once split (the
 * rest is the joining header); extension characters such as € or { take two septets and are never split across
 * segments. Anything outside GSM-7 switches the whole message to UCS-2: 70 code units, or 67 per segment, and a
 * surrogate pair (an emoji) is never split either.
 */

const gsmBasic = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const gsmExtension = new Set('\f^{}\\[~]|€');

export interface SmsEncoding {
  encoding: 'GSM-7' | 'UCS-2';
  segments: number;
  /** Characters not in GSM-7, which forced UCS-2 (empty for GSM-7). */
  nonGsm: string[];
}

/** 0 outside GSM-7, 1 for a basic character, 2 for an extension character (it takes two septets). */
function gsmWidth(char: string): number {
  return gsmBasic.has(char) ? 1 : gsmExtension.has(char) ? 2 : 0;
}

// The width of every ASCII character, looked up on every keystroke for the whole note.
const asciiWidths = Uint8Array.from({ length: 128 }, (_, code) => gsmWidth(String.fromCharCode(code)));

export function smsSegments(text: string): SmsEncoding {
  if (text.length === 0) return { encoding: 'GSM-7', segments: 0, nonGsm: [] };
  const nonGsm = new Set<string>();
  let septets = 0;
  // Characters wider than one unit (an extension character, a surrogate pair) make the split depend on where they fall.
  let wide = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 128) {
      const width = asciiWidths[code] ?? 0;
      if (width === 0) nonGsm.add(text.charAt(index));
      else if (width === 2) wide = true;
      septets += width;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(index) ?? code);
    if (char.length === 2) index++;
    const width = gsmWidth(char);
    if (width === 0) nonGsm.add(char);
    if (width === 2 || char.length === 2) wide = true;
    septets += width;
  }
  if (nonGsm.size === 0) {
    const segments = septets <= 160 ? 1 : wide ? pack(text, gsmWidth, 153) : Math.ceil(septets / 153);
    return { encoding: 'GSM-7', segments, nonGsm: [] };
  }
  const segments = text.length <= 70 ? 1 : wide ? pack(text, (char) => char.length, 67) : Math.ceil(text.length / 67);
  return { encoding: 'UCS-2', segments, nonGsm: [...nonGsm] };
}

/** Counts segments when characters (each `width` wide) may not straddle a segment boundary. */
function pack(text: string, width: (char: string) => number, perSegment: number): number {
  let segments = 1;
  let used = 0;
  for (const char of text) {
    const size = width(char);
    if (used + size > perSegment) {
      segments++;
      used = 0;
    }
    used += size;
  }
  return segments;
}
