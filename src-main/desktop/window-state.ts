/**
 * The main window's size and position between runs: a small JSON file in the data folder, read back only when it
 * is valid and placed so the window is on a display that exists now (a monitor unplugged since, a resolution
 * lowered) and no larger than it. Plain Node: window.ts feeds it Electron's displays.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** The window's bounds when not maximized or full screen. */
  bounds: Rectangle;
  maximized: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);
const stateSchema = z
  .object({
    version: z.literal(1),
    bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }).strict(),
    maximized: z.boolean(),
  })
  .strict();

/** The saved state, or `null` when there is none or it is not a state this version wrote (it is then ignored). */
export function readWindowState(path: string): WindowState | null {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = stateSchema.safeParse(JSON.parse(raw));
    return parsed.success ? { bounds: parsed.data.bounds, maximized: parsed.data.maximized } : null;
  } catch {
    return null;
  }
}

/** Written beside and renamed into place, so a crash mid-write leaves the previous state, not half a file. */
export function writeWindowState(path: string, state: WindowState): void {
  const rounded = {
    version: 1,
    bounds: {
      x: Math.round(state.bounds.x),
      y: Math.round(state.bounds.y),
      width: Math.round(state.bounds.width),
      height: Math.round(state.bounds.height),
    },
    maximized: state.maximized,
  };
  if (!stateSchema.safeParse(rounded).success) return;
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(rounded, null, 2)}\n`);
  renameSync(temporary, path);
}

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

/**
 * `bounds` moved and shrunk to lie wholly inside the work area it overlaps most (never below `minimum`, unless
 * the display itself is smaller); `null` when it overlaps none of them, so the window opens at its default place.
 */
export function fitToDisplays(bounds: Rectangle, workAreas: readonly Rectangle[], minimum: { width: number; height: number }): Rectangle | null {
  let best: Rectangle | null = null;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const shared = overlap(bounds, area);
    if (shared > bestOverlap) {
      best = area;
      bestOverlap = shared;
    }
  }
  if (!best) return null;
  const width = Math.min(Math.max(bounds.width, minimum.width), best.width);
  const height = Math.min(Math.max(bounds.height, minimum.height), best.height);
  return {
    x: clamp(bounds.x, best.x, best.x + best.width - width),
    y: clamp(bounds.y, best.y, best.y + best.height - height),
    width,
    height,
  };
}
