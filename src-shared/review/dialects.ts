/**
 * The four Englishes the review knows, each with its own hunspell dictionary (wooorm's dictionary-en, -en-gb,
 * -en-ca, -en-au). A journal picks one; until it does, the system's locale decides.
 */
export const dialects = ['en-US', 'en-GB', 'en-CA', 'en-AU'] as const;
export type Dialect = (typeof dialects)[number];

export const defaultDialect: Dialect = 'en-US';

/** What Settings and the command line call each one. */
export const dialectNames: Record<Dialect, string> = {
  'en-US': 'US English',
  'en-GB': 'British English',
  'en-CA': 'Canadian English',
  'en-AU': 'Australian English',
};

/** The journal's English: the one chosen in Settings (`''` until one is), else the system's. */
export function journalDialect(settings: { dialect: Dialect | ''; systemDialect: Dialect }): Dialect {
  return settings.dialect || settings.systemDialect;
}

// Regions whose spelling follows another's: Ireland, India, South Africa and most of the Commonwealth write
// British English; New Zealand writes as Australia does.
const regionDialect: Record<string, Dialect> = {
  US: 'en-US', GB: 'en-GB', UK: 'en-GB', IE: 'en-GB', IN: 'en-GB', ZA: 'en-GB', SG: 'en-GB', HK: 'en-GB', MT: 'en-GB',
  NG: 'en-GB', KE: 'en-GB', PK: 'en-GB', CA: 'en-CA', AU: 'en-AU', NZ: 'en-AU',
};

/**
 * The dialect for a system locale such as `en-GB`, `en_AU.UTF-8` or `fr-CA`: the region decides (a French
 * speaker in Canada writing English most likely writes Canadian English); no known region means US English.
 */
export function dialectFromLocale(locale: string | undefined): Dialect {
  const region = /^[a-z]{2,3}(?:[-_][A-Za-z]{4})?[-_]([A-Za-z]{2})\b/.exec((locale ?? '').trim())?.[1]?.toUpperCase();
  return (region && regionDialect[region]) || defaultDialect;
}

/** Whether a stored value names a dialect exactly (`en-GB`), as the app itself writes them. */
export function isDialect(value: unknown): value is Dialect {
  return dialects.some((dialect) => dialect === value);
}

/** Reads a dialect as a person types it on the command line: `en-GB`, `en_gb`, `GB`, `UK`. */
export function parseDialect(value: string): Dialect | undefined {
  const key = value.trim().replace('_', '-').toUpperCase();
  const exact = dialects.find((dialect) => dialect.toUpperCase() === key);
  if (exact) return exact;
  return /^(?:EN-)?[A-Z]{2}$/.test(key) ? regionDialect[key.slice(-2)] : undefined;
}
