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
    // Each label in column A, which is made wide enough for it: in a model column the rate's
    // label was cut ("Base conver…").
    fitted: [say('sheet.conversions'), say('sheet.rate')],
    rows: [
      row([text(say('sheet.conversions'), true), num(report.conversions, FORMATS.count)]),
      row([
        text(say('sheet.rate'), true),
        report.conversionRate === null
          ? text(say('sheet.rateUnknown'))
          : num(report.conversionRate, FORMATS.share),
      ]),
    ],
  };
}
