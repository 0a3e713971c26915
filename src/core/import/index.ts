export { planImport, shownNumber } from './plan';
export type { CellWrite, ImportPlan, ImportRequest, ImportMatch, ImportAmbiguity } from './plan';
export { importJson, importMessage, type ImportJson } from './json';
export { matchPrograms, MATCH_POLICY, type RememberedPairs } from './match';
export { nameKey, normaliseProgramName } from './names';
export { recogniseShape, EXPORT_TOOLS, type ExportTool } from './shapes';
