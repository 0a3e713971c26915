import type { Conform } from '../conform';
import { APPS_SCRIPT_ERRORS } from '../errors';
import { SERVICE, tag } from '../instrument';
import { copyDate, isDate } from '../values';
import { normalizeColor } from './colors';
import type { BooleanCriteriaName } from './enums';
import type { Rect } from './grid';
import type { SheetsPairs } from './pairs';
import { Range } from './range';
import type { Sheet } from './sheet';

type GasBooleanCriteria = GoogleAppsScript.Spreadsheet.BooleanCriteria;

export interface BooleanSpec {
  readonly criteria: BooleanCriteriaName;
  readonly values: readonly unknown[];
  readonly background: string | null;
  readonly fontColor: string | null;
  readonly bold: boolean | null;
  readonly italic: boolean | null;
  readonly strikethrough: boolean | null;
  readonly underline: boolean | null;
}

/** Where a rule applies: rectangles of one sheet (shifted by the sheet on row/column changes). */
export interface RuleTarget {
  readonly sheet: Sheet;
  readonly rect: Rect;
}

export interface RuleSpec {
  readonly condition: BooleanSpec | null;
  readonly ranges: readonly RuleTarget[];
}

export class BooleanCondition implements Conform<
  GoogleAppsScript.Spreadsheet.BooleanCondition,
  'getBackground' | 'getCriteriaType' | 'getCriteriaValues' | 'getFontColor',
  SheetsPairs
> {
  static readonly [SERVICE] = tag('SpreadsheetApp', 'BooleanCondition');
  constructor(readonly spec: BooleanSpec) {}
  getBackground(): string | null {
    return this.spec.background;
  }
  getCriteriaType(): GasBooleanCriteria {
    return this.spec.criteria as unknown as GasBooleanCriteria;
  }
  getCriteriaValues(): unknown[] {
    return this.spec.values.map((v) => (isDate(v) ? copyDate(v) : v));
  }
  getFontColor(): string | null {
    return this.spec.fontColor;
  }
}

function rangesOf(spec: RuleSpec): Range[] {
  return spec.ranges.map((t) => t.sheet.rangeAt(t.rect));
}

export class ConditionalFormatRule implements Conform<
  GoogleAppsScript.Spreadsheet.ConditionalFormatRule,
  'copy' | 'getBooleanCondition' | 'getRanges',
  SheetsPairs
> {
  static readonly [SERVICE] = tag('SpreadsheetApp', 'ConditionalFormatRule');
  constructor(readonly spec: RuleSpec) {}
  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.spec);
  }
  getBooleanCondition(): BooleanCondition | null {
    return this.spec.condition ? new BooleanCondition(this.spec.condition) : null;
  }
  getRanges(): Range[] {
    return rangesOf(this.spec);
  }
}

export function asRule(
  rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule | ConditionalFormatRule,
): ConditionalFormatRule {
  if (rule instanceof ConditionalFormatRule) return rule;
  throw new Error(APPS_SCRIPT_ERRORS.invalidArgument('rules'));
}

const EMPTY_CONDITION: Omit<BooleanSpec, 'criteria' | 'values'> = {
  background: null,
  fontColor: null,
  bold: null,
  italic: null,
  strikethrough: null,
  underline: null,
};

type BuilderMethods =
  | 'build'
  | 'copy'
  | 'getBooleanCondition'
  | 'getRanges'
  | 'setBackground'
  | 'setBold'
  | 'setFontColor'
  | 'setRanges'
  | 'whenFormulaSatisfied'
  | 'whenNumberGreaterThan'
  | 'whenNumberLessThan'
  | 'withCriteria';

export class ConditionalFormatRuleBuilder implements Conform<
  GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder,
  BuilderMethods,
  SheetsPairs
> {
  static readonly [SERVICE] = tag('SpreadsheetApp', 'ConditionalFormatRuleBuilder');

  private spec: RuleSpec;

  constructor(spec?: RuleSpec) {
    this.spec = spec ?? { condition: null, ranges: [] };
  }

  private condition(
    criteria: BooleanCriteriaName,
    values: readonly unknown[],
  ): ConditionalFormatRuleBuilder {
    this.spec = {
      ...this.spec,
      condition: { ...EMPTY_CONDITION, ...this.spec.condition, criteria, values },
    };
    return this;
  }

  private style(patch: Partial<BooleanSpec>): ConditionalFormatRuleBuilder {
    const base: BooleanSpec = this.spec.condition ?? {
      ...EMPTY_CONDITION,
      criteria: 'CELL_NOT_EMPTY',
      values: [],
    };
    this.spec = { ...this.spec, condition: { ...base, ...patch } };
    return this;
  }

  build(): ConditionalFormatRule {
    return new ConditionalFormatRule(this.spec);
  }
  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.spec);
  }
  getBooleanCondition(): BooleanCondition | null {
    return this.spec.condition ? new BooleanCondition(this.spec.condition) : null;
  }
  getRanges(): Range[] {
    return rangesOf(this.spec);
  }
  setRanges(
    ranges: Array<GoogleAppsScript.Spreadsheet.Range | Range>,
  ): ConditionalFormatRuleBuilder {
    this.spec = {
      ...this.spec,
      ranges: ranges.map((r) => {
        if (!(r instanceof Range)) throw new Error(APPS_SCRIPT_ERRORS.invalidArgument('ranges'));
        return { sheet: r.sheet, rect: r.rect };
      }),
    };
    return this;
  }
  setBackground(color: string | null): ConditionalFormatRuleBuilder {
    return this.style({ background: normalizeColor(color) ?? null });
  }
  setFontColor(color: string | null): ConditionalFormatRuleBuilder {
    return this.style({ fontColor: normalizeColor(color) ?? null });
  }
  setBold(bold: boolean | null): ConditionalFormatRuleBuilder {
    return this.style({ bold });
  }
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilder {
    return this.condition('CUSTOM_FORMULA', [formula]);
  }
  whenNumberGreaterThan(number: number): ConditionalFormatRuleBuilder {
    return this.condition('NUMBER_GREATER_THAN', [number]);
  }
  whenNumberLessThan(number: number): ConditionalFormatRuleBuilder {
    return this.condition('NUMBER_LESS_THAN', [number]);
  }
  withCriteria(criteria: GasBooleanCriteria, args: unknown[]): ConditionalFormatRuleBuilder {
    return this.condition(String(criteria) as BooleanCriteriaName, [...args]);
  }
}
