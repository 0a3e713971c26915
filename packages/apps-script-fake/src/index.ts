import * as path from 'path';
import * as vm from 'vm';
import { CacheService } from './cache';
import { CalendarApp } from './calendar/calendar';
import { CalendarStore } from './calendar/store';
import { CallCounter } from './calls';
import {
  Executions,
  strictSettings,
  type ExecutionOptions,
  type ExecutionReport,
  type StrictSettings,
} from './execution';
import { APPS_SCRIPT_ERRORS } from './errors';
import { FaultInjector } from './faults';
import { HtmlService } from './html';
import { Instrumenter } from './instrument';
import { LatencyModel } from './latency';
import { LockRegistry, LockService } from './lock';
import { LogRecorder, Logger, recordingConsole } from './logger';
import { DEFAULT_MAIL_QUOTA, MailApp, type SentMail } from './mail';
import { PropertiesService, type PropertyStore } from './properties';
import { accountOf, DailyQuota, type AccountKind } from './quota';
import { manifestScopes, ScopeGate } from './scopes';
import { ScriptApp, TriggerStore } from './script-app';
import { Session } from './session';
import { newSpreadsheet, SpreadsheetApp } from './spreadsheet/app';
import { ChartType } from './spreadsheet/chart';
import type { Spreadsheet } from './spreadsheet/spreadsheet';
import { UiLog } from './spreadsheet/ui';
import { Utilities } from './utilities';
import { Clock, Ids, type World } from './world';

/**
 * One isolated in-memory Apps Script world per test: fresh spreadsheet, calendars, property stores,
 * locks, caches, triggers and outbox, with every service call counted and open to fault injection.
 */
export interface AppsScriptOptions {
  /** The spreadsheet's (and default calendar's) time zone. Default 'Europe/Paris'. */
  readonly timeZone?: string;
  /** appsscript.json timeZone, what Session.getScriptTimeZone returns. Default: `timeZone`. */
  readonly scriptTimeZone?: string;
  /** Session.getActiveUserLocale, e.g. 'fr' or 'en'. Default 'en'. */
  readonly locale?: string;
  /** The spreadsheet locale. Default 'fr_FR' for a French user, else 'en_US'. */
  readonly spreadsheetLocale?: string;
  readonly userEmail?: string;
  /** Sets the daily Calendar quota; default from the address (gmail.com = consumer). */
  readonly account?: AccountKind;
  /** Where createHtmlOutputFromFile('Sidebar') looks for Sidebar.html. Default '<cwd>/dist'. */
  readonly htmlDir?: string;
  /** The virtual clock's start. Default: the real time when the world is created. */
  readonly now?: Date;
  readonly spreadsheetName?: string;
  readonly mailQuota?: number;
  /**
   * Google's limits (default true): latency, execution time limits, scopes, time-driven runs
   * without a document, deleted events read back as cancelled, argument validation. false is the
   * kind imitation of before; an object switches behaviours one by one over the strict default.
   */
  readonly strict?: boolean | Partial<StrictSettings>;
  /**
   * The manifest's oauthScopes. Default: read from `manifestFile`; null = no explicit list (every
   * scope granted, as when Apps Script detects them).
   */
  readonly oauthScopes?: readonly string[] | null;
  /** Default `<htmlDir>/appsscript.json`, else `<cwd>/appsscript.json`. */
  readonly manifestFile?: string;
  /** Scopes the user unticked on the granular consent screen. */
  readonly declinedScopes?: readonly string[];
  /**
   * Another document of the same user and script: shares the clock, ids, user and script
   * properties (500 KB per user store across all documents), calendars, triggers (20 per user
   * per script) and the mail quota. Its own: spreadsheet, document properties, caches, locks, UI.
   */
  readonly sharedWith?: AppsScriptEnvironment;
}

/** What a user's documents share (see `sharedWith`). */
export interface UserState {
  readonly clock: Clock;
  readonly ids: Ids;
  readonly userProperties: PropertyStore;
  readonly scriptProperties: PropertyStore;
  readonly calendarStore: CalendarStore;
  readonly triggers: TriggerStore;
  readonly mail: MailApp;
}

export interface AppsScriptGlobals {
  readonly SpreadsheetApp: SpreadsheetApp;
  readonly CalendarApp: CalendarApp;
  readonly PropertiesService: PropertiesService;
  readonly LockService: LockService;
  readonly CacheService: CacheService;
  readonly Session: Session;
  readonly Utilities: Utilities;
  readonly HtmlService: HtmlService;
  readonly ScriptApp: ScriptApp;
  readonly MailApp: MailApp;
  readonly Logger: Logger;
  readonly Charts: { readonly ChartType: typeof ChartType };
}

export interface AppsScriptEnvironment {
  /** The counted service objects, to install as globals (see `install` and `vmContext`). */
  readonly globals: AppsScriptGlobals;
  /** Apps Script's `console`, recording into `logs`. Kept apart so installing does not hijack jest's. */
  readonly console: ReturnType<typeof recordingConsole>;
  readonly calls: CallCounter;
  readonly faults: FaultInjector;
  /** The state this user's other documents share (pass the env as `sharedWith`). */
  readonly userState: UserState;
  readonly clock: Clock;
  /** Executions: `run`, injected kills (`killAt`), reports (`history`). */
  readonly executions: Executions;
  /** The strict switches, live: flip one in a test to run a behaviour both ways. */
  readonly strict: StrictSettings;
  readonly latency: LatencyModel;
  /** The manifest's scopes and the user's declined ones. */
  readonly scopes: ScopeGate;
  /** Runs `fn` as one execution (see Executions.run); never throws, the report says how it ended. */
  run<T>(fn: () => T, options?: ExecutionOptions): ExecutionReport<T>;
  /**
   * Runs the script's top-level function `handler` as Google runs a menu click, a
   * google.script.run call or a trigger: one execution in a fresh global scope (`vmContext()`),
   * the script's top-level code evaluated again inside it, so nothing but what the services store
   * (properties, caches, the spreadsheet, calendars, triggers) outlives the execution. Compile the
   * script once (`new vm.Script`) and pass it to every call. A name the script does not declare
   * fails with Google's "Script function not found: name".
   */
  runScript(
    script: vm.Script,
    handler: string,
    args?: readonly unknown[],
    options?: Omit<ExecutionOptions, 'handler'>,
  ): ExecutionReport;
  /** The container-bound spreadsheet, uncounted: load grids, take snapshots. */
  readonly spreadsheet: Spreadsheet;
  /** Menus, alerts, sidebars, dialogs and toasts the add-on showed. */
  readonly ui: UiLog;
  readonly calendarStore: CalendarStore;
  readonly outbox: SentMail[];
  readonly properties: {
    readonly document: PropertyStore;
    readonly user: PropertyStore;
    readonly script: PropertyStore;
  };
  readonly locks: LockRegistry;
  readonly triggers: TriggerStore;
  readonly logs: LogRecorder;
  /** Copies the globals onto `target` (globalThis by default); returns a function that undoes it. */
  install(target?: object): () => void;
  /**
   * A vm context holding the globals, the recording console and this realm's Date, so Dates
   * handed out by the services pass `instanceof Date` inside the context.
   */
  vmContext(extra?: Record<string, unknown>): vm.Context;
}

/**
 * This realm's Date, except that `new Date()` and `Date.now()` read the environment's virtual
 * clock, so the add-on's "today" is whatever the test set. A Proxy rather than a subclass keeps
 * `instanceof Date` true for every Date the services hand out.
 */
function clockedDate(clock: Clock): DateConstructor {
  return new Proxy(Date, {
    construct(target, args: unknown[]) {
      return args.length === 0 ? new target(clock.nowMs()) : new target(...(args as [number]));
    },
    apply() {
      return new Date(clock.nowMs()).toString();
    },
    get(target, prop, receiver) {
      if (prop === 'now') return () => clock.nowMs();
      return Reflect.get(target, prop, receiver);
    },
  });
}

/**
 * Evaluates the script in `scope`, then calls its top-level function `handler`. Only the script's
 * own declarations count: a lookup on the scope alone would also find Object's own properties
 * ("constructor", "toString"…).
 */
function callInFreshScope(
  script: vm.Script,
  scope: vm.Context,
  handler: string,
  args: readonly unknown[],
): unknown {
  script.runInContext(scope);
  const fn: unknown = Object.prototype.hasOwnProperty.call(scope, handler)
    ? (scope as Record<string, unknown>)[handler]
    : undefined;
  if (typeof fn !== 'function') throw new Error(APPS_SCRIPT_ERRORS.functionNotFound(handler));
  return (fn as (...a: unknown[]) => unknown)(...args);
}

function resolveStrict(option: AppsScriptOptions['strict']): StrictSettings {
  if (option === undefined || typeof option === 'boolean') return strictSettings(option ?? true);
  return { ...strictSettings(true), ...option };
}

function resolveScopes(options: AppsScriptOptions, htmlDir: string): ScopeGate {
  const gate = new ScopeGate();
  if (options.oauthScopes !== undefined) {
    gate.manifest = options.oauthScopes;
  } else {
    const beside = options.manifestFile ?? path.join(htmlDir, 'appsscript.json');
    gate.manifest =
      manifestScopes(beside) ?? manifestScopes(path.join(process.cwd(), 'appsscript.json'));
  }
  for (const s of options.declinedScopes ?? []) gate.decline(s);
  return gate;
}

export function createAppsScript(options: AppsScriptOptions = {}): AppsScriptEnvironment {
  const timeZone = options.timeZone ?? 'Europe/Paris';
  const locale = options.locale ?? 'en';
  const htmlDir = options.htmlDir ?? path.join(process.cwd(), 'dist');
  const userEmail = options.userEmail ?? 'reviewer@example.com';
  const shared = options.sharedWith?.userState;
  const clock = shared?.clock ?? new Clock(options.now ?? new Date());
  const strict = resolveStrict(options.strict);
  const latency = new LatencyModel();
  const scopes = resolveScopes(options, htmlDir);
  const executions = new Executions(clock, strict, latency, scopes);
  const documentless = () => executions.documentless();
  const world: World = {
    clock,
    executions,
    ids: shared?.ids ?? new Ids(),
    settings: {
      timeZone,
      scriptTimeZone: options.scriptTimeZone ?? timeZone,
      userLocale: locale,
      spreadsheetLocale: options.spreadsheetLocale ?? (locale.startsWith('fr') ? 'fr_FR' : 'en_US'),
      userEmail,
      account: options.account ?? accountOf(userEmail),
      htmlDir,
    },
  };
  const calls = new CallCounter();
  const faults = new FaultInjector();
  const instrument = new Instrumenter(calls, faults, executions);
  const ui = new UiLog();
  const logs = new LogRecorder();

  const spreadsheet = newSpreadsheet(world, ui, options.spreadsheetName ?? 'Cadence review');
  spreadsheet.addSheet('Sheet1');
  const calendarStore = shared?.calendarStore ?? new CalendarStore(world);
  const properties = new PropertiesService(
    shared?.userProperties,
    shared?.scriptProperties,
    documentless,
  );
  const locks = new LockRegistry(world.clock);
  const triggers = shared?.triggers ?? new TriggerStore(world);
  const mail =
    shared?.mail ?? new MailApp(new DailyQuota(clock, options.mailQuota ?? DEFAULT_MAIL_QUOTA));
  const userState: UserState = {
    clock,
    ids: world.ids,
    userProperties: properties.user,
    scriptProperties: properties.script,
    calendarStore,
    triggers,
    mail,
  };

  const spreadsheetApp = new SpreadsheetApp(world, ui, spreadsheet);
  const raw: AppsScriptGlobals = {
    SpreadsheetApp: spreadsheetApp,
    CalendarApp: new CalendarApp(calendarStore),
    PropertiesService: properties,
    LockService: new LockService(locks, documentless),
    CacheService: new CacheService(world.clock),
    Session: new Session(world),
    Utilities: new Utilities(world),
    HtmlService: new HtmlService(world),
    // Time-driven triggers belong to the document they are created in (ScriptApp.getUserTriggers).
    ScriptApp: new ScriptApp(triggers, scopes, executions, () =>
      executions.documentless() ? '' : spreadsheetApp.getActiveSpreadsheet().getId(),
    ),
    MailApp: mail,
    Logger: new Logger(logs),
    Charts: { ChartType },
  };
  const globals = Object.fromEntries(
    Object.entries(raw).map(([k, v]) => [k, instrument.wrap(v)]),
  ) as unknown as AppsScriptGlobals;
  const console = recordingConsole(logs);
  const globalScope = (extra: Record<string, unknown> = {}): vm.Context =>
    vm.createContext({ ...globals, console, Date: clockedDate(world.clock), ...extra });

  return {
    globals,
    console,
    calls,
    faults,
    userState,
    clock: world.clock,
    executions,
    strict,
    latency,
    scopes,
    run: (fn, runOptions) => executions.run(fn, runOptions),
    runScript(script, handler, args = [], runOptions = {}) {
      return executions.run(() => callInFreshScope(script, globalScope(), handler, args), {
        ...runOptions,
        handler,
      });
    },
    spreadsheet,
    ui,
    calendarStore,
    outbox: mail.outbox,
    properties: { document: properties.document, user: properties.user, script: properties.script },
    locks,
    triggers,
    logs,
    install(target: object = globalThis) {
      const t = target as Record<string, unknown>;
      // Date too: code under test measures its time budget with Date.now() on the virtual clock.
      const installed = { ...globals, Date: clockedDate(world.clock) };
      const previous = new Map(Object.keys(installed).map((k) => [k, t[k]]));
      Object.assign(t, installed);
      return () => {
        for (const [k, v] of previous) {
          if (v === undefined) delete t[k];
          else t[k] = v;
        }
      };
    },
    vmContext: globalScope,
  };
}

// The public surface: what Cadence's Node code and tests use, and the types of the environment's
// fields. Nothing else is exported (no method or value that nothing calls).
export {
  SIMPLE_TRIGGERS,
  type ExecutionKind,
  type ExecutionOptions,
  type ExecutionReport,
  type KillSpec,
  type StrictSettings,
} from './execution';
export { QUOTA_WINDOW_MS, type AccountKind } from './quota';
export { SCOPES } from './scopes';
export { parseA1, formatA1, quoteSheetName, columnNumber, type A1Ref } from './a1';
export { DEFAULT_NUMBER_FORMAT } from './spreadsheet/number-format';
export { PROPERTY_VALUE_LIMIT, PROPERTY_STORE_LIMIT, type PropertyStore } from './properties';
export { isDate } from './values';
export { normalizeColor } from './spreadsheet/colors';
export { allLayers, type HorizontalAlignment } from './spreadsheet/cells';
export { Range } from './spreadsheet/range';
export {
  DataValidation,
  DataValidationBuilder,
  type ValidationSpec,
} from './spreadsheet/data-validation';
export { BANDING_OVERLAP_ERROR } from './spreadsheet/banding';
export {
  COMMA_DECIMAL_SYNTAX,
  EN_US_SYNTAX,
  parsesIn,
  syntaxFor,
  type FormulaParsing,
} from './spreadsheet/formula-syntax';
export type { CellValue } from './cell-value';
export type { CallRecord, ServiceName } from './calls';
export type { FaultRule, FaultHandle } from './faults';
export type { LatencyRule } from './latency';
export type { Spreadsheet } from './spreadsheet/spreadsheet';
export type { Sheet, CellInput } from './spreadsheet/sheet';
export type { SheetSnapshot } from './spreadsheet/snapshot';
export type { Rect } from './spreadsheet/grid';
export type { BooleanSpec } from './spreadsheet/conditional-format';
export type {
  UiLog,
  RecordedMenu,
  MenuEntry,
  RecordedPanel,
  RecordedAlert,
  RecordedToast,
} from './spreadsheet/ui';
export type { CalendarStore, EventSnapshot } from './calendar/store';
export type { SentMail } from './mail';
export type { LockRegistry, LockScope } from './lock';
export type { TriggerSpec } from './script-app';
