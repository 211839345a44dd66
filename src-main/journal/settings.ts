/** The user's own details and review preferences. Stored as one JSON value per key, so new settings need no migration. */
import type { z } from 'zod';
import type { Settings } from '../../src-shared/api/journal-types.ts';
import { dialectFromLocale, dialects, type Dialect } from '../../src-shared/review/dialects.ts';
import type { settingsUpdate } from '../../src-shared/api/journal-schemas.ts';
import { inTransaction, sql, type Db } from './sql.ts';

export type SettingsPatch = z.output<typeof settingsUpdate>;

/** Grade 11: retext-readability's own default (text most 16-year-olds read comfortably), as a school grade. */
export const DEFAULT_READING_GRADE = 11;

type StoredSettings = Omit<Settings, 'personalWords' | 'systemDialect'>;

const DEFAULTS: StoredSettings = {
  userName: '',
  userEmail: '',
  signature: '',
  readingGrade: DEFAULT_READING_GRADE,
  dialect: '',
  // Off until the user chooses: a window that does not close when closed surprises people who did not ask for it.
  closeToTray: false,
  trayExplained: false,
  openAtLogin: false,
};

/** The English of the system's language settings (the desktop app's and Node's locale follow the system's). */
export function systemDialect(): Dialect {
  const env = process.env;
  return dialectFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale);
}

/** Journals and exports from before the reading grade kept a reading age, which is the grade plus five. */
function storedGrade(stored: Record<string, unknown>): number | undefined {
  if (typeof stored.readingGrade === 'number') return stored.readingGrade;
  return typeof stored.readingAge === 'number' ? Math.min(17, Math.max(3, stored.readingAge - 5)) : undefined;
}

export function getSettings(db: Db): Settings {
  const stored: Record<string, unknown> = {};
  for (const row of sql(db, 'SELECT key, value FROM settings').all() as { key: string; value: string }[]) {
    stored[row.key] = JSON.parse(row.value);
  }
  const settings: StoredSettings = { ...DEFAULTS };
  for (const key of Object.keys(DEFAULTS) as (keyof StoredSettings)[]) {
    if (typeof stored[key] === typeof DEFAULTS[key]) (settings as unknown as Record<string, unknown>)[key] = stored[key];
  }
  settings.readingGrade = storedGrade(stored) ?? DEFAULT_READING_GRADE;
  if (!(dialects as readonly string[]).includes(settings.dialect)) settings.dialect = '';
  return { ...settings, systemDialect: systemDialect(), personalWords: personalWords(db) };
}

export function personalWords(db: Db): string[] {
  return (sql(db, 'SELECT word FROM personal_words ORDER BY word COLLATE NOCASE').all() as { word: string }[]).map((r) => r.word);
}

export function updateSettings(db: Db, patch: SettingsPatch): Settings {
  inTransaction(db, () => {
    const put = sql(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined && key in DEFAULTS) put.run(key, JSON.stringify(value));
    }
    // The grade replaces the reading age the journal kept before.
    if (patch.readingGrade !== undefined) sql(db, "DELETE FROM settings WHERE key = 'readingAge'").run();
  });
  return getSettings(db);
}

export function addPersonalWord(db: Db, word: string): Settings {
  sql(db, 'INSERT OR IGNORE INTO personal_words (word) VALUES (?)').run(word);
  return getSettings(db);
}

export function removePersonalWord(db: Db, word: string): Settings {
  sql(db, 'DELETE FROM personal_words WHERE word = ?').run(word);
  return getSettings(db);
}
