/** Keys next to each other on a QWERTY keyboard: a slip onto a neighbour is the likeliest typing mistake. */
const rows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

const neighbours = new Map<string, Set<string>>();
rows.forEach((row, r) => {
  for (let c = 0; c < row.length; c++) {
    const near = new Set<string>();
    for (const [dr, dc] of [[0, -1], [0, 1], [-1, 0], [-1, 1], [1, -1], [1, 0]] as const) {
      const key = rows[r + dr]?.[c + dc];
      if (key) near.add(key);
    }
    neighbours.set(row[c]!, near);
  }
});

export function areNeighbours(a: string, b: string): boolean {
  return neighbours.get(a)?.has(b) ?? false;
}
