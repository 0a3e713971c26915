/**
 * The caveat box: what no model can prove (the report's three warnings), then notes on what was left
 * out. Each sentence is cut into lines that fit the table's width, one per row.
 */
import { MODEL_NAMES, reportNoteText, type InfluenceReport } from '../../attribution';
import { COLORS, linesWithin, text } from './cells';
import { row, type SheetBlock } from './layout';
import type { Voice } from './say';

/** The box's heading sits in column A and shows whole; its other lines overflow to the right. */
export const caveatHeading = ({ say }: Voice): string => say('caveat.heading');

/** `inputNotes`: cells read but not at face value, already in the user's language. */
export function caveatBlock(
  report: InfluenceReport,
  voice: Voice,
  tablePx: number,
  inputNotes: readonly string[] = [],
): SheetBlock {
  const { say } = voice;
  const notes: string[] = [];
  if (report.models.time_decay === undefined) notes.push(say('note.noTimeDecay'));
  if (!MODEL_NAMES.some((m) => report.revenue[m] !== undefined)) notes.push(say('note.noRevenue'));
  if (report.conversionRate === null) notes.push(say('note.noNulls'));
  notes.push(...inputNotes);
  // Markov's interval column is blank when its chain was too big to resample: say why.
  for (const note of report.noteFacts) {
    if (note.kind === 'plain' && note.key === 'markovIntervals') {
      notes.push(reportNoteText(note, voice.locale));
    }
  }
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
