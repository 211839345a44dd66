/** Offset ↔ line/column conversion for a text, built once per review. */

export interface Locator {
  /** 1-based line and column of a UTF-16 offset. */
  point(offset: number): { line: number; column: number; offset: number };
}

export function locator(text: string): Locator {
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  return {
    point(offset) {
      let low = 0;
      let high = lineStarts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((lineStarts[middle] ?? 0) <= offset) low = middle;
        else high = middle - 1;
      }
      return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1, offset };
    },
  };
}
