/** Public surface of the influence report, for the CLI, the Sheets adapter and the bench. */
export { influenceReport, reportOn, invalidSettings, usableSettings } from './report';
export type { InfluenceReport, InfluenceResult } from './report';
export { readJourneys } from './input';
export type { JourneyOptions, JourneysResult } from './input';
export { creditInput } from './journey';
export type { CreditInput, CreditJourney, Exclusions, Journey, JourneySet } from './journey';
export { describeProblem } from './input-problem';
export type { InputProblem } from './input-problem';
export { detectSeparator } from './separator';
export type { CsvSeparator } from './separator';
export { detectFormat } from './headers';
export { disagreement } from './disagreement';
export type { KeySpread, Robustness } from './disagreement';
export { MODELS } from './models/catalogue';
export { markov, markovChain, conversionProbability } from './models/markov';
export type { MarkovChain, MarkovResult } from './models/markov';
export type { Attribution } from './models/shares';
export { DEFAULT_SETTINGS, MODEL_NAMES } from './vocabulary';
export type {
  CreditBy,
  Credits,
  InfluenceSettings,
  InputFormat,
  ModelName,
  ModelSettings,
} from './vocabulary';
export { touchColumns, missing, REQUIRED_TOUCH_COLUMNS, TOUCH_COLUMN_LABELS } from './headers';
export type { TouchColumn, ColumnMap } from './headers';
