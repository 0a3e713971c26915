/**
 * A tiny evaluator for the custom formulas conditional-format rules use, because the in-memory
 * spreadsheet records formulas without evaluating them. It covers the shapes the add-on writes
 * (`=AND(N("cadence")=0,LEFT($U2,1)="●")`, `=AND(N("cadence")=0,OR(COLUMN()=13,…))`) and the
 * small neighbourhood a user's own rule is likely to use: AND, OR, NOT, N, LEFT, RIGHT, LEN,
 * ISBLANK, ROW, COLUMN, comparisons, strings, numbers and single-cell references (absolute with
 * `$`, else relative to the rule's anchor). Anything else throws UnsupportedFormula, and the
 * caller treats the rule as not matching rather than guessing.
 */
import { columnNumber } from '../../core/text';
import type { CellValue } from '../../core/types';

export class UnsupportedFormula extends Error {}

type Value = string | number | boolean;

export interface FormulaContext {
  /** 1-based position of the cell being formatted. */
  readonly row: number;
  readonly column: number;
  /** 1-based top-left cell of the rule's first range: relative references are written for it. */
  readonly anchorRow: number;
  readonly anchorColumn: number;
  /** A cell's value, 1-based; '' for blanks. */
  value(row: number, column: number): CellValue;
}

type Token =
  | { kind: 'str'; text: string }
  | { kind: 'num'; value: number }
  | { kind: 'ref'; absCol: boolean; col: number; absRow: boolean; row: number }
  | { kind: 'name'; text: string }
  | { kind: 'op'; text: string };

const TOKEN =
  /\s*(?:"((?:[^"]|"")*)"|(\d+(?:\.\d+)?)|(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Z0-9(])|([A-Z][A-Z0-9.]*)|(<=|>=|<>|[=<>(),;&+\-*/]))/iy;

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < formula.length) {
    if (/^\s*$/.test(formula.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(formula);
    if (!m) throw new UnsupportedFormula(`cannot read "${formula.slice(at)}"`);
    at = TOKEN.lastIndex;
    if (m[1] !== undefined) tokens.push({ kind: 'str', text: m[1].replace(/""/g, '"') });
    else if (m[2] !== undefined) tokens.push({ kind: 'num', value: Number(m[2]) });
    else if (m[4] !== undefined)
      tokens.push({
        kind: 'ref',
        absCol: m[3] === '$',
        col: columnNumber(m[4]),
        absRow: m[5] === '$',
        row: Number(m[6]),
      });
    else if (m[7] !== undefined) tokens.push({ kind: 'name', text: m[7].toUpperCase() });
    else tokens.push({ kind: 'op', text: m[8] });
  }
  return tokens;
}

function asText(v: Value | CellValue): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return String(v.getTime());
  return String(v);
}

function asNumber(v: Value | CellValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === '') return 0;
  const n = Number(v);
  if (Number.isNaN(n)) throw new UnsupportedFormula(`not a number: ${asText(v)}`);
  return n;
}

function asBoolean(v: Value): boolean {
  return typeof v === 'boolean' ? v : typeof v === 'number' ? v !== 0 : v.toUpperCase() === 'TRUE';
}

/** Sheets compares text case-insensitively, numbers as numbers, and text above any number. */
function compare(a: Value, b: Value): number {
  if (typeof a === 'string' && typeof b === 'string') {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof a === 'string') return 1;
  if (typeof b === 'string') return -1;
  return asNumber(a) - asNumber(b);
}

/** Recursive descent that evaluates as it parses: one level per operator precedence. */
class Parser {
  private at = 0;

  /** The whole formula's value; input left over is not a formula we understand. */
  static evaluate(tokens: Token[], ctx: FormulaContext): Value {
    const parser = new Parser(tokens, ctx);
    const value = parser.comparison();
    if (parser.at !== tokens.length) throw new UnsupportedFormula('trailing input');
    return value;
  }

  private constructor(
    private readonly tokens: Token[],
    private readonly ctx: FormulaContext,
  ) {}

  private peekOp(...ops: string[]): string | null {
    const t = this.tokens[this.at];
    return t && t.kind === 'op' && ops.includes(t.text) ? t.text : null;
  }

  /** The next token when it is one of these operators, consumed; else null, nothing consumed. */
  private accept(...ops: string[]): string | null {
    const op = this.peekOp(...ops);
    if (op !== null) this.at++;
    return op;
  }

  private expect(op: string): void {
    if (this.accept(op) === null) throw new UnsupportedFormula(`expected ${op}`);
  }

  private comparison(): Value {
    let left = this.concat();
    const comparators = ['=', '<>', '<', '>', '<=', '>='];
    for (let op = this.accept(...comparators); op; op = this.accept(...comparators)) {
      const c = compare(left, this.concat());
      left =
        op === '='
          ? c === 0
          : op === '<>'
            ? c !== 0
            : op === '<'
              ? c < 0
              : op === '>'
                ? c > 0
                : op === '<='
                  ? c <= 0
                  : c >= 0;
    }
    return left;
  }

  private concat(): Value {
    let left = this.additive();
    while (this.accept('&')) left = asText(left) + asText(this.additive());
    return left;
  }

  /** `operand (op operand)*`, left to right, on numbers: the additive and multiplicative levels. */
  private arithmetic(
    ops: readonly [string, string],
    operand: () => Value,
    apply: (op: string, a: number, b: number) => number,
  ): Value {
    let left = operand();
    for (let op = this.accept(...ops); op; op = this.accept(...ops)) {
      const right = asNumber(operand());
      left = apply(op, asNumber(left), right);
    }
    return left;
  }

  private additive(): Value {
    return this.arithmetic(
      ['+', '-'],
      () => this.multiplicative(),
      (op, a, b) => (op === '+' ? a + b : a - b),
    );
  }

  private multiplicative(): Value {
    return this.arithmetic(
      ['*', '/'],
      () => this.unary(),
      (op, a, b) => (op === '*' ? a * b : a / b),
    );
  }

  private unary(): Value {
    return this.accept('-') ? -asNumber(this.unary()) : this.primary();
  }

  private primary(): Value {
    const t = this.tokens[this.at++];
    if (!t) throw new UnsupportedFormula('unexpected end');
    if (t.kind === 'str') return t.text;
    if (t.kind === 'num') return t.value;
    if (t.kind === 'ref') return this.cell(t);
    if (t.kind === 'op' && t.text === '(') {
      const v = this.comparison();
      this.expect(')');
      return v;
    }
    if (t.kind === 'name') return this.call(t.text);
    throw new UnsupportedFormula(`unexpected ${t.kind}`);
  }

  private cell(t: Extract<Token, { kind: 'ref' }>): Value {
    const row = t.absRow ? t.row : t.row + this.ctx.row - this.ctx.anchorRow;
    const col = t.absCol ? t.col : t.col + this.ctx.column - this.ctx.anchorColumn;
    const v = this.ctx.value(row, col);
    return v instanceof Date ? v.getTime() : v;
  }

  private args(): Value[] {
    this.expect('(');
    const out: Value[] = [];
    if (this.accept(')')) return out;
    out.push(this.comparison());
    // ';' separates arguments in comma-decimal locales (fr_FR, de_DE) when rules are written so.
    while (this.accept(',', ';')) out.push(this.comparison());
    this.expect(')');
    return out;
  }

  private call(name: string): Value {
    if (name === 'TRUE' || name === 'FALSE') {
      if (this.peekOp('(')) this.args();
      return name === 'TRUE';
    }
    const a = this.args();
    switch (name) {
      case 'AND':
        return a.every(asBoolean);
      case 'OR':
        return a.some(asBoolean);
      case 'NOT':
        return !asBoolean(a[0] ?? false);
      case 'N':
        return typeof a[0] === 'number' ? a[0] : typeof a[0] === 'boolean' ? Number(a[0]) : 0;
      case 'LEFT':
        return asText(a[0] ?? '').slice(0, a.length > 1 ? asNumber(a[1]) : 1);
      case 'RIGHT': {
        const text = asText(a[0] ?? '');
        const n = a.length > 1 ? asNumber(a[1]) : 1;
        return n === 0 ? '' : text.slice(-n);
      }
      case 'LEN':
        return asText(a[0] ?? '').length;
      case 'ISBLANK':
        return a[0] === '';
      case 'ROW':
        if (a.length === 0) return this.ctx.row;
        break;
      case 'COLUMN':
        if (a.length === 0) return this.ctx.column;
        break;
    }
    throw new UnsupportedFormula(`function ${name} is not evaluated by the preview`);
  }
}

/** Evaluates a custom-formula rule for one cell; throws UnsupportedFormula outside the subset. */
export function formulaHolds(formula: string, ctx: FormulaContext): boolean {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  return asBoolean(Parser.evaluate(tokenize(body), ctx));
}
