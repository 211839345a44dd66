/**
 * The services as the app runs them, on temporary data folders and with a clock each test pins, and calls made
 * through `dispatch` as the screens make them. Whatever a test opens here is closed and removed after it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { nodePlatform } from '../../../src-main/platform/node-platform.ts';
import type { Platform } from '../../../src-main/platform/platform.ts';
import { createServices, type Services } from '../../../src-main/services/index.ts';
import type { ApiError } from '../../../src-shared/api/result.ts';

export interface TempServices {
  /** A new empty folder, removed after the test. */
  dir(prefix: string): string;
  /** Services on `dataDir` that read the time from `clock` and log nothing; closed after the test. */
  start(options: { dataDir: string; clock: () => number; platform?: Platform }): Services;
}

/** Call once, at the top of a test file: it registers the clean-up after each test. */
export function useTempServices(): TempServices {
  const dirs: string[] = [];
  const open: Services[] = [];
  afterEach(() => {
    // Closed before their folders go, so no journal is removed from under an open connection.
    for (const services of open.splice(0)) services.close();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return {
    dir(prefix) {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    },
    start({ dataDir, clock, platform = nodePlatform('9.9.9') }) {
      const services = createServices({ dataDir, platform, log: () => {}, clock });
      open.push(services);
      return services;
    },
  };
}

/** A call that must succeed: its value. */
export async function call<T = any>(services: Services, name: string, payload?: unknown): Promise<T> {
  const result = await services.dispatch(name, payload);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

/** A call that must be refused: its error. */
export async function refusal(services: Services, name: string, payload?: unknown): Promise<ApiError> {
  const result = await services.dispatch(name, payload);
  if (result.ok) throw new Error(`${name} was accepted`);
  return result.error;
}
