/** The title row and the summary row (conversions, base conversion rate) of the report sheet. */
import type { InfluenceReport } from '../../attribution';
import { FORMATS, num, text } from './cells';
import { row, type SheetBlock } from './layout';
import type { Voice } from './say';

export function titleBlock({ say }: Voice): SheetBlock {
  return { rows: [row([text(say('sheet.title'), true)])] };
}

export function summaryBlock(report: InfluenceReport, { say }: Voice): SheetBlock {
  return {
    fitted: [say('sheet.conversions')],
    rows: [
      row([
        text(say('sheet.conversions'), true),
        num(report.conversions, FORMATS.count),
        text(say('sheet.rate'), true),
        report.conversionRate === null
          ? text(say('sheet.rateUnknown'))
          : num(report.conversionRate, FORMATS.share),
      ]),
    ],
  };
}
