/**
 * The influence report: every model the input supports, side by side, with the removal effects,
 * the base conversion rate, how much the models disagree, and plain notes on what was left out.
 * This object is the JSON contract of `cadence influence --json`, plus `spread`.
 */
import type { Grid } from '../types';
import { isValidTimeZone } from '../dates';
import { BOOTSTRAP_SEED, bootstrapCredits } from './bootstrap';
import { disagreement, type KeySpread } from './disagreement';
import {
  LAST_TOUCH_CAP,
  type LastTouchTable,
  type LeadLastTouch,
  lastTouchPerLead,
} from './last-touch-per-lead';
import { rankByMeanCredit } from './ranking';
import { type Readiness, type ReadinessFacts, readiness, readinessFacts } from './readiness';
import { type Uncertainty, uncertainty } from './uncertainty';
import { type JourneysResult, journeysOfPaths, readJourneys } from './input';
import type { PathTableResult } from './path-table';
import { type InputProblem, missingColumnsProblem } from './input-problem';
import { type LiftRow, liftNotes, observationalLift } from './lift';
import {
  type CreditInput,
  type JourneySet,
  creditInput,
  totalConversions,
  totalNulls,
} from './journey';
import { MODELS } from './models/catalogue';
import { type CountedNote, type ReportNote, countedNote, plainNote } from './report-notes';
import type { Params } from '../i18n/messages';
import { markov } from './models/markov';
import { lastGroupStart } from './models/same-day';
import type { Attribution } from './models/shares';
import {
  type Credits,
  DEFAULT_SETTINGS,
  type InfluenceSettings,
  type InputFormat,
  MARKOV_ORDERS,
  MAX_REPLICATES,
  MODEL_NAMES,
  type ModelName,
} from './vocabulary';

export interface InfluenceReport {
  readonly format: InputFormat;
  /** Attributed conversions: every model's credits add up to this. */
  readonly conversions: number;
  /** conversions / (conversions + non-converting journeys); null when the latter are unknown. */
  readonly conversionRate: number | null;
  readonly models: Partial<Record<ModelName, Credits>>;
  /** Revenue credit per model; empty when the input has no revenue. */
  readonly revenue: Partial<Record<ModelName, Credits>>;
  /** Markov removal effect per key: the share of conversions lost without it. */
  readonly removalEffects: Credits;
  /**
   * What was left out or read with care, as facts to say in any language; the `--json` contract
   * has them as English sentences, `notes` (noteTexts).
   */
  readonly noteFacts: readonly ReportNote[];
  /** Per key: lowest and highest credit across models. */
  readonly spread: Readonly<Record<string, KeySpread>>;
  /** Touched vs not touched per key, observational (see lift.ts); empty without non-converters. */
  readonly lift: readonly LiftRow[];
  /** The questions to ask before trusting any model (readiness.ts). */
  readonly readiness: Readiness;
  /** Last campaign before conversion, per converted lead, most recent first; capped. */
  readonly lastTouchPerLead: readonly LeadLastTouch[];
  /** Bootstrap intervals per model and key, and the rankings the data cannot separate. */
  readonly uncertainty: Uncertainty;
}

export type InfluenceResult =
  | { readonly ok: true; readonly report: InfluenceReport }
  | { readonly ok: false; readonly problem: InputProblem };

/** Messages for settings that cannot be used; the report falls back to the default for each. */
export function invalidSettings(settings: Partial<InfluenceSettings>): ReportNote[] {
  const messages: ReportNote[] = [];
  const { windowDays, halfLifeDays, timeZone, markovOrder, replicates } = settings;
  if (windowDays !== undefined && !(Number.isFinite(windowDays) && windowDays >= 0)) {
    messages.push(plainNote('setting.window', { fallback: DEFAULT_SETTINGS.windowDays }));
  }
  if (halfLifeDays !== undefined && !(Number.isFinite(halfLifeDays) && halfLifeDays > 0)) {
    messages.push(plainNote('setting.halfLife', { fallback: DEFAULT_SETTINGS.halfLifeDays }));
  }
  if (markovOrder !== undefined && !MARKOV_ORDERS.includes(markovOrder)) {
    messages.push(plainNote('setting.order', { fallback: DEFAULT_SETTINGS.markovOrder }));
  }
  if (
    replicates !== undefined &&
    !(Number.isInteger(replicates) && replicates >= 0 && replicates <= MAX_REPLICATES)
  ) {
    messages.push(
      plainNote('setting.replicates', {
        max: MAX_REPLICATES,
        fallback: DEFAULT_SETTINGS.replicates,
      }),
    );
  }
  if (timeZone !== undefined && !isValidTimeZone(timeZone)) {
    messages.push(
      plainNote('setting.timeZone', { zone: timeZone, fallback: DEFAULT_SETTINGS.timeZone }),
    );
  }
  return messages;
}

export function usableSettings(settings: Partial<InfluenceSettings>): InfluenceSettings {
  const merged = { ...DEFAULT_SETTINGS, ...settings };
  const bad = (k: keyof InfluenceSettings) => invalidSettings({ [k]: merged[k] }).length > 0;
  return {
    ...merged,
    windowDays: bad('windowDays') ? DEFAULT_SETTINGS.windowDays : merged.windowDays,
    halfLifeDays: bad('halfLifeDays') ? DEFAULT_SETTINGS.halfLifeDays : merged.halfLifeDays,
    timeZone: bad('timeZone') ? DEFAULT_SETTINGS.timeZone : merged.timeZone,
    markovOrder: bad('markovOrder') ? DEFAULT_SETTINGS.markovOrder : merged.markovOrder,
    replicates: bad('replicates') ? DEFAULT_SETTINGS.replicates : merged.replicates,
  };
}

export function influenceReport(
  grid: Grid,
  requested: Partial<InfluenceSettings> = {},
): InfluenceResult {
  const settings = usableSettings(requested);
  return reportOfRead(readJourneys(grid, settings), settings, requested);
}

/** The report on a Paths table read elsewhere: a CSV file the CLI streams row by row. */
export function pathsInfluenceReport(
  table: PathTableResult,
  requested: Partial<InfluenceSettings> = {},
): InfluenceResult {
  return reportOfRead(journeysOfPaths(table), usableSettings(requested), requested);
}

function reportOfRead(
  read: JourneysResult,
  settings: InfluenceSettings,
  requested: Partial<InfluenceSettings>,
): InfluenceResult {
  if (!read.ok) return read;
  const set = read.journeys;
  if (settings.by === 'channel' && !set.hasChannel) {
    return { ok: false, problem: missingColumnsProblem(set.format, ['Channel']) };
  }
  return { ok: true, report: reportOn(set, settings, invalidSettings(requested)) };
}

/**
 * What the readiness block and the last touch per lead read of each prospect, when the journeys
 * cannot say it: an aggregate path table (sql/aggregate.ts) holds paths, not prospects, so a
 * database computes these with their own query (sql/lead-facts.ts).
 */
export interface PerLeadFacts {
  readonly readiness: ReadinessFacts;
  readonly lastTouch: LastTouchTable;
}

/**
 * The report for journeys already built (the sidebar and the bench reuse them). `given` holds
 * models already computed elsewhere: time decay from the SQL buckets, whose journeys the
 * aggregate path table no longer dates.
 */
export function reportOn(
  set: JourneySet,
  settings: InfluenceSettings,
  settingNotes: readonly ReportNote[] = [],
  given: Partial<Record<ModelName, Attribution>> = {},
  perLead: PerLeadFacts | null = null,
): InfluenceReport {
  const input = creditInput(set, settings.by);
  const keys = keysInJourneys(input);
  const conversions = totalConversions(input.journeys);
  const nulls = totalNulls(input.journeys);
  const lift = observationalLift(set, input, keys);
  const notes: ReportNote[] = [
    ...settingNotes,
    ...inputNotes(set, input, settings),
    ...liftNotes(lift),
  ];

  const models: Partial<Record<ModelName, Credits>> = {};
  const revenue: Partial<Record<ModelName, Credits>> = {};
  let removalEffects: Credits = {};
  let markovCredit: Float64Array | null = null;
  let markovStates = 0;
  for (const name of MODEL_NAMES) {
    const entry = MODELS[name];
    if (entry.needsDates && !set.hasDates) continue;
    let result: Attribution;
    const precomputed = given[name];
    if (precomputed !== undefined) {
      result = precomputed;
    } else if (name === 'markov') {
      const solved = markov(input, settings.markovOrder);
      removalEffects = named(keys, input.keys, solved.removalEffects);
      markovCredit = solved.conversions;
      markovStates = solved.states;
      result = solved;
    } else {
      result = entry.run(input, settings);
    }
    models[name] = named(keys, input.keys, result.conversions);
    if (set.hasRevenue) revenue[name] = named(keys, input.keys, result.revenue);
  }
  const keyNames = keys.map((k) => input.keys[k]);
  const modelNames = MODEL_NAMES.filter((m) => models[m] !== undefined);
  const replicates = bootstrapCredits(
    input,
    modelNames,
    settings,
    settings.replicates,
    BOOTSTRAP_SEED,
    markovCredit,
  );
  if (replicates.markovLeftOut) {
    notes.push(
      plainNote('markovIntervals', { states: markovStates, replicates: replicates.replicates }),
    );
  }
  // Ties are walked down the ranking of the models that were resampled, whose mean they test.
  const resampled = modelNames.filter((m) => replicates.byModel[m] !== undefined);
  const lastTouch = perLead?.lastTouch ?? lastTouchPerLead(set);
  if (lastTouch.total > lastTouch.rows.length) {
    notes.push(plainNote('lastTouchCap', { cap: LAST_TOUCH_CAP, total: lastTouch.total }));
  }
  return {
    format: set.format,
    conversions,
    conversionRate:
      set.hasNulls && conversions + nulls > 0 ? conversions / (conversions + nulls) : null,
    models,
    revenue,
    removalEffects,
    noteFacts: notes,
    spread: disagreement(keyNames, models),
    readiness: readiness(
      set,
      input,
      settings.windowDays,
      perLead?.readiness ?? readinessFacts(set),
    ),
    lastTouchPerLead: lastTouch.rows,
    uncertainty: uncertainty(
      input.keys,
      rankByMeanCredit(keyNames, models, resampled),
      replicates,
      BOOTSTRAP_SEED,
    ),
    lift: lift.rows,
  };
}

/** Ids of the keys that occur in some journey, in name order (code units: locale-independent). */
function keysInJourneys(input: CreditInput): number[] {
  const seen = new Uint8Array(input.keys.length);
  for (const j of input.journeys) for (const s of j.steps) seen[s] = 1;
  const ids: number[] = [];
  seen.forEach((flag, id) => {
    if (flag) ids.push(id);
  });
  return ids.sort((a, b) =>
    input.keys[a] < input.keys[b] ? -1 : input.keys[a] > input.keys[b] ? 1 : 0,
  );
}

function named(ids: readonly number[], names: readonly string[], values: Float64Array): Credits {
  const out: Record<string, number> = {};
  for (const id of ids) out[names[id]] = values[id];
  return out;
}

function inputNotes(
  set: JourneySet,
  input: CreditInput,
  settings: InfluenceSettings,
): ReportNote[] {
  const notes: ReportNote[] = set.inputNotes.map((note) => ({ kind: 'input', note }));
  if (totalConversions(input.journeys) === 0) notes.push(plainNote('noConversions'));
  if (!set.hasDates) notes.push(plainNote('noDates', { format: set.format }));
  if (set.format === 'paths' && settings.by === 'channel') notes.push(plainNote('pathsByChannel'));
  if (!set.hasMilestones) notes.push(plainNote('noMilestones'));
  if (!set.hasRevenue) notes.push(plainNote('noRevenue'));
  if (!set.hasNulls) notes.push(plainNote('noNulls'));
  const {
    touchesAfterConversion,
    touchesOutsideWindow,
    conversionsWithoutTouches,
    revenueConflicts,
  } = set.excluded;
  const counted = (key: CountedNote, count: number, params?: Params) => {
    if (count > 0) notes.push(countedNote(key, count, params));
  };
  counted('afterConversion', touchesAfterConversion);
  counted('outsideWindow', touchesOutsideWindow, { window: settings.windowDays });
  counted('withoutTouch', conversionsWithoutTouches);
  counted('revenueConflict', revenueConflicts);
  if (settings.sameDay && set.hasDates) {
    let shared = 0;
    for (const j of input.journeys) {
      if (j.converted && lastGroupStart(j, true) < j.steps.length - 1) shared += j.weight;
    }
    counted('sharedLastDay', shared);
  }
  return notes;
}
