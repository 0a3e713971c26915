/**
 * Whether Sheets can parse a formula, in a given syntax. Sheets writes formulas in the
 * spreadsheet locale's syntax: where the decimal separator is a comma (fr_FR, de_DE…), function
 * arguments are separated by ';' and array literal columns by '\' ("Using arrays in Google
 * Sheets", https://support.google.com/docs/answer/6208276 : "If you're in a country that uses
 * commas as decimal separators, use backslash (\) …"). Whether a formula handed to Apps Script
 * (setValue(s), setFormula(s), a conditional-format custom formula) is read in that syntax or
 * always in en_US syntax is not documented, so the imitation offers both hypotheses
 * (`FormulaParsing`) and the add-on must work under either.
 *
 * Hand-written, not a kept library: the formula parsers on npm evaluate Excel formulas in one
 * fixed syntax; what we model is only Google's locale rule for what parses. It checks the
 * grammar (operators, references, function calls, array literals, strings, numbers), not the
 * meaning: an unknown function parses (Sheets shows #NAME? for it, not #ERROR!).
 */

/** The two hypotheses: formulas always in en_US syntax, or in the spreadsheet locale's. */
export type FormulaParsing = 'en_US' | 'spreadsheet-locale';

export interface FormulaSyntax {
  /** Between function arguments: ',' (en_US) or ';' (comma-decimal locales). */
  readonly argument: ',' | ';';
  readonly decimal: '.' | ',';
  /** Between the columns of an array literal: ',' or '\'. Rows are always ';'. */
  readonly arrayColumn: ',' | '\\';
}

export const EN_US_SYNTAX: FormulaSyntax = { argument: ',', decimal: '.', arrayColumn: ',' };
export const COMMA_DECIMAL_SYNTAX: FormulaSyntax = {
  argument: ';',
  decimal: ',',
  arrayColumn: '\\',
};

/** What Sheets shows in a cell whose formula does not parse ("Formula parse error."). */
export const PARSE_ERROR_VALUE = '#ERROR!';

/** 'fr_FR' → the locale's decimal separator decides its formula syntax (ICU's own data). */
export function localeSyntax(locale: string): FormulaSyntax {
  let decimal = '.';
  try {
    const parts = new Intl.NumberFormat(locale.replace('_', '-')).formatToParts(1.5);
    decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  } catch {
    // An unknown locale tag reads as en_US, Sheets' default.
  }
  return decimal === ',' ? COMMA_DECIMAL_SYNTAX : EN_US_SYNTAX;
}

export function syntaxFor(locale: string, parsing: FormulaParsing): FormulaSyntax {
  return parsing === 'en_US' ? EN_US_SYNTAX : localeSyntax(locale);
}

type Token =
  | { readonly kind: 'value' }
  | { readonly kind: 'function' }
  | { readonly kind: 'op'; readonly text: string };

class ParseError extends Error {}

const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const COLUMN = String.raw`\$?[A-Za-z]{1,3}`;
const ROW = String.raw`\$?\d+`;
const REFERENCE = new RegExp(
  String.raw`(?:${SHEET})?(?:${CELL}(?::${CELL})?|${COLUMN}:${COLUMN}|${ROW}:${ROW}|${CELL}:${COLUMN}|${COLUMN}\d*:${CELL})(?![\w(])`,
  'y',
);
const ERROR_LITERAL = /#(?:N\/A|REF!|NAME\?|DIV\/0!|NULL!|VALUE!|NUM!|ERROR!)/y;
const NAME = /[A-Za-z_][\w.]*/y;
const OPERATORS = [
  '<=',
  '>=',
  '<>',
  '=',
  '<',
  '>',
  '+',
  '-',
  '*',
  '/',
  '^',
  '&',
  '%',
  '(',
  ')',
  '{',
  '}',
];

function tokenize(body: string, syntax: FormulaSyntax): Token[] {
  const tokens: Token[] = [];
  const digits =
    syntax.decimal === '.'
      ? /\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+/y
      : /\d+(?:,\d+)?(?:[eE][+-]?\d+)?/y;
  const separators = new Set([syntax.argument, syntax.arrayColumn, ';']);
  let at = 0;
  const match = (re: RegExp): string | null => {
    re.lastIndex = at;
    const m = re.exec(body);
    return m ? m[0] : null;
  };
  while (at < body.length) {
    const ch = body[at];
    if (/\s/.test(ch)) {
      at++;
      continue;
    }
    if (ch === '"') {
      const end = /"(?:[^"]|"")*"/y;
      const text = match(end);
      if (text === null) throw new ParseError('unterminated string');
      tokens.push({ kind: 'value' });
      at += text.length;
      continue;
    }
    const reference = match(REFERENCE);
    if (reference !== null) {
      tokens.push({ kind: 'value' });
      at += reference.length;
      continue;
    }
    const number = /\d/.test(ch) || (ch === '.' && syntax.decimal === '.') ? match(digits) : null;
    if (number !== null) {
      tokens.push({ kind: 'value' });
      at += number.length;
      continue;
    }
    const error = match(ERROR_LITERAL);
    if (error !== null) {
      tokens.push({ kind: 'value' });
      at += error.length;
      continue;
    }
    const name = match(NAME);
    if (name !== null) {
      at += name.length;
      let next = at;
      while (next < body.length && /\s/.test(body[next])) next++;
      tokens.push(body[next] === '(' ? { kind: 'function' } : { kind: 'value' });
      continue;
    }
    const op = OPERATORS.find((o) => body.startsWith(o, at));
    if (op !== undefined) {
      tokens.push({ kind: 'op', text: op });
      at += op.length;
      continue;
    }
    if (separators.has(ch)) {
      tokens.push({ kind: 'op', text: ch });
      at++;
      continue;
    }
    throw new ParseError(`unexpected "${ch}"`);
  }
  return tokens;
}

/** Recursive descent over the tokens; throws ParseError where Sheets would refuse. */
class Grammar {
  private at = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly syntax: FormulaSyntax,
  ) {}

  formula(): void {
    this.expression();
    if (this.at !== this.tokens.length) throw new ParseError('trailing input');
  }

  private isOp(...ops: string[]): boolean {
    const t = this.tokens[this.at];
    return t !== undefined && t.kind === 'op' && ops.includes(t.text);
  }

  private expect(op: string): void {
    if (!this.isOp(op)) throw new ParseError(`expected ${op}`);
    this.at++;
  }

  private expression(): void {
    this.operand();
    while (this.isOp('<=', '>=', '<>', '=', '<', '>', '+', '-', '*', '/', '^', '&')) {
      this.at++;
      this.operand();
    }
  }

  private operand(): void {
    while (this.isOp('+', '-')) this.at++;
    this.primary();
    while (this.isOp('%')) this.at++;
  }

  private primary(): void {
    const t = this.tokens[this.at++];
    if (t === undefined) throw new ParseError('unexpected end');
    if (t.kind === 'value') return;
    if (t.kind === 'function') {
      this.arguments();
      return;
    }
    if (t.text === '(') {
      this.expression();
      this.expect(')');
      return;
    }
    if (t.text === '{') {
      this.array();
      return;
    }
    throw new ParseError(`unexpected ${t.text}`);
  }

  /** NAME( [arg] (sep [arg])* ): an argument may be left empty, as in IF(A1,,1). */
  private arguments(): void {
    this.expect('(');
    const sep = this.syntax.argument;
    for (;;) {
      if (!this.isOp(sep, ')')) this.expression();
      if (this.isOp(sep)) {
        this.at++;
        continue;
      }
      this.expect(')');
      return;
    }
  }

  /** { a sep b ; c sep d }: columns by the syntax's separator, rows by ';'. */
  private array(): void {
    for (;;) {
      this.expression();
      if (this.isOp(this.syntax.arrayColumn, ';')) {
        this.at++;
        continue;
      }
      this.expect('}');
      return;
    }
  }
}

/** Whether Sheets parses `formula` (starting with '=') in `syntax`. */
export function parsesIn(formula: string, syntax: FormulaSyntax): boolean {
  if (!formula.startsWith('=') || formula.length < 2) return false;
  try {
    new Grammar(tokenize(formula.slice(1), syntax), syntax).formula();
    return true;
  } catch (error) {
    if (error instanceof ParseError) return false;
    throw error;
  }
}

/**
 * Sheets refuses a conditional-format rule whose custom formula does not parse (the editor says
 * "Invalid formula" and keeps the rule out). The wording is the Sheets API's for a condition value
 * it cannot read, "Invalid ConditionValue.userEnteredValue: … for ConditionType: …" (a 400 the
 * API returns; Apps Script's own text is not documented: _assumed_ to be the same).
 */
export function unparsableRuleMessage(formula: string): string {
  return `Invalid ConditionValue.userEnteredValue: ${formula} for ConditionType: CUSTOM_FORMULA`;
}

interface RuleCondition {
  readonly condition: { readonly criteria: string; readonly values: readonly unknown[] } | null;
}

/** Throws Google's error when a custom-formula rule's formula does not parse in `syntax`. */
export function refuseUnparsableFormula(rule: RuleCondition, syntax: FormulaSyntax): void {
  if (rule.condition?.criteria !== 'CUSTOM_FORMULA') return;
  const formula = String(rule.condition.values[0] ?? '');
  if (!parsesIn(formula, syntax)) throw new Error(unparsableRuleMessage(formula));
}
