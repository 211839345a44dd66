/** The user's own details and review preferences. Stored as one JSON value per key, so new settings need no migration. */
import type { z } from 'zod';
import type { Settings } from '../../src-shared/api/journal-types.ts';
import type { settingsUpdate } from '../../src-shared/api/journal-schemas.ts';
import { inTransaction, sql, type Db } from './sql.ts';

export type SettingsPatch = z.output<typeof settingsUpdate>;

/** retext-readability's own default: text most 16-year-olds read comfortably. */
export const DEFAULT_READING_AGE = 16;

type StoredSettings = Omit<Settings, 'personalWords'>;

const DEFAULTS: StoredSettings = {
  userName: '',
  userEmail: '',
  signature: '',
  readingAge: DEFAULT_READING_AGE,
  // Off until the user chooses: a window that does not close when closed surprises people who did not ask for it.
  closeToTray: false,
  trayExplained: false,
  openAtLogin: false,
};

export function getSettings(db: Db): Settings {
  const stored: Record<string, unknown> = {};
  for (const row of sql(db, 'SELECT key, value FROM settings').all() as { key: string; value: string }[]) {
    stored[row.key] = JSON.parse(row.value);
  }
  const settings: StoredSettings = { ...DEFAULTS };
  for (const key of Object.keys(DEFAULTS) as (keyof StoredSettings)[]) {
    if (typeof stored[key] === typeof DEFAULTS[key]) (settings as unknown as Record<string, unknown>)[key] = stored[key];
  }
  return { ...settings, personalWords: personalWords(db) };
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
