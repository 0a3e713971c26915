/**
 * The influence report's notes are said in the user's language in the text report (a French user
 * reads no English line), while `--json` keeps them as the English sentences of its contract.
 */
import { cadenceWith, tempFile } from './run';

// Wide enough that no note is wrapped onto a second line.
const wide = { COLUMNS: '400' };

// One lead converts, then is touched again (a touch after conversion); two never convert; no
// Revenue column: three notes, one of them counted.
const touches = tempFile(
  'touches.csv',
  [
    'Prospect,Campaign,Touched at,Converted at',
    'A,Webinar,2026-01-05,2026-01-10',
    'A,Email,2026-01-12,2026-01-10',
    'B,Email,2026-01-06,',
    'C,Webinar,2026-01-07,',
  ].join('\n'),
);

/** `cadence influence` on the touches above, no resampling, wide enough that no note wraps. */
const influence = (...extra: string[]) =>
  cadenceWith(wide, 'influence', touches, '--tz', 'UTC', '--replicates', '0', ...extra);

const noteLines = (stdout: string) => stdout.split('\n').filter((l) => /^note ?:/.test(l));

test('in French, every note of the text report is in French', () => {
  const run = influence('--lang', 'fr');
  expect(run.code).toBe(0);
  const notes = noteLines(run.stdout);
  expect(notes).toContain('note : 1 contact après la conversion ignoré');
  expect(notes).toContain(
    'note : pas de colonne de chiffre d’affaires : crédit en chiffre d’affaires non calculé',
  );
  expect(notes.some((l) => l.startsWith('note : lift : corrélation, pas preuve'))).toBe(true);
  expect(notes.filter((l) => l.startsWith('note:'))).toEqual([]);
  // A label and its sentence take French punctuation too: a space before the colon.
  const lines = run.stdout.split('\n');
  expect(lines).toContain(
    '· Conversions sans contact : Chaque conversion a au moins un contact à créditer.',
  );
  expect(lines.some((l) => l.startsWith('Ce qu’aucun modèle ne peut prouver : '))).toBe(true);
});

test('in English the same notes read as the JSON has them', () => {
  const text = influence();
  const json = influence('--lang', 'fr', '--json');
  expect(json.code).toBe(0);
  const report = JSON.parse(json.stdout) as { notes: string[]; noteFacts?: unknown };
  expect(report.notes).toContain('1 touch after conversion ignored');
  expect(report.notes).toContain('no revenue column: revenue credit not computed');
  expect(report.notes).toContain('lift: correlation, not proof: touched leads may differ');
  expect(report).not.toHaveProperty('noteFacts');
  expect(noteLines(text.stdout)).toEqual(report.notes.map((n) => `note: ${n}`));
});
