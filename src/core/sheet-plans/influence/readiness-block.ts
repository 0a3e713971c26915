/**
 * The readiness block, first under the title: a heading, a header row, then one row per check
 * (label | count | share | sentence). A check that should worry the reader has the caveat colour.
 * Sentences are cut into lines that fit right of the share column, one per row, so they show whole
 * without wrapping the narrow columns.
 */
import type { InfluenceReport } from '../../attribution';
import { tReadiness } from '../../i18n/readiness';
import { DEFAULT_COLUMN_PX } from '../widths';
import { blank, COLORS, FORMATS, linesWithin, num, text } from './cells';
import { type BlockRow, row, type SheetBlock } from './layout';
import { readinessLabel, readinessSentence } from './readiness-words';
import type { Voice } from './say';

/** Column-A texts of the block (column A is made wide enough for them). */
export function readinessLabels(report: InfluenceReport, { locale, by }: Voice): string[] {
  return [
    tReadiness(locale, 'column.check'),
    ...report.readiness.checks.map((c) => readinessLabel(c, by, locale)),
  ];
}

/** `tablePx`: the width of the whole table, column A included (`nameWidth`). */
export function readinessBlock(
  report: InfluenceReport,
  voice: Voice,
  nameWidth: number,
  tablePx: number,
): SheetBlock {
  const { locale, by } = voice;
  const say = (key: 'column.check' | 'column.count' | 'column.share' | 'column.meaning') =>
    text(tReadiness(locale, key), true);
  const sentencePx = Math.max(DEFAULT_COLUMN_PX, tablePx - nameWidth - 2 * DEFAULT_COLUMN_PX);
  const rows: BlockRow[] = [
    row([text(tReadiness(locale, 'block.heading'), true)], COLORS.readiness),
    row(
      [say('column.check'), say('column.count'), say('column.share'), say('column.meaning')],
      COLORS.header,
    ),
  ];
  for (const check of report.readiness.checks) {
    const background = check.warn ? COLORS.caveat : COLORS.plain;
    const [first, ...more] = linesWithin(
      readinessSentence(check, report.readiness, by, locale),
      sentencePx,
    );
    rows.push(
      row(
        [
          text(readinessLabel(check, by, locale)),
          num(check.count, FORMATS.count),
          check.share === null ? blank : num(check.share, FORMATS.share),
          text(first),
        ],
        background,
      ),
      ...more.map((line) => row([blank, blank, blank, text(line)], background)),
    );
  }
  return { rows };
}
