/**
 * The reader's diagnostics in French: the same codes and parameters as review/diagnostics.ts
 * (whose English text the CLI's JSON keeps), so the sidebar names every unreadable cell in the
 * user's language.
 */
import {
  listCells,
  type DiagnosticCode,
  type DiagnosticParams,
  type ReviewDiagnostic,
} from '../review/diagnostics';
import type { Locale } from '../types';
import { basisText } from './guess-basis';
import { pluralWord } from './messages';

const pct = (x: number): string => `${String(Math.round(x * 10000) / 100).replace('.', ',')} %`;

const decimal = (x: number | string): string => String(x).replace('.', ',');

function listRows(rows: readonly number[]): string {
  const shown = rows.slice(0, 5).join(', ');
  return rows.length > 5 ? `${shown} et ${rows.length - 5} autres` : shown;
}

const FR: { [K in DiagnosticCode]: (cell: string, p: DiagnosticParams[K]) => string } = {
  cell_error: (c, p) => `${c} contient l’erreur ${p.error} ; la cellule est ignorée.`,
  not_a_number: (c, p) =>
    `${c} contient « ${p.text} », qui n’est pas un nombre ; la cellule est ignorée.`,
  not_finite: (c) => `${c} contient un nombre non fini ; la cellule est ignorée.`,
  bad_counts: (c, p) =>
    `${c} contient « ${p.text} », qui n’est pas un comptage réussites/total (réussites ≤ total, total > 0) ; la cellule est ignorée.`,
  ambiguous_numbers: (_c, p) =>
    `${listCells(
      p.cells,
      (c) => `${c.cell} « ${c.text} » → ${decimal(c.read)}`,
      (n) => `et ${n} ${pluralWord('fr', n, 'autre', 'autres')}`,
    )} : le séparateur peut être décimal ou de milliers ; lu${p.cells.length > 1 ? 's' : ''} avec ${p.style === 'decimal_comma' ? 'une virgule' : 'un point'} décimal${p.style === 'decimal_comma' ? 'e' : ''} ${basisText(p, 'fr')}. Saisissez des nombres simples pour lever le doute.`,
  rate_in_points: (c, p) =>
    `${c} contient ${decimal(p.value)} dans une ligne de taux ; lu ${pct(p.read)} (points de pourcentage), et non ${pct(p.value)}.`,
  rate_out_of_range: (c, p) =>
    `${c} contient ${p.value}, qui n’est pas un taux d’acceptation entre 0 et 100 % ; la cellule est ignorée.`,
  wrong_kind: (c, p) =>
    `${c} contient ${p.kind === 'date' ? 'une date' : 'une case à cocher'} là où un nombre est attendu ; la cellule est ignorée.`,
  not_a_date: (c, p) =>
    `${c} contient « ${p.text} », qui n’est pas une date (AAAA-MM-JJ, une cellule date, ou un jour, un mois et une année comme 1 mars 2026) ; la cellule est ignorée.`,
  ambiguous_dates: (_c, p) =>
    `${listCells(
      p.cells,
      (c) => `${c.cell} « ${c.text} » → ${c.read}`,
      (n) => `et ${n} ${pluralWord('fr', n, 'autre', 'autres')}`,
    )} : le jour et le mois peuvent être inversés ; lu${p.cells.length > 1 ? 's' : ''} ${p.order === 'day_first' ? 'jour d’abord (jj/mm/aaaa)' : 'mois d’abord (mm/jj/aaaa)'} ${basisText(p, 'fr')}. Saisissez AAAA-MM-JJ pour lever le doute.`,
  unreadable_date_header: (c, p) =>
    `${c} contient « ${p.text} », qui ressemble à une date mais ne désigne aucun jour du calendrier ; la colonne n’est pas lue comme une revue. Saisissez AAAA-MM-JJ ou une cellule date.`,
  invalid_date: (c) => `${c} contient une date invalide ; la cellule est ignorée.`,
  not_a_boolean: (c, p) =>
    `${c} contient « ${p.text} » ; attendu : case à cocher, oui/non ou yes/no. Lu comme non réglé.`,
  bad_days: (c, p) =>
    `${c} contient « ${p.text} », qui n’est pas un nombre de jours positif ; la cellule est ignorée.`,
  rounded_days: (c, p) =>
    `${c} contient ${decimal(p.value)} ${pluralWord('fr', p.value, 'jour', 'jours')} ; lu ${p.read} ${pluralWord('fr', p.read, 'jour', 'jours')}.`,
  unknown_type: (c, p) =>
    `${c} : type de programme inconnu « ${p.text} » ; revu tous les 90 jours. Types connus : nurturing, règle d’automatisation, règle de scoring, affectation des leads, contenu.`,
  missing_type: (c) => `${c} n’a pas de type de programme ; revu tous les 90 jours.`,
  no_type_column: (c) =>
    `Pas de colonne Type à côté de ${c} : chaque programme est revu tous les 90 jours. Ajoutez une colonne « Type » pour appliquer le calendrier de revue.`,
  duplicate_header: (c, p) =>
    `${c} répète la colonne « ${p.header} » déjà présente en ${p.first} ; cette colonne est ignorée.`,
  duplicate_review_date: (c, p) =>
    `${c} est une deuxième colonne de revue datée du ${p.date} (la première est ${p.first}).`,
  future_values: (c, p) =>
    `${c} : la colonne de revue du ${p.date} est postérieure à aujourd’hui mais contient déjà ${p.rows.length === 1 ? 'une valeur' : `${p.rows.length} valeurs`} (${p.rows.length === 1 ? 'ligne' : 'lignes'} ${listRows(p.rows)}) ; non comptée${p.rows.length === 1 ? '' : 's'} pour l’instant.`,
  unnamed_row: (c) =>
    `La ligne ${c.replace(/^[A-Z]+/, '')} a des données mais pas de nom en ${c} ; elle est ignorée.`,
  no_baseline: (c) =>
    `${c} : pas de référence : le gain depuis l’automatisation ne peut pas être mesuré. « Capturer les références » en propose une.`,
};

export function diagnosticText(d: ReviewDiagnostic, locale: Locale): string {
  if (locale === 'en') return d.message;
  return (FR[d.code] as (cell: string, p: DiagnosticParams[DiagnosticCode]) => string)(
    d.cell,
    d.params,
  );
}
