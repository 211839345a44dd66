/**
 * What the app's frame asks first (App.svelte): whether the journal opened. The page's first script asks it
 * (start.ts) while the app's script is still being read, so the frame has the answer when it is first drawn
 * instead of asking then and waiting. The early answer is used once; anything later asks afresh.
 */
import type { AppInfo } from '../../../src-shared/api/types.ts';
import type { Result } from '../../../src-shared/api/result.ts';
import { api } from './api.ts';

let early: Promise<Result<AppInfo>> | null = null;

export function askAppInfoEarly(): void {
  early = api.app.info();
}

export function appInfo(): Promise<Result<AppInfo>> {
  const answer = early ?? api.app.info();
  early = null;
  return answer;
}
