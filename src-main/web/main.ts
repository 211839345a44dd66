/**
 * `npm run web -- [--port N] [--data-dir DIR]`: the app in any browser, against the same services as the desktop
 * app. Prints the URL to open (it carries the per-run secret).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../paths.ts';
import { nodePlatform } from '../platform/node-platform.ts';
import { createServices } from '../services/index.ts';
import { APP_VERSION } from '../version.ts';
import { startWebServer } from './server.ts';

const USAGE = 'Usage: npm run web -- [--port N] [--data-dir DIR]';

async function main(): Promise<void> {
  let values: { port?: string; 'data-dir'?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a whole number from 0 to 65535, not “${values.port}”.\n${USAGE}`);
    process.exit(2);
  }
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  const staticDir = fileURLToPath(new URL('../../out/renderer', import.meta.url));
  // AFTERWORD_NATIVE_BINDING: another build of better-sqlite3 to load (the end-to-end spec points it at a broken one).
  const nativeBinding = process.env.AFTERWORD_NATIVE_BINDING ? resolve(process.env.AFTERWORD_NATIVE_BINDING) : undefined;
  const services = createServices({ dataDir, platform: nodePlatform(APP_VERSION, 'browser'), ...(nativeBinding ? { nativeBinding } : {}) });
  if (services.journalProblem?.code === 'journal-locked') {
    // One writer per journal: serving a page that can only say "locked" would help nobody.
    console.error(services.journalProblem.message);
    process.exit(1);
  }
  // Before the URL is printed, so a page opened at once already lists it; a failure is reported, not fatal.
  await services.backupAtStart().catch((error: unknown) => console.error(`Start-up backup failed: ${(error as Error).message}`));
  const web = await startWebServer({ dispatch: services.dispatch, staticDir, port, log: console.error });
  console.log(`Afterword is running in browser mode.`);
  console.log(`Journal: ${services.layout.journalPath}`);
  if (services.nativeModuleProblem) {
    console.log(`${services.nativeModuleProblem.message}\nTo fix it, stop this server and run: ${services.nativeModuleProblem.fix}`);
  }
  if (services.journalProblem) {
    console.log(`The journal cannot be opened; the page offers to restore a backup or start a new one. ${services.journalProblem.message}`);
  }
  console.log(`Open: ${web.appUrl}`);
  const stop = () => {
    void web.close().finally(() => {
      services.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`Afterword could not start: ${(error as Error).message ?? String(error)}`);
  process.exit(1);
});
