// Its own module so the command line can check a note's length without building every journal schema.
/** Generous for anything a person types, small enough that one field cannot swell the journal. */
export const LIMITS = {
  name: 200,
  shortText: 500,
  url: 2_000,
  notes: 100_000,
  body: 50_000,
  topics: 50,
  reason: 1_000,
  /** Flags ignored in one note, and the words of each. */
  ignoredFlags: 500,
  ignoredFlagText: 2_000,
} as const;
