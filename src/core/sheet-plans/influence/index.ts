/** Public surface of the influence sheet plan, for the Sheets adapter. */
export { planInfluenceSheet, FORMATS, COLORS, INFLUENCE_SHEET_NAMES } from './plan';
export {
  namesList,
  readinessLabel,
  readinessSentence,
  tieSentences,
  formatInterval,
  influenceSummary,
} from './readiness-words';
export type { InfluenceSummary } from './readiness-words';
export type { SummaryCell, SummaryTable } from './summary-tables';
export type { ChartPlan, FontWeight, InfluenceSheetPlan, PlannedCell } from './plan';
export type { SheetBlock } from './layout';
export { isSourceName, recognisesHeaders, sourceSheetName } from './source';
export { asText } from '../../text-cell';
export { describeProblemIn, doneMessage, problemMessage } from './messages';
