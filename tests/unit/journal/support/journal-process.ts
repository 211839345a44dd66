/**
 * A second Afterword process on a data folder, for the tests of what two processes and a kill do to a journal.
 *
 * Usage: node --import tsx journal-process.ts MODE DATA_DIR
 *   hold   opens the journal as browser mode does, prints `ready` (or `refused CODE MESSAGE`), then waits to be
 *          stopped; SIGTERM closes it the ordinary way.
 *   churn  opens it, prints `ready`, then makes backups and restores them over and over until it is killed.
 *   import opens an empty journal, prints `ready`, then imports the JSON file named by IMPORT_FILE, over and over
 *          (each time into a fresh data folder under DATA_DIR), until it is killed.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodePlatform } from '../../../../src-main/platform/node-platform.ts';
import { createServices } from '../../../../src-main/services/index.ts';

const [mode, dataDir] = process.argv.slice(2);
if (!mode || !dataDir) {
  process.stderr.write('Usage: journal-process MODE DATA_DIR\n');
  process.exit(2);
}
const open = (dir: string) => createServices({ dataDir: dir, platform: nodePlatform('0.0.0-test', 'browser'), log: (line) => process.stderr.write(`${line}\n`) });

async function must(services: ReturnType<typeof open>, name: string, payload?: unknown): Promise<any> {
  const result = await services.dispatch(name, payload);
  if (!result.ok) {
    process.stderr.write(`${name} failed: ${result.error.code}: ${result.error.message}\n`);
    process.exit(1);
  }
  return result.value;
}

if (mode === 'import') {
  const text = readFileSync(process.env.IMPORT_FILE ?? '', 'utf8');
  process.stdout.write('ready\n');
  for (let round = 1; ; round++) {
    const dir = join(dataDir, `round-${round}`);
    mkdirSync(dir, { recursive: true });
    const services = open(dir);
    await must(services, 'journal.importJson', { text, mode: 'replace-empty' });
    services.close();
    process.stdout.write(`imported ${round}\n`);
  }
}

const services = open(dataDir);
if (services.journalProblem) {
  process.stdout.write(`refused ${services.journalProblem.code} ${services.journalProblem.message}\n`);
  process.exit(3);
}
if (mode === 'hold') {
  // Before `ready`: the test may send SIGTERM the moment it reads it.
  process.on('SIGTERM', () => {
    services.close();
    process.exit(0);
  });
  process.stdout.write('ready\n');
  setInterval(() => {}, 60_000);
} else if (mode === 'churn') {
  process.stdout.write('ready\n');
  for (let round = 1; ; round++) {
    const backup = await must(services, 'backups.create');
    await must(services, 'backups.restore', { name: backup.name });
    process.stdout.write(`round ${round}\n`);
  }
}
