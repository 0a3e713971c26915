/**
 * Programs of the review sheet ↔ rows of an export, by name. A wrong match writes a number into
 * the wrong program's history, which is worse than no match: a program is matched only when its
 * best source row scores at least the threshold AND no other row comes within the margin; a close
 * call is "ambiguous" (listed with its candidates for the user to pick), a poor one unmatched.
 * A pair the user confirmed once is remembered and wins at once the next time.
 *
 * 5,000 source rows × 1,000 programs must take well under a second: only the rows that share
 * letter trigrams with a program (an inverted index) are scored, never all pairs.
 */
import { nameKey, type NameKey } from './names';
import { nameSimilarity } from './similarity';

export interface NamedRow {
  /** 1-based row in its sheet or file. */
  readonly row: number;
  readonly name: string;
}

export interface Candidate extends NamedRow {
  /** 0–1, rounded to hundredths. */
  readonly confidence: number;
}

export type MatchOutcome =
  | {
      readonly kind: 'matched';
      readonly program: NamedRow;
      readonly source: NamedRow;
      readonly confidence: number;
      /** The user confirmed this pair in an earlier import. */
      readonly remembered: boolean;
    }
  | { readonly kind: 'ambiguous'; readonly program: NamedRow; readonly candidates: Candidate[] }
  | { readonly kind: 'unmatched'; readonly program: NamedRow };

export interface MatchPolicy {
  /** The lowest score written without asking. */
  readonly threshold: number;
  /** Two rows scoring within this of each other are a close call. */
  readonly margin: number;
  /** Below this a row is not even offered as a candidate. */
  readonly floor: number;
}

/**
 * Tuned on the held-out test (tests/unit/import-matching.test.ts): one typo in a two-word name
 * scores about 0.93; one extra or one different word in a three-word name about 0.85 or less.
 */
export const MATCH_POLICY: MatchPolicy = { threshold: 0.9, margin: 0.05, floor: 0.7 };

/** At most this many candidates are scored per program, and listed per close call. */
const SHORTLIST = 12;
const LISTED = 5;

export interface MatchResult {
  /** One per program, in the programs' order. */
  readonly outcomes: readonly MatchOutcome[];
  /** Source rows no program was matched to, in row order. */
  readonly unusedSource: readonly number[];
}

/** Program name key → source name key, as the user confirmed them. */
export type RememberedPairs = ReadonlyMap<string, string>;

function trigrams(key: NameKey): string[] {
  const out: string[] = [];
  for (const token of key.tokens) {
    const padded = `#${token}#`;
    for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  }
  return out;
}

class SourceIndex {
  readonly keys: NameKey[];
  private readonly byCompact = new Map<string, number[]>();
  private readonly byKey = new Map<string, number[]>();
  private readonly postings = new Map<string, Int32Array>();
  /** Per source row, trigrams shared with the program being matched; and the rows touched. */
  private readonly counts: Int32Array;
  private readonly touched: Int32Array;

  constructor(readonly rows: readonly NamedRow[]) {
    this.keys = rows.map((r) => nameKey(r.name));
    this.counts = new Int32Array(rows.length);
    this.touched = new Int32Array(rows.length);
    const postings = new Map<string, number[]>();
    this.keys.forEach((key, i) => {
      push(this.byCompact, key.compact, i);
      push(this.byKey, key.key, i);
      for (const gram of new Set(trigrams(key))) push(postings, gram, i);
    });
    for (const [gram, list] of postings) this.postings.set(gram, Int32Array.from(list));
  }

  withKey(key: string): readonly number[] {
    return this.byKey.get(key) ?? [];
  }

  /** Source rows worth scoring against `key`: equal names, then those sharing most trigrams. */
  shortlist(key: NameKey): number[] {
    const grams = new Set(trigrams(key));
    const { counts, touched } = this;
    let reached = 0;
    let most = 0;
    for (const gram of grams) {
      const list = this.postings.get(gram);
      if (list === undefined) continue;
      for (let k = 0; k < list.length; k++) {
        const i = list[k];
        const n = ++counts[i];
        if (n === 1) touched[reached++] = i;
        if (n > most) most = n;
      }
    }
    // A row sharing less than 60 % of the best row's trigrams cannot score near it.
    const needed = Math.max(1, Math.floor(grams.size * 0.3), Math.ceil(most * 0.6));
    const kept: number[] = [];
    for (let k = 0; k < reached; k++) if (counts[touched[k]] >= needed) kept.push(touched[k]);
    const scored = kept.sort((a, b) => counts[b] - counts[a] || a - b).slice(0, SHORTLIST);
    for (let k = 0; k < reached; k++) counts[touched[k]] = 0;
    const equal = this.byCompact.get(key.compact) ?? [];
    return [...new Set([...equal, ...scored])];
  }
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const hundredths = (x: number): number => Math.round(x * 100) / 100;

export function matchPrograms(
  programs: readonly NamedRow[],
  sources: readonly NamedRow[],
  remembered: RememberedPairs = new Map(),
  policy: MatchPolicy = MATCH_POLICY,
): MatchResult {
  const index = new SourceIndex(sources);
  const used = new Set<number>();
  const outcomes = programs.map((program): MatchOutcome => {
    const key = nameKey(program.name);
    const confirmed = remembered.get(key.key);
    if (confirmed !== undefined) {
      const rows = index.withKey(confirmed);
      if (rows.length === 1) {
        used.add(rows[0]);
        const score = nameSimilarity(key, index.keys[rows[0]]);
        return {
          kind: 'matched',
          program,
          source: sources[rows[0]],
          confidence: hundredths(score),
          remembered: true,
        };
      }
    }
    const scored = index
      .shortlist(key)
      .map((i) => ({ i, score: nameSimilarity(key, index.keys[i]) }))
      .filter((s) => s.score >= policy.floor)
      .sort((a, b) => b.score - a.score || a.i - b.i);
    if (scored.length === 0) return { kind: 'unmatched', program };
    const [best, second] = scored;
    const close = second !== undefined && second.score >= best.score - policy.margin;
    if (!close && best.score >= policy.threshold) {
      used.add(best.i);
      return {
        kind: 'matched',
        program,
        source: sources[best.i],
        confidence: hundredths(best.score),
        remembered: false,
      };
    }
    const candidates = scored
      .slice(0, LISTED)
      .map((s) => ({ ...sources[s.i], confidence: hundredths(s.score) }));
    return { kind: 'ambiguous', program, candidates };
  });
  const unusedSource = sources.filter((_, i) => !used.has(i)).map((s) => s.row);
  return { outcomes, unusedSource };
}
