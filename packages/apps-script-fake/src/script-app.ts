import type { Conform } from './conform';
import { APPS_SCRIPT_ERRORS } from './errors';
import type { Executions } from './execution';
import { SERVICE, tag } from './instrument';
import type { ScopeGate } from './scopes';
import { enumName, makeEnum } from './values';
import type { World } from './world';

export const AuthMode = makeEnum([
  'NONE',
  'CUSTOM_FUNCTION',
  'LIMITED',
  'FULL',
]) as unknown as typeof GoogleAppsScript.Script.AuthMode;
export const EventType = makeEnum([
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
]) as unknown as typeof GoogleAppsScript.Script.EventType;
export const TriggerSource = makeEnum([
  'SPREADSHEETS',
  'CLOCK',
  'FORMS',
  'DOCUMENTS',
  'CALENDAR',
]) as unknown as typeof GoogleAppsScript.Script.TriggerSource;
export const AuthorizationStatus = makeEnum([
  'REQUIRED',
  'NOT_REQUIRED',
]) as unknown as typeof GoogleAppsScript.Script.AuthorizationStatus;
export const InstallationSource = makeEnum([
  'APPS_MARKETPLACE_DOMAIN_ADD_ON',
  'NONE',
  'WEB_STORE_ADD_ON',
]) as unknown as typeof GoogleAppsScript.Script.InstallationSource;
export const WeekDay = makeEnum([
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
]) as unknown as typeof GoogleAppsScript.Base.Weekday;

/** Google's words for a time-driven trigger; other kinds are worded alike (_assumed_). */
function addOnTriggerError(eventType: TriggerSpec['eventType']): string {
  const kind = eventType === 'CLOCK' ? 'time-based' : eventType.toLowerCase().replace(/_/g, ' ');
  return `This add-on has created too many ${kind} triggers in this document for this Google user account.`;
}

/** Apps Script allows 20 triggers per user per script. */
export const TRIGGER_LIMIT = 20;

/** A created trigger as plain data, for tests to read. */
export interface TriggerSpec {
  readonly id: string;
  readonly handler: string;
  readonly eventType:
    'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_FORM_SUBMIT' | 'ON_CHANGE' | 'ON_EVENT_UPDATED';
  readonly source: 'SPREADSHEETS' | 'CLOCK' | 'CALENDAR';
  readonly sourceId: string;
  /**
   * The document the trigger belongs to: a spreadsheet trigger's source, or the document active
   * when a time-driven trigger was created ('' outside any document). getUserTriggers filters on it.
   */
  readonly documentId: string;
  readonly schedule: Readonly<ClockSchedule>;
  /** Virtual ms when it was created: a one-off `after(ms)` trigger is due at createdAt + ms. */
  readonly createdAt: number;
}

export interface ClockSchedule {
  everyDays?: number;
  atHour?: number;
  afterMs?: number;
  at?: number;
  timeZone?: string;
}

export class TriggerStore {
  readonly triggers: TriggerSpec[] = [];
  /**
   * Run as an editor add-on: Google allows "one trigger of each type, per user, per document"
   * (a second time-driven trigger in the same document throws). Off by default: a bound script
   * only has the 20-per-user limit.
   */
  editorAddOn = false;
  constructor(readonly world: World) {}
  /** Ids of one-off triggers that have fired (they stay listed until deleted, _assumed_). */
  readonly fired = new Set<string>();
  /** `activeDocumentId`: the document a time-driven trigger is created in ('' outside any). */
  create(
    spec: Omit<TriggerSpec, 'id' | 'documentId' | 'createdAt'>,
    activeDocumentId = '',
  ): Trigger {
    if (this.triggers.length >= TRIGGER_LIMIT) throw new Error(APPS_SCRIPT_ERRORS.tooManyTriggers);
    const documentId = spec.source === 'CLOCK' ? activeDocumentId : spec.sourceId;
    if (
      this.editorAddOn &&
      this.triggers.some((t) => t.documentId === documentId && t.eventType === spec.eventType)
    ) {
      throw new Error(addOnTriggerError(spec.eventType));
    }
    const full: TriggerSpec = {
      ...spec,
      documentId,
      id: String(1_000_000 + this.world.ids.next('trigger')),
      createdAt: this.world.clock.nowMs(),
    };
    this.triggers.push(full);
    return new Trigger(full);
  }
  /** When a one-off clock trigger is due, or null for recurring and spreadsheet triggers. */
  dueAt(t: TriggerSpec): number | null {
    if (t.schedule.at !== undefined) return t.schedule.at;
    if (t.schedule.afterMs !== undefined) return t.createdAt + t.schedule.afterMs;
    return null;
  }
  delete(id: string): void {
    const i = this.triggers.findIndex((t) => t.id === id);
    if (i >= 0) this.triggers.splice(i, 1);
  }
}

type Pairs =
  | readonly [GoogleAppsScript.Script.AuthorizationInfo, AuthorizationInfo]
  | readonly [GoogleAppsScript.Script.Trigger, Trigger]
  | readonly [GoogleAppsScript.Script.TriggerBuilder, TriggerBuilder]
  | readonly [GoogleAppsScript.Script.ClockTriggerBuilder, ClockTriggerBuilder]
  | readonly [GoogleAppsScript.Script.SpreadsheetTriggerBuilder, SpreadsheetTriggerBuilder];

export class Trigger implements Conform<
  GoogleAppsScript.Script.Trigger,
  'getHandlerFunction' | 'getUniqueId',
  Pairs
> {
  static readonly [SERVICE] = tag('ScriptApp', 'Trigger');
  constructor(readonly spec: TriggerSpec) {}
  getHandlerFunction(): string {
    return this.spec.handler;
  }
  getUniqueId(): string {
    return this.spec.id;
  }
}

type ClockMethods = 'after' | 'at' | 'atHour' | 'create' | 'everyDays' | 'inTimezone';

export class ClockTriggerBuilder implements Conform<
  GoogleAppsScript.Script.ClockTriggerBuilder,
  ClockMethods,
  Pairs
> {
  static readonly [SERVICE] = tag('ScriptApp', 'ClockTriggerBuilder');
  private readonly schedule: ClockSchedule = {};
  constructor(
    private readonly store: TriggerStore,
    private readonly handler: string,
    private readonly activeDocumentId: () => string = () => '',
  ) {}
  after(durationMilliseconds: number): ClockTriggerBuilder {
    this.schedule.afterMs = durationMilliseconds;
    return this;
  }
  at(date: GoogleAppsScript.Base.Date): ClockTriggerBuilder {
    this.schedule.at = date.getTime();
    return this;
  }
  atHour(hour: number): ClockTriggerBuilder {
    this.schedule.atHour = hour;
    return this;
  }
  everyDays(n: number): ClockTriggerBuilder {
    this.schedule.everyDays = n;
    return this;
  }
  inTimezone(timezone: string): ClockTriggerBuilder {
    this.schedule.timeZone = timezone;
    return this;
  }
  create(): Trigger {
    return this.store.create(
      {
        handler: this.handler,
        eventType: 'CLOCK',
        source: 'CLOCK',
        sourceId: '',
        schedule: { ...this.schedule },
      },
      this.activeDocumentId(),
    );
  }
}

export class SpreadsheetTriggerBuilder implements Conform<
  GoogleAppsScript.Script.SpreadsheetTriggerBuilder,
  'create' | 'onEdit' | 'onOpen',
  Pairs
> {
  static readonly [SERVICE] = tag('ScriptApp', 'SpreadsheetTriggerBuilder');
  private eventType: TriggerSpec['eventType'] = 'ON_OPEN';
  constructor(
    private readonly store: TriggerStore,
    private readonly handler: string,
    private readonly sourceId: string,
  ) {}
  onOpen(): SpreadsheetTriggerBuilder {
    this.eventType = 'ON_OPEN';
    return this;
  }
  onEdit(): SpreadsheetTriggerBuilder {
    this.eventType = 'ON_EDIT';
    return this;
  }
  create(): Trigger {
    return this.store.create({
      handler: this.handler,
      eventType: this.eventType,
      source: 'SPREADSHEETS',
      sourceId: this.sourceId,
      schedule: {},
    });
  }
}

export class TriggerBuilder {
  static readonly [SERVICE] = tag('ScriptApp', 'TriggerBuilder');
  constructor(
    private readonly store: TriggerStore,
    private readonly handler: string,
    private readonly activeDocumentId: () => string = () => '',
  ) {}
  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this.store, this.handler, this.activeDocumentId);
  }
  forSpreadsheet(sheet: string | { getId(): string }): SpreadsheetTriggerBuilder {
    return new SpreadsheetTriggerBuilder(
      this.store,
      this.handler,
      typeof sheet === 'string' ? sheet : sheet.getId(),
    );
  }
}

/**
 * "An object that checks if the user has granted authorization for the required scopes of the
 * script" (https://developers.google.com/apps-script/reference/script/authorization-info).
 */
export class AuthorizationInfo implements Conform<
  GoogleAppsScript.Script.AuthorizationInfo,
  'getAuthorizationStatus' | 'getAuthorizationUrl',
  Pairs
> {
  static readonly [SERVICE] = tag('ScriptApp', 'AuthorizationInfo');
  constructor(
    private readonly requested: readonly string[],
    private readonly authorized: readonly string[],
  ) {}
  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus {
    return this.requested.every((s) => this.authorized.includes(s))
      ? AuthorizationStatus.NOT_REQUIRED
      : AuthorizationStatus.REQUIRED;
  }
  /** Null when no authorization is required, as documented. */
  getAuthorizationUrl(): string {
    return this.getAuthorizationStatus() === AuthorizationStatus.REQUIRED
      ? 'https://script.google.com/macros/d/1in-memory-script-id/authorize'
      : (null as unknown as string);
  }
}

type AppMethods =
  | 'AuthMode'
  | 'AuthorizationStatus'
  | 'EventType'
  | 'InstallationSource'
  | 'TriggerSource'
  | 'WeekDay'
  | 'deleteTrigger'
  | 'getAuthorizationInfo'
  | 'getProjectTriggers'
  | 'newTrigger'
  | 'requireAllScopes'
  | 'requireScopes';

export class ScriptApp implements Conform<GoogleAppsScript.Script.ScriptApp, AppMethods, Pairs> {
  static readonly [SERVICE] = tag('ScriptApp', 'ScriptApp');
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly EventType = EventType;
  readonly InstallationSource = InstallationSource;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;

  constructor(
    readonly store: TriggerStore,
    private readonly scopes: ScopeGate,
    private readonly executions: Executions,
    /** The document time-driven triggers belong to: the active one, '' outside any document. */
    private readonly activeDocumentId: () => string = () => '',
  ) {}

  /** (authMode[, oAuthScopes]): FULL is the only mode in which users grant anything. */
  getAuthorizationInfo(
    authMode: GoogleAppsScript.Script.AuthMode,
    oAuthScopes?: string[],
  ): AuthorizationInfo {
    const requested = oAuthScopes ?? this.scopes.manifest ?? [];
    const full = enumName(authMode) === 'FULL';
    return new AuthorizationInfo(full ? requested : [], this.scopes.granted(requested));
  }
  /**
   * "If any of the requested scopes is not granted, ends the current execution and renders a
   * consent prompt" (ScriptApp reference): the execution stops as a kill does, and the prompt is
   * recorded in `env.scopes.consentPrompts`.
   */
  requireScopes(authMode: GoogleAppsScript.Script.AuthMode, oAuthScopes: string[]): void {
    const missing = oAuthScopes.filter((s) => !this.scopes.isGranted(s));
    if (enumName(authMode) !== 'FULL' || missing.length === 0) return;
    this.scopes.consentPrompts.push(missing);
    this.executions.stop('consent');
  }
  requireAllScopes(authMode: GoogleAppsScript.Script.AuthMode): void {
    this.requireScopes(authMode, [...(this.scopes.manifest ?? [])]);
  }

  newTrigger(functionName: string): TriggerBuilder {
    return new TriggerBuilder(this.store, functionName, this.activeDocumentId);
  }
  getProjectTriggers(): Trigger[] {
    return this.store.triggers.map((t) => new Trigger(t));
  }
  /**
   * "All installable triggers owned by this user in the given spreadsheet, for this script or
   * add-on only": time-driven ones included (they belong to the document they were created in).
   */
  getUserTriggers(spreadsheet: { getId(): string }): Trigger[] {
    const id = spreadsheet.getId();
    return this.store.triggers.filter((t) => t.documentId === id).map((t) => new Trigger(t));
  }
  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger | Trigger): void {
    this.store.delete(trigger.getUniqueId());
  }
}
