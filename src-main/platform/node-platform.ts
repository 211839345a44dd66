/** The platform for browser mode, the command line and tests: no native UI, so the renderer does these itself. */
import type { AppMode } from '../../src-shared/api/types.ts';
import type { Platform } from './platform.ts';

export function nodePlatform(appVersion: string, mode: AppMode = 'browser'): Platform {
  return {
    mode,
    appVersion,
    runtime: { node: process.versions.node },
    writeClipboard: () => false,
    saveFile: async () => undefined,
    chooseFolder: async () => undefined,
    openPath: async () => false,
    notify: () => false,
  };
}
