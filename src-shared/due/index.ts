/** What is due: pure rules shared by the journal (main) and the editor's deadline label (renderer). */
export {
  describeDeadline,
  dueItems,
  dueItemsForApplication,
  dueHorizon,
  dueKeys,
  parseDueKey,
  END_OF_TIME,
  LAPSE_DAYS,
  type DueOptions,
  type DueApplication,
  type DueFollowUp,
  type DueInterview,
  type DuePerson,
  type ParsedDueKey,
} from './rules.ts';
export { addBusinessDays, instantOf, instantOnDate, localDate, offsetAt, wallTimeAt, type WallTime } from './zoned-time.ts';
