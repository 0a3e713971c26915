/**
 * Held-out program names for the import's matching test and bench: programs as a review sheet
 * names them, and an export that renames them the way tools do (typos, clone and version
 * suffixes, send dates, case and accents), with decoys — rows one code away from a program
 * ("EMEA" for "APAC", "Q4" for "Q3") that must never be taken for it.
 */
import { mulberry32 } from './seeded';

const TOPICS = [
  'Welcome',
  'Onboarding',
  'Renewal',
  'Upsell',
  'Webinar',
  'Newsletter',
  'Trial conversion',
  'Winback',
  'Événement clients',
  'Ebook download',
  'Demo request',
  'Product launch',
  'Customer story',
  'Partner referral',
  'Pricing update',
  'Security briefing',
  'Séminaire découverte',
  'Relance panier',
  'Nouveautés produit',
  'Invitation salon',
];
const KINDS = [
  'nurture',
  'email',
  'campaign',
  'series',
  'invite',
  'reminder',
  'digest',
  'programme',
];
const CODES = ['EMEA', 'APAC', 'NA', 'LATAM', 'DACH', 'France', 'Nordics', 'UK'];
const PERIODS = ['Q1', 'Q2', 'Q3', 'Q4', '2025', '2026', 'SMB', 'Enterprise'];

export interface HeldOutSet {
  readonly programs: string[];
  /** Source rows in file order. */
  readonly source: string[];
  /** truth[i]: the index in `source` of program i's own row. */
  readonly truth: number[];
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)];
}

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** One typo in one word of five letters or more: a swap, a missing or a doubled letter. */
function typo(rnd: () => number, name: string): string {
  const words = name.split(' ');
  const long = words.map((w, i) => (w.length >= 5 && !/\d/.test(w) ? i : -1)).filter((i) => i >= 0);
  if (long.length === 0) return name;
  const w = pick(rnd, long);
  const word = words[w];
  const at = 1 + Math.floor(rnd() * (word.length - 2));
  const kind = Math.floor(rnd() * 3);
  words[w] =
    kind === 0
      ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
      : kind === 1
        ? word.slice(0, at) + word.slice(at + 1)
        : word.slice(0, at) + word[at] + word.slice(at);
  return words.join(' ');
}

const SUFFIXES = [' (copy)', ' - v2', ' v3', ' 2026-09-01', ' (2)', ' - copie', ' 01/10/2026', ''];

/** How a tool renames a program in its export. */
function renamed(rnd: () => number, name: string): string {
  let out = name;
  if (rnd() < 0.6) out = typo(rnd, out);
  const casing = Math.floor(rnd() * 4);
  if (casing === 0) out = out.toUpperCase();
  else if (casing === 1) out = out.toLowerCase();
  else if (casing === 2) out = out.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  if (rnd() < 0.5) out = stripAccents(out);
  out = `${rnd() < 0.15 ? 'Copy of ' : ''}${out}${pick(rnd, SUFFIXES)}`;
  if (rnd() < 0.2) out = out.replace(/ /g, '_');
  return out;
}

function programName(rnd: () => number): string {
  return `${pick(rnd, CODES)} ${pick(rnd, TOPICS)} ${pick(rnd, KINDS)} ${pick(rnd, PERIODS)}`;
}

/** A name one code away from `name`: another region or period. */
function decoyOf(rnd: () => number, name: string, taken: ReadonlySet<string>): string | null {
  for (let attempt = 0; attempt < 20; attempt++) {
    const words = name.split(' ');
    const swapRegion = rnd() < 0.5;
    const list = swapRegion ? CODES : PERIODS;
    const at = swapRegion ? 0 : words.length - 1;
    words[at] = pick(rnd, list);
    const decoy = words.join(' ');
    if (!taken.has(decoy)) return decoy;
  }
  return null;
}

export function heldOutSet(
  programCount: number,
  sourceCount: number,
  decoys: number,
  seed = 14,
): HeldOutSet {
  const rnd = mulberry32(seed);
  const names = new Set<string>();
  while (names.size < programCount) names.add(programName(rnd));
  const programs = [...names];
  const taken = new Set(programs);
  const rows: Array<{ name: string; program: number }> = programs.map((p, i) => ({
    name: renamed(rnd, p),
    program: i,
  }));
  let made = 0;
  while (made < decoys) {
    const decoy = decoyOf(rnd, pick(rnd, programs), taken);
    if (decoy === null) continue;
    taken.add(decoy);
    rows.push({ name: renamed(rnd, decoy), program: -1 });
    made++;
  }
  while (rows.length < sourceCount) {
    const other = programName(rnd);
    if (taken.has(other)) continue;
    taken.add(other);
    rows.push({ name: renamed(rnd, other), program: -1 });
  }
  // Shuffled, as an export sorts by anything but our programs.
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  const truth = new Array<number>(programs.length);
  rows.forEach((r, i) => {
    if (r.program >= 0) truth[r.program] = i;
  });
  return { programs, source: rows.map((r) => r.name), truth };
}
