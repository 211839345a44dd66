/**
 * The tray icon's count: a red disc with white digits drawn into the icon's pixels. Tray icons on Windows and Linux
 * have no badge of their own (macOS shows the count as the tray title instead), and drawing it here needs no image
 * library: digits are a 3×5 pixel font, scaled with the icon. Pure, so it is tested without Electron.
 */

/** 3×5 glyphs, one string per row, `#` lit. */
const GLYPHS: Record<string, string[]> = {
  '0': ['###', '#.#', '#.#', '#.#', '###'],
  '1': ['.#.', '##.', '.#.', '.#.', '###'],
  '2': ['###', '..#', '###', '#..', '###'],
  '3': ['###', '..#', '.##', '..#', '###'],
  '4': ['#.#', '#.#', '###', '..#', '..#'],
  '5': ['###', '#..', '###', '..#', '###'],
  '6': ['###', '#..', '###', '#.#', '###'],
  '7': ['###', '..#', '.#.', '.#.', '.#.'],
  '8': ['###', '#.#', '###', '#.#', '###'],
  '9': ['###', '#.#', '###', '..#', '###'],
  '+': ['...', '.#.', '###', '.#.', '...'],
};

/** What the badge says: the count up to 9, then "9+" (a tray icon has room for two glyphs at most). */
export const badgeText = (count: number): string => (count > 9 ? '9+' : String(count));

/** Pixel order of Electron's raw bitmaps (`toBitmap`, `createFromBitmap`): BGRA. */
const RED = [0x18, 0x23, 0xb4, 0xff];
const WHITE = [0xff, 0xff, 0xff, 0xff];

/**
 * Draws the badge for `count` into the lower right of a square BGRA bitmap of `size` pixels, in place. A count of
 * 0 draws nothing: the plain icon means nothing is due.
 */
export function drawBadge(pixels: Uint8Array, size: number, count: number): void {
  if (count <= 0) return;
  const radius = Math.floor(size * 0.32);
  const cx = size - radius - 1;
  const cy = size - radius - 1;
  const put = (x: number, y: number, colour: number[]) => {
    if (x < 0 || y < 0 || x >= size || y >= size) return;
    pixels.set(colour, (y * size + x) * 4);
  };
  for (let y = cy - radius; y <= cy + radius; y++) {
    for (let x = cx - radius; x <= cx + radius; x++) if ((x - cx) ** 2 + (y - cy) ** 2 <= radius * radius) put(x, y, RED);
  }
  const text = badgeText(count);
  const scale = Math.max(1, Math.floor(size / 16));
  const width = (text.length * 4 - 1) * scale;
  const left = cx - Math.floor(width / 2);
  const top = cy - Math.floor((5 * scale) / 2);
  [...text].forEach((char, index) => {
    GLYPHS[char]!.forEach((row, gy) => {
      [...row].forEach((cell, gx) => {
        if (cell !== '#') return;
        for (let dy = 0; dy < scale; dy++) for (let dx = 0; dx < scale; dx++) put(left + (index * 4 + gx) * scale + dx, top + gy * scale + dy, WHITE);
      });
    });
  });
}
