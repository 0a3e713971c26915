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
  getOrDefault(option: string): unknown {
    return this.options[option] ?? null;
  }
}

export class ContainerInfo implements Conform<
  GoogleAppsScript.Spreadsheet.ContainerInfo,
  'getAnchorColumn' | 'getAnchorRow' | 'getOffsetX' | 'getOffsetY',
  SheetsPairs
> {
  static readonly [SERVICE] = tag('SpreadsheetApp', 'ContainerInfo');
  constructor(private readonly p: ChartPosition) {}
  getAnchorColumn(): number {
    return this.p.anchorColumn;
  }
  getAnchorRow(): number {
    return this.p.anchorRow;
  }
  getOffsetX(): number {
    return this.p.offsetX;
  }
  getOffsetY(): number {
    return this.p.offsetY;
  }
}

export class EmbeddedChart implements Conform<
  GoogleAppsScript.Spreadsheet.EmbeddedChart,
  | 'getChartId'
  | 'getContainerInfo'
  | 'getNumHeaders'
  | 'getOptions'
  | 'getRanges'
  | 'getTransposeRowsAndColumns'
  | 'modify',
  SheetsPairs
> {
  static readonly [SERVICE] = tag('SpreadsheetApp', 'EmbeddedChart');
  constructor(
    readonly sheet: Sheet,
    readonly spec: ChartSpec,
  ) {}
  getChartId(): number | null {
    return this.spec.chartId;
  }
  getContainerInfo(): ContainerInfo {
    return new ContainerInfo(this.spec.position);
  }
  getNumHeaders(): number {
    return this.spec.numHeaders;
  }
  getOptions(): ChartOptions {
    return new ChartOptions(this.spec.options);
  }
  getRanges(): Range[] {
    return this.spec.ranges.map((r) => this.sheet.rangeAt(r));
  }
  getTransposeRowsAndColumns(): boolean {
    return this.spec.transposed;
  }
  modify(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.sheet, this.spec);
  }
  /** Not in Apps Script: the recorded chart type name, e.g. 'LINE'. */
  getType(): string {
    return this.spec.type;
  }
}

type BuilderMethods =
  | 'addRange'
  | 'build'
  | 'clearRanges'
  | 'getChartType'
  | 'getContainer'
  | 'getRanges'
  | 'removeRange'
  | 'setChartType'
  | 'setNumHeaders'
  | 'setOption'
  | 'setPosition'
  | 'setTransposeRowsAndColumns';

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
  removeRange(range: GoogleAppsScript.Spreadsheet.Range | Range): EmbeddedChartBuilder {
    if (!(range instanceof Range)) return this;
    const r = range.rect;
    this.spec = {
      ...this.spec,
      ranges: this.spec.ranges.filter(
        (x) =>
          !(
            x.row === r.row &&
            x.column === r.column &&
            x.numRows === r.numRows &&
            x.numColumns === r.numColumns
          ),
      ),
    };
    return this;
  }
  clearRanges(): EmbeddedChartBuilder {
    this.spec = { ...this.spec, ranges: [] };
    return this;
  }
  getRanges(): Range[] {
    return this.spec.ranges.map((r) => this.sheet.rangeAt(r));
  }
  setChartType(type: GasChartType): EmbeddedChartBuilder {
    this.spec = { ...this.spec, type: enumName(type) };
    return this;
  }
  getChartType(): GasChartType {
    return this.spec.type as unknown as GasChartType;
  }
  getContainer(): ContainerInfo {
    return new ContainerInfo(this.spec.position);
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
  setTransposeRowsAndColumns(transpose: boolean): EmbeddedChartBuilder {
    this.spec = { ...this.spec, transposed: transpose };
    return this;
  }
  build(): EmbeddedChart {
    return new EmbeddedChart(this.sheet, this.spec);
  }
}
