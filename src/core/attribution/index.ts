/** Public surface of the influence report, for the CLI, the Sheets adapter and the bench. */
export {
  influenceReport,
  pathsInfluenceReport,
  reportOn,
  invalidSettings,
  usableSettings,
  MAX_REPLICATES,
} from './report';
export type { InfluenceReport, InfluenceResult, PerLeadFacts } from './report';
export { readJourneys } from './input';
export type { JourneyOptions, JourneysResult } from './input';
export { creditInput } from './journey';
export type { CreditInput, CreditJourney, Exclusions, Journey, JourneySet } from './journey';
export { describeProblem } from './input-problem';
export { pathNoteText } from './path-notes';
export { reportNoteText } from './report-notes';
export type { ReportNote } from './report-notes';
export type { PathNote } from './path-notes';
export type { InputProblem } from './input-problem';
export { detectSeparator } from './separator';
export type { CsvSeparator } from './separator';
export { detectFormat } from './headers';
export { disagreement } from './disagreement';
export type { KeySpread } from './disagreement';
export {
  readiness,
  readinessFacts,
  READINESS_CHECKS,
  MIN_CAMPAIGN_CONVERSIONS,
} from './readiness';
export type { Readiness, ReadinessCheck, ReadinessCheckId, ReadinessFacts } from './readiness';
export { lastTouchPerLead, LAST_TOUCH_CAP } from './last-touch-per-lead';
export type { LeadLastTouch, LastTouchTable } from './last-touch-per-lead';
export { bootstrapCredits, BOOTSTRAP_SEED, DEFAULT_REPLICATES } from './bootstrap';
export type { ReplicateCredits } from './bootstrap';
export { uncertainty, tiedWith } from './uncertainty';
export type { Interval, Uncertainty } from './uncertainty';
export { meanCredit, rankByMeanCredit } from './ranking';
export { MODELS } from './models/catalogue';
export { markov } from './models/markov';
export type { MarkovResult } from './models/markov';
export type { Attribution } from './models/shares';
export { DEFAULT_SETTINGS, MARKOV_ORDERS, MODEL_NAMES } from './vocabulary';
export type {
  CreditBy,
  Credits,
  InfluenceSettings,
  InputFormat,
  MarkovOrder,
  ModelName,
  ModelSettings,
} from './vocabulary';
export { touchColumns, missing, REQUIRED_TOUCH_COLUMNS, TOUCH_COLUMN_LABELS } from './headers';
export type { TouchColumn, ColumnMap } from './headers';
