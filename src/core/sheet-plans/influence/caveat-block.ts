/**
 * The caveat box: what no model can prove (the report's three warnings), then notes on what was left
 * out. Each sentence is cut into lines that fit the table's width, one per row.
 */
import {
  MODEL_NAMES,
  reportNoteText,
  type InfluenceReport,
  type ReportNote,
} from '../../attribution';
import { COLORS, linesWithin, text } from './cells';
import { row, type SheetBlock } from './layout';
import type { Voice } from './say';

/** The box's heading sits in column A and shows whole; its other lines overflow to the right. */
export const caveatHeading = ({ say }: Voice): string => say('caveat.heading');

/**
 * The report's notes the box repeats: the cells read but not at face value, and Markov's interval
 * left out (its column on the sheet is blank).
 */
const onSheet = (note: ReportNote): boolean =>
  note.kind === 'input' || (note.kind === 'plain' && note.key === 'markovIntervals');

export function caveatBlock(report: InfluenceReport, voice: Voice, tablePx: number): SheetBlock {
  const { say } = voice;
  const notes: string[] = [];
  if (report.models.time_decay === undefined) notes.push(say('note.noTimeDecay'));
  if (!MODEL_NAMES.some((m) => report.revenue[m] !== undefined)) notes.push(say('note.noRevenue'));
  if (report.conversionRate === null) notes.push(say('note.noNulls'));
  notes.push(...report.noteFacts.filter(onSheet).map((note) => reportNoteText(note, voice.locale)));
  const lines = [
    ...(['caveat.sameDay', 'caveat.outside', 'caveat.many'] as const).flatMap((k) =>
      linesWithin(`• ${say(k)}`, tablePx),
    ),
    ...notes.flatMap((n) => linesWithin(n, tablePx)),
  ];
  return {
    rows: [
      row([text(caveatHeading(voice), true)], COLORS.caveat),
      ...lines.map((line) => row([text(line)], COLORS.caveat)),
    ],
  };
}
