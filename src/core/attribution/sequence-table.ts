/**
 * Distinct sequences of small integers (the bytes of a text, the step ids of a path), numbered in
 * the order they were first added, kept one after the other in one typed array. A JavaScript Map
 * would need a string key per sequence: hundreds of thousands of distinct paths made that key and
 * its garbage the slowest part of reading a million-row export.
 *
 * Open addressing on an FNV-1a hash (Fowler–Noll–Vo; the 32-bit variant), at most half full.
 */
type Pool = Uint8Array | Int32Array;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function sequenceHash(values: ArrayLike<number>, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) h = Math.imul(h ^ values[i], FNV_PRIME);
  return h;
}

export class SequenceTable<P extends Pool> {
  private slots = new Int32Array(1 << 10);
  private used = 0;
  /** Sequence s is pool[starts[s] .. starts[s + 1]). */
  private starts = new Int32Array(1 << 10);
  private hashes = new Int32Array(1 << 10);
  private count = 0;
  pool: P;

  constructor(private readonly make: (length: number) => P) {
    this.pool = make(1 << 12);
  }

  get size(): number {
    return this.count;
  }

  start(s: number): number {
    return this.starts[s];
  }

  end(s: number): number {
    return this.starts[s + 1];
  }

  /** The number of values[from, to) (hash `h`, from `sequenceHash`), or -1. */
  find(values: ArrayLike<number>, from: number, to: number, h: number): number {
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const s = this.slots[slot] - 1;
      if (s < 0) return -1;
      if (this.hashes[s] === h && this.same(s, values, from, to)) return s;
    }
  }

  /** Adds values[from, to) (not in the table yet, hash `h`): its number. */
  add(values: ArrayLike<number>, from: number, to: number, h: number): number {
    const s = this.count++;
    if (s + 1 >= this.starts.length) {
      this.starts = grown(this.starts, this.starts.length * 2);
      this.hashes = grown(this.hashes, this.starts.length);
    }
    const n = to - from;
    if (this.used + n > this.pool.length) {
      const pool = this.make(Math.max(this.pool.length * 2, this.used + n));
      pool.set(this.pool.subarray(0, this.used));
      this.pool = pool;
    }
    const pool = this.pool;
    for (let i = from, p = this.used; i < to; i++, p++) pool[p] = values[i];
    this.used += n;
    this.starts[s + 1] = this.used;
    this.hashes[s] = h;
    if (this.count * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2);
      for (let t = 0; t < this.count; t++) this.place(t);
    } else this.place(s);
    return s;
  }

  private same(s: number, values: ArrayLike<number>, from: number, to: number): boolean {
    const start = this.starts[s];
    if (this.starts[s + 1] - start !== to - from) return false;
    const pool = this.pool;
    for (let i = from, p = start; i < to; i++, p++) if (pool[p] !== values[i]) return false;
    return true;
  }

  private place(s: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes[s] & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = s + 1;
  }
}

/** A copy of `a` in a longer array of the same kind. */
export function grown<T extends Int32Array | Uint8Array | Float64Array>(a: T, length: number): T {
  const b = new (a.constructor as new (n: number) => T)(length);
  b.set(a);
  return b;
}
