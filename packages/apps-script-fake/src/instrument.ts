import type { CallCounter, ServiceName } from './calls';
import type { Executions } from './execution';
import type { FaultInjector } from './faults';

/**
 * One Proxy layer, applied where objects leave the in-memory services, counts every public call
 * and gives fault injection its chance to fail it. The services themselves call each other on the
 * raw objects, so only calls made by the code under test are counted.
 */
export const SERVICE = Symbol('appsscript.service');

export interface ServiceTag {
  readonly service: ServiceName;
  readonly type: string;
}

/** Classes opt in with `static readonly [SERVICE]: ServiceTag = ...`. */
export function serviceTag(value: object): ServiceTag | undefined {
  const ctor = (value as { constructor?: { [SERVICE]?: ServiceTag } }).constructor;
  return ctor?.[SERVICE];
}

export function tag(service: ServiceName, type: string): ServiceTag {
  return { service, type };
}

/** Arrays handed in or out are walked this deep (getDataValidations is 2-D). */
const MAX_DEPTH = 2;

export class Instrumenter {
  private readonly proxies = new WeakMap<object, object>();
  private readonly raws = new WeakMap<object, object>();

  constructor(
    private readonly calls: CallCounter,
    private readonly faults: FaultInjector,
    private readonly executions: Executions,
  ) {}

  /** The counted face of a service object (and of service objects inside arrays). */
  wrap<T>(value: T): T {
    return this.map(value, 0, (obj) => {
      const t = serviceTag(obj);
      return t ? this.proxyFor(obj, t) : obj;
    }) as T;
  }

  /** The raw object behind a counted face; anything else unchanged. */
  unwrap<T>(value: T): T {
    return this.map(value, 0, (obj) => this.raws.get(obj) ?? obj) as T;
  }

  private map(value: unknown, depth: number, f: (obj: object) => object): unknown {
    if (typeof value !== 'object' || value === null) return value;
    if (!Array.isArray(value)) return f(value);
    if (depth >= MAX_DEPTH) return value;
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item !== 'object' || item === null) continue;
      const mapped = this.map(item, depth + 1, f);
      if (mapped !== item) {
        out ??= value.slice();
        out[i] = mapped;
      }
    }
    return out ?? value;
  }

  private proxyFor(raw: object, t: ServiceTag): object {
    if (this.raws.has(raw)) return raw; // already a proxy
    const existing = this.proxies.get(raw);
    if (existing) return existing;
    const proxy = new Proxy(raw, {
      get: (target, prop) => {
        const value: unknown = Reflect.get(target, prop);
        if (typeof value !== 'function' || typeof prop !== 'string' || prop === 'constructor') {
          return value;
        }
        const fn = value as (...args: unknown[]) => unknown;
        return (...args: unknown[]) => this.invoke(target, t, prop, fn, args);
      },
    });
    this.proxies.set(raw, proxy);
    this.raws.set(proxy, raw);
    return proxy;
  }

  private invoke(
    target: object,
    t: ServiceTag,
    method: string,
    fn: (...args: unknown[]) => unknown,
    args: unknown[],
  ): unknown {
    const { write } = this.calls.record(t.service, t.type, method);
    // A stopped execution, an injected kill or a missing scope fail the call before it lands;
    // its latency passes whether it lands or fails, and a deadline passed meanwhile kills.
    this.executions.before(t.service, t.type, method, write);
    try {
      this.faults.check(t.service, t.type, method);
      const result = fn.apply(
        target,
        args.map((a) => this.unwrap(a)),
      );
      return this.wrap(result);
    } finally {
      this.executions.after(t.service, t.type, method, write);
    }
  }
}
