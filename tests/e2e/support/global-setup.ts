// Builds the app once before the end-to-end specs, and fails early with a clear message without Chromium.
import { existsSync } from 'node:fs';
import { buildIfNeeded } from '../../../scripts/build-if-needed.js';
import { CHROMIUM_PATH } from './browser.ts';

export default async function setup(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium was not found at ${CHROMIUM_PATH}. Install it with: apt-get install -y chromium (or set AFTERWORD_CHROMIUM).`);
  }
  await buildIfNeeded();
}
