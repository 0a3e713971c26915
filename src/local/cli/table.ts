/**
 * Plain-text tables for the terminal: left-aligned text, right-aligned numbers, and never a line
 * wider than the terminal. Widths are measured with string-width, so an emoji or a CJK name
 * (two columns each) lines up and is cut in the right place.
 */
import stringWidth from 'string-width';

/** The width when neither COLUMNS nor a terminal says: wide enough for the table, not more. */
export const DEFAULT_WIDTH = 100;
const NARROWEST = 40;

/** COLUMNS when set (as shells export it), else the terminal's width, else 100. */
export function terminalWidth(
  env: NodeJS.ProcessEnv = process.env,
  stream: { isTTY?: boolean; columns?: number } = process.stdout,
): number {
  const fromEnv = Number(env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return Math.max(NARROWEST, fromEnv);
  if (stream.isTTY && stream.columns && stream.columns > 0)
    return Math.max(NARROWEST, stream.columns);
  return DEFAULT_WIDTH;
}

export const displayWidth = (text: string): number => stringWidth(text);

/** The text cut to `width` display columns, ending in … when cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/** Words wrapped to `width` columns (a word longer than a line is cut with …). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (displayWidth(next) <= width) line = next;
    else {
      if (line !== '') lines.push(line);
      line = truncate(word, width);
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

export interface Column {
  readonly header: string;
  /** Cut first (with …) when the table is too wide; at least `min` columns are kept. */
  readonly shrink?: { readonly min: number };
  /** Columns that do not fit even after shrinking are left out, lowest priority first. */
  readonly priority: number;
}

const GAP = 2;

/**
 * The table within `maxWidth` columns: shrinkable columns are cut with … down to their minimum,
 * then the lowest-priority columns are left out until every line fits.
 */
export function renderTable(
  columns: readonly Column[],
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
  maxWidth: number = Number.POSITIVE_INFINITY,
): string {
  const cells = rows.map((row) => row.map((c) => String(c)));
  const numeric = columns.map(
    (_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number' || r[i] === '—'),
  );
  const natural = columns.map((col, i) =>
    Math.max(displayWidth(col.header), ...cells.map((r) => displayWidth(r[i] ?? ''))),
  );
  let shown = columns.map((_, i) => i);
  const widths = [...natural];
  const total = () => shown.reduce((sum, i) => sum + widths[i], 0) + GAP * (shown.length - 1);
  for (;;) {
    for (const i of shown) widths[i] = natural[i];
    // The least important columns give up their width first.
    const byPriority = [...shown].sort((a, b) => columns[a].priority - columns[b].priority);
    for (const i of byPriority) {
      const min = Math.max(columns[i].shrink?.min ?? natural[i], displayWidth(columns[i].header));
      const excess = total() - maxWidth;
      if (excess > 0 && columns[i].shrink) widths[i] = Math.max(min, widths[i] - excess);
    }
    if (total() <= maxWidth || shown.length <= 1) break;
    const drop = shown.reduce((low, i) => (columns[i].priority < columns[low].priority ? i : low));
    shown = shown.filter((i) => i !== drop);
  }
  const line = (row: readonly string[]) =>
    truncate(
      shown
        .map((i) => pad(truncate(row[i] ?? '', widths[i]), widths[i], numeric[i]))
        .join(' '.repeat(GAP))
        .trimEnd(),
      maxWidth,
    );
  return [
    line(columns.map((c) => c.header)),
    line(columns.map((_, i) => '─'.repeat(widths[i]))),
    ...cells.map(line),
  ].join('\n');
}
