/**
 * Counts every public call the code under test makes on an Apps Script service object. Sheets and
 * Calendar calls are the cost we optimise ("constant number of Sheets calls whatever the sheet
 * size", "zero Calendar writes when nothing changed"), so tests assert on these numbers.
 */

/** A service family: the global through which the objects were first reached. */
export type ServiceName =
  | 'SpreadsheetApp'
  | 'CalendarApp'
  | 'PropertiesService'
  | 'LockService'
  | 'CacheService'
  | 'Session'
  | 'Utilities'
  | 'HtmlService'
  | 'ScriptApp'
  | 'MailApp'
  | 'Logger'
  | 'Charts';

export interface CallRecord {
  readonly service: ServiceName;
  /** The Apps Script class, e.g. 'Range' or 'CalendarEvent'. */
  readonly type: string;
  readonly method: string;
  readonly write: boolean;
}

const WRITE_PREFIX =
  /^(create|set|add|remove|delete|insert|put|clear|append|apply|protect|hide|unhide|update|move|merge|sort|rename|reset|check|uncheck|send|trim|randomize|breakApart|showColumns|showRows|showSheet)/;

/**
 * A call changes stored state when its name says so; builders only assemble a value locally, so
 * their setters are reads (nothing reaches Google until the built value is applied).
 */
export function isWriteCall(type: string, method: string): boolean {
  return !type.endsWith('Builder') && WRITE_PREFIX.test(method);
}

/** `method` matches either the bare name ('getValues') or 'Type.method' ('Range.getValues'). */
function matches(record: CallRecord, service?: ServiceName, method?: string): boolean {
  if (service !== undefined && record.service !== service) return false;
  if (method === undefined) return true;
  return method.includes('.')
    ? `${record.type}.${record.method}` === method
    : record.method === method;
}

export class CallCounter {
  private records: CallRecord[] = [];

  record(service: ServiceName, type: string, method: string): CallRecord {
    const rec = { service, type, method, write: isWriteCall(type, method) };
    this.records.push(rec);
    return rec;
  }

  /** All calls, or those of one service family, optionally one method. */
  count(service?: ServiceName, method?: string): number {
    let n = 0;
    for (const r of this.records) if (matches(r, service, method)) n++;
    return n;
  }

  writes(service?: ServiceName): number {
    let n = 0;
    for (const r of this.records) if (r.write && matches(r, service)) n++;
    return n;
  }

  reads(service?: ServiceName): number {
    let n = 0;
    for (const r of this.records) if (!r.write && matches(r, service)) n++;
    return n;
  }

  /** Counts keyed 'Service Type.method', e.g. 'SpreadsheetApp Range.getValues'. */
  byMethod(service?: ServiceName): Record<string, number> {
    const out: Record<string, number> = {};
    for (const r of this.records) {
      if (!matches(r, service)) continue;
      const key = `${r.service} ${r.type}.${r.method}`;
      out[key] = (out[key] ?? 0) + 1;
    }
    return out;
  }

  /** Every call in order, for debugging a failing count. */
  log(service?: ServiceName): readonly CallRecord[] {
    return this.records.filter((r) => matches(r, service));
  }

  /** A frozen copy of the counts so far; pass it to `since` to count what happened after. */
  snapshot(): CallSnapshot {
    return new CallSnapshot(this.records.length);
  }

  /** Calls made after a snapshot, as a counter of their own. */
  since(snapshot: CallSnapshot): CallCounter {
    const c = new CallCounter();
    c.records = this.records.slice(snapshot.position);
    return c;
  }

  reset(): void {
    this.records = [];
  }
}

export class CallSnapshot {
  constructor(readonly position: number) {}
}
