import type { ServiceName } from './calls';

/**
 * How long each service call takes in virtual time. Google publishes no per-call figures; its
 * best-practices page only says that calls to other services are slow next to JavaScript and must
 * be batched (https://developers.google.com/apps-script/guides/support/best-practices). These are
 * conservative figures — a round trip to a Google backend is 0.1–0.5 s in measurements users
 * publish — so that the add-on's own time budget is tested against a slow day, never a kind one.
 * The first matching rule wins; tests may prepend their own with `LatencyModel.set`.
 */
export interface LatencyRule {
  readonly service: ServiceName | '*';
  /** The Apps Script class ('Range', 'CalendarEvent'…); any when omitted. */
  readonly type?: string;
  /** Bare method names; any when omitted. */
  readonly methods?: readonly string[];
  /** Only reads (false) or only writes (true); both when omitted. */
  readonly write?: boolean;
  readonly ms: number;
  /** Where the figure comes from (README table). */
  readonly source: string;
}

const BATCHING =
  'assumed: one backend round trip; best practices, https://developers.google.com/apps-script/guides/support/best-practices';
const LOCAL = 'assumed: assembled locally, no round trip';

export const LATENCY_TABLE: readonly LatencyRule[] = [
  { service: '*', type: '*Builder', ms: 0, source: LOCAL },
  { service: 'Utilities', ms: 0, source: `${LOCAL} (sleep advances the clock itself)` },
  { service: 'Logger', ms: 0, source: LOCAL },
  { service: 'Charts', ms: 0, source: LOCAL },
  { service: 'SpreadsheetApp', type: 'Ui', methods: ['showSidebar'], ms: 300, source: BATCHING },
  { service: 'SpreadsheetApp', type: 'Ui', ms: 0, source: LOCAL },
  { service: 'SpreadsheetApp', type: 'Menu', ms: 0, source: LOCAL },
  { service: 'SpreadsheetApp', write: true, ms: 300, source: `${BATCHING}; Sheets write 0.3 s` },
  { service: 'SpreadsheetApp', write: false, ms: 100, source: `${BATCHING}; Sheets read 0.1 s` },
  {
    service: 'CalendarApp',
    methods: ['createAllDayEvent', 'createEvent', 'createCalendar'],
    ms: 500,
    source: `${BATCHING}; Calendar insert 0.5 s`,
  },
  { service: 'CalendarApp', write: true, ms: 300, source: `${BATCHING}; Calendar patch 0.3 s` },
  {
    service: 'CalendarApp',
    methods: ['getEvents', 'getEventsForDay'],
    ms: 500,
    source: `${BATCHING}; Calendar list/search 0.5 s`,
  },
  {
    service: 'CalendarApp',
    type: 'CalendarEvent',
    ms: 50,
    source: 'assumed: reads of a fetched event, 0.05 s',
  },
  { service: 'CalendarApp', type: 'EventGuest', ms: 50, source: 'assumed: as CalendarEvent reads' },
  { service: 'CalendarApp', ms: 200, source: `${BATCHING}; Calendar get 0.2 s` },
  { service: 'PropertiesService', type: 'PropertiesService', ms: 0, source: LOCAL },
  {
    service: 'PropertiesService',
    write: true,
    ms: 50,
    source: `${BATCHING}; property write 0.05 s`,
  },
  { service: 'PropertiesService', ms: 30, source: `${BATCHING}; property read 0.03 s` },
  { service: 'CacheService', type: 'CacheService', ms: 0, source: LOCAL },
  { service: 'CacheService', ms: 20, source: `${BATCHING}; cache 0.02 s` },
  { service: 'LockService', type: 'LockService', ms: 0, source: LOCAL },
  { service: 'LockService', ms: 50, source: `${BATCHING}; lock 0.05 s plus any wait` },
  { service: 'ScriptApp', type: 'Trigger', ms: 0, source: LOCAL },
  { service: 'ScriptApp', methods: ['newTrigger'], ms: 0, source: LOCAL },
  {
    service: 'ScriptApp',
    methods: ['getProjectTriggers', 'getUserTriggers', 'deleteTrigger', 'create'],
    ms: 200,
    source: `${BATCHING}; trigger list/create/delete 0.2 s`,
  },
  { service: 'ScriptApp', ms: 10, source: 'assumed: 0.01 s' },
  { service: 'MailApp', methods: ['sendEmail'], ms: 500, source: `${BATCHING}; send 0.5 s` },
  { service: 'MailApp', ms: 50, source: `${BATCHING}; quota read 0.05 s` },
  { service: 'Session', ms: 10, source: 'assumed: 0.01 s' },
  {
    service: 'HtmlService',
    methods: ['createHtmlOutputFromFile', 'createTemplateFromFile'],
    ms: 50,
    source: 'assumed: 0.05 s',
  },
  { service: 'HtmlService', ms: 0, source: LOCAL },
  { service: '*', ms: 100, source: BATCHING },
];

function matches(
  rule: LatencyRule,
  service: ServiceName,
  type: string,
  method: string,
  write: boolean,
): boolean {
  if (rule.service !== '*' && rule.service !== service) return false;
  if (rule.type !== undefined) {
    const ok = rule.type.startsWith('*') ? type.endsWith(rule.type.slice(1)) : rule.type === type;
    if (!ok) return false;
  }
  if (rule.methods !== undefined && !rule.methods.includes(method)) return false;
  return rule.write === undefined || rule.write === write;
}

export class LatencyModel {
  private rules: LatencyRule[] = [...LATENCY_TABLE];

  /** The virtual milliseconds one call costs. */
  ms(service: ServiceName, type: string, method: string, write: boolean): number {
    for (const r of this.rules) if (matches(r, service, type, method, write)) return r.ms;
    return 0;
  }

  /** Puts a rule ahead of the table, e.g. a slow Calendar day. */
  set(rule: Omit<LatencyRule, 'source'> & { source?: string }): void {
    this.rules.unshift({ source: 'test override', ...rule });
  }
}
