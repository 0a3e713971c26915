import type { Conform } from '../conform';
import { SERVICE, tag } from '../instrument';
import { makeEnum, enumName } from '../values';
import type { Rect } from './grid';
import type { SheetsPairs } from './pairs';
import { Range } from './range';
import type { Sheet } from './sheet';

/** Charts.ChartType, for EmbeddedChartBuilder.setChartType. */
export const ChartType = makeEnum([
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
]) as unknown as typeof GoogleAppsScript.Charts.ChartType;

type GasChartType = GoogleAppsScript.Charts.ChartType;

export interface ChartPosition {
  readonly anchorRow: number;
  readonly anchorColumn: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

/** What a recorded chart holds; plain data so tests and exporters can read it directly. */
export interface ChartSpec {
  readonly chartId: number | null;
  readonly type: string;
  readonly ranges: readonly Rect[];
  readonly options: Readonly<Record<string, unknown>>;
  readonly position: ChartPosition;
  readonly numHeaders: number;
  readonly transposed: boolean;
}

export class ChartOptions implements Conform<
  GoogleAppsScript.Charts.ChartOptions,
  'get',
  SheetsPairs
> {
  static readonly [SERVICE] = tag('SpreadsheetApp', 'ChartOptions');
  constructor(private readonly options: Readonly<Record<string, unknown>>) {}
  get(option: string): unknown {
    return this.options[option] ?? null;
  }
}

export class ContainerInfo implements Conform<
  GoogleAppsScript.Spreadsheet.ContainerInfo,
  'getAnchorRow',
  SheetsPairs
> {
  static readonly [SERVICE] = tag('SpreadsheetApp', 'ContainerInfo');
  constructor(private readonly p: ChartPosition) {}
  getAnchorRow(): number {
    return this.p.anchorRow;
  }
}

export class EmbeddedChart implements Conform<
  GoogleAppsScript.Spreadsheet.EmbeddedChart,
  'getContainerInfo' | 'getOptions' | 'getRanges',
  SheetsPairs
> {
  static readonly [SERVICE] = tag('SpreadsheetApp', 'EmbeddedChart');
  constructor(
    readonly sheet: Sheet,
    readonly spec: ChartSpec,
  ) {}
  getContainerInfo(): ContainerInfo {
    return new ContainerInfo(this.spec.position);
  }
  getOptions(): ChartOptions {
    return new ChartOptions(this.spec.options);
  }
  getRanges(): Range[] {
    return this.spec.ranges.map((r) => this.sheet.rangeAt(r));
  }
  /** Not in Apps Script: the recorded chart type name, e.g. 'LINE'. */
  getType(): string {
    return this.spec.type;
  }
}

type BuilderMethods =
  | 'addRange'
  | 'build'
  | 'getRanges'
  | 'setChartType'
  | 'setNumHeaders'
  | 'setOption'
  | 'setPosition';

export class EmbeddedChartBuilder implements Conform<
  GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder,
  BuilderMethods,
  SheetsPairs
> {
  static readonly [SERVICE] = tag('SpreadsheetApp', 'EmbeddedChartBuilder');

  private spec: ChartSpec;

  constructor(
    private readonly sheet: Sheet,
    spec?: ChartSpec,
  ) {
    this.spec = spec ?? {
      chartId: null,
      type: 'LINE',
      ranges: [],
      options: {},
      position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
      numHeaders: -1,
      transposed: false,
    };
  }

  addRange(range: GoogleAppsScript.Spreadsheet.Range | Range): EmbeddedChartBuilder {
    if (range instanceof Range)
      this.spec = { ...this.spec, ranges: [...this.spec.ranges, range.rect] };
    return this;
  }
  getRanges(): Range[] {
    return this.spec.ranges.map((r) => this.sheet.rangeAt(r));
  }
  setChartType(type: GasChartType): EmbeddedChartBuilder {
    this.spec = { ...this.spec, type: enumName(type) };
    return this;
  }
  setOption(option: string, value: unknown): EmbeddedChartBuilder {
    this.spec = { ...this.spec, options: { ...this.spec.options, [option]: value } };
    return this;
  }
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): EmbeddedChartBuilder {
    this.spec = {
      ...this.spec,
      position: { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY },
    };
    return this;
  }
  setNumHeaders(headers: number): EmbeddedChartBuilder {
    this.spec = { ...this.spec, numHeaders: headers };
    return this;
  }
  build(): EmbeddedChart {
    return new EmbeddedChart(this.sheet, this.spec);
  }
}
