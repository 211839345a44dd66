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

export function smsSegments(text: string): SmsEncoding {
  if (text.length === 0) return { encoding: 'GSM-7', segments: 0, nonGsm: [] };
  const nonGsm = [...new Set([...text].filter((char) => !gsmBasic.has(char) && !gsmExtension.has(char)))];
  if (nonGsm.length === 0) {
    const units = [...text].map((char) => (gsmExtension.has(char) ? 2 : 1));
    return { encoding: 'GSM-7', segments: pack(units, 160, 153), nonGsm };
  }
  const units = [...text].map((char) => char.length);
  return { encoding: 'UCS-2', segments: pack(units, 70, 67), nonGsm };
}

/** Counts segments when characters (each `units` wide) may not straddle a segment boundary. */
function pack(units: number[], single: number, perSegment: number): number {
  const total = units.reduce((sum, width) => sum + width, 0);
  if (total <= single) return 1;
  let segments = 1;
  let used = 0;
  for (const width of units) {
    if (used + width > perSegment) {
      segments++;
      used = 0;
    }
    used += width;
  }
  return segments;
}
