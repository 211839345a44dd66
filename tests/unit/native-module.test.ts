/**
 * A database module that cannot be loaded (never built for this runtime, or built for another): the services
 * start anyway, `app.info` says what is wrong and the one command that fixes it, every journal method says the
 * same, and the journal itself is never opened, renamed or called damaged.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodePlatform } from '../../src-main/platform/node-platform.ts';
import { createServices, type Services } from '../../src-main/services/index.ts';
import { checkNativeModule } from '../../src-main/services/native-module.ts';
import type { AppInfo } from '../../src-shared/api/types.ts';
import { call, refusal, useTempServices } from './support/services.ts';

const journals = useTempServices();
const electron = { runtime: 'Electron 44.11.5', fix: 'npm run prepare-native', fixIsCommand: true };

function startWith(dataDir: string, nativeBinding: string): Services {
  return createServices({ dataDir, platform: nodePlatform('9.9.9', 'desktop'), nativeBinding, nativeModule: electron, log: () => {} });
}

describe('a database module that cannot be loaded', () => {
  it('should explain a module built for another runtime, with the command that fixes it, and keep the journal as it was', async () => {
    const dataDir = journals.dir('afterword-native-');
    // A real journal first, written with the working module.
    const working = journals.start({ dataDir, clock: () => Date.parse('2026-11-30T10:00:00Z') });
    await call(working, 'applications.create', { company: 'Initech', role: 'Backend Engineer' });
    working.close();
    const before = readFileSync(join(dataDir, 'journal.sqlite3'));
    const foreign = join(journals.dir('afterword-foreign-'), 'better_sqlite3.node');
    writeFileSync(foreign, 'not a shared object built for this runtime');

    const services = startWith(dataDir, foreign);
    const info = await call<AppInfo>(services, 'app.info');
    expect(info.nativeModuleProblem).toMatchObject({ code: 'native-mismatch', fix: 'npm run prepare-native', fixIsCommand: true });
    expect(info.nativeModuleProblem?.message).toMatch(/built for another version than Electron 44\.11\.5.*Your journal has not been opened or changed/);
    expect(info.nativeModuleProblem?.detail).not.toMatch(/did not self-register/);
    // About's facts are all there, whatever the journal's state.
    expect(info).toMatchObject({ dataDir, journalPath: join(dataDir, 'journal.sqlite3'), schemaVersion: null, sqliteVersion: null, journalProblem: null });

    // Asked again (About after the first screen): the same answer, not a second load's "did not self-register".
    expect(await call<AppInfo>(services, 'app.info')).toEqual(info);
    const refused = await refusal(services, 'applications.list');
    expect(refused).toEqual({ code: 'native-module', message: info.nativeModuleProblem?.message });

    services.close();
    // Not opened, not set aside as damaged, not a byte changed.
    expect(readFileSync(join(dataDir, 'journal.sqlite3')).equals(before)).toBe(true);
    expect(readdirSync(dataDir).filter((name) => name.startsWith('journal.'))).toEqual(['journal.sqlite3']);
  });

  it('should say the module has not been built when its file is missing, without creating a journal', async () => {
    const dataDir = journals.dir('afterword-native-missing-');
    const services = startWith(dataDir, join(dataDir, 'no-such-build', 'better_sqlite3.node'));
    const info = await call<AppInfo>(services, 'app.info');
    expect(info.nativeModuleProblem?.code).toBe('native-missing');
    expect(info.nativeModuleProblem?.message).toMatch(/has not been built for Electron 44\.11\.5/);
    expect(existsSync(join(dataDir, 'journal.sqlite3'))).toBe(false);
    services.close();
  });

  it('should still copy text and notify, which need no database', async () => {
    const dataDir = journals.dir('afterword-native-copy-');
    const services = startWith(dataDir, join(dataDir, 'missing.node'));
    expect((await services.dispatch('app.copyText', { text: 'hello' })).ok).toBe(true);
    services.close();
  });

  it('should not report a problem for the module that is built for this Node', () => {
    expect(checkNativeModule({ runtime: `Node ${process.versions.node}`, fix: 'npm rebuild better-sqlite3', fixIsCommand: true })).toMatchObject({
      ok: true,
      sqliteVersion: expect.stringMatching(/^3\.\d+\.\d+$/),
    });
  });
});
