/** What is due: pure rules shared by the journal (main) and the editor's deadline label (renderer). */
export {
  describeDeadline,
  dueItems,
  dueItemsForApplication,
  dueKeys,
  dueStateAt,
  isListedAt,
  itemAt,
  parseDueKey,
  planDueItems,
  LAPSE_DAYS,
  THANK_YOU_HOURS,
  type DueApplication,
  type DueFollowUp,
  type DueInterview,
  type DueOptions,
  type DuePerson,
  type ParsedDueKey,
  type PlannedDueItem,
} from './rules.ts';
export { addBusinessDays, addDays, instantOf, instantOnDate, localDate, offsetAt, wallTimeAt, type WallTime } from './zoned-time.ts';
