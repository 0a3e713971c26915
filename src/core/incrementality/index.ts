/** Public surface of incrementality: holdout tables, their analysis, and the planner. */
export {
  groupColumnIndex,
  isHoldoutTable,
  looksLikeHoldout,
  readHoldoutTable,
} from './holdout-table';
export type {
  Assignment,
  HoldoutColumn,
  HoldoutExclusions,
  HoldoutGroup,
  HoldoutProblem,
  HoldoutTable,
  HoldoutTableResult,
} from './holdout-table';
export { analyseHoldout, holdoutTest, DEFAULT_MINIMUM_LIFT } from './holdout-analysis';
export type { HoldoutAnalysisOptions, HoldoutReport, HoldoutTest } from './holdout-analysis';
export { planHoldout } from './planner';
export type { HoldoutPlan, HoldoutPlanInput, HoldoutPlanResult, PlanProblem } from './planner';
export { exclusionNotes, holdoutProblemMessage, planMessage, planProblemMessage } from './messages';
export { holdoutSection, isHoldoutName } from './section';
export type { HoldoutSection } from './section';
