/**
 * The reasons behind a row's schedule in the user's language. Core composes the English text with
 * each reason (review-reasons.ts, also the CLI's JSON); this is the French side, keyed by the same
 * codes, so the sidebar never shows an English sentence to a French user.
 */
import { ymd, type DayNumber } from '../dates';
import { PROGRAM_TYPE_LABELS } from '../review/program-types';
import type { Reason, ReasonCode, ReasonParams } from '../review/reasons';
import type { Locale } from '../types';
import { pluralWord } from './messages';

const jours = (n: number): string => `${n} ${pluralWord('fr', n, 'jour', 'jours')}`;
const pct = (x: number): string => `${String(Math.round(x * 1000) / 10).replace('.', ',')} %`;
const date = (d: DayNumber): string => {
  const { year, month, day } = ymd(d);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
};

const FR: { [K in ReasonCode]: (p: ReasonParams[K]) => string } = {
  urgent_acceptance: (p) =>
    `Le taux d’acceptation des MQL était de ${pct(p.value)} le ${date(p.on)}, sous 50 % : plus de la moitié des MQL ne sont pas acceptés comme SQL. Revoyez la règle de scoring maintenant.`,
  collecting: (p) =>
    `Mis en place le ${date(p.setUpOn)} : collectez d’abord 30 jours de données ; première revue le ${date(p.until)}.`,
  unscheduled: () =>
    'Aucune valeur de revue ni date de mise en place : renseignez « Mis en place le » ou une colonne de revue pour la planifier.',
  first_review: (p) =>
    `Mis en place le ${date(p.setUpOn)} et pas encore revu : première revue 30 jours après, le ${date(p.next)}.`,
  period: (p) =>
    `${p.anchor === 'review' ? 'Dernière revue le' : 'Pas encore revu ; mis en place le'} ${date(p.from)} : prochaine revue ${jours(p.days)} plus tard, le ${date(p.next)}.`,
  tuned: (p) =>
    `La règle de scoring est réglée : revue deux fois par an (tous les ${jours(p.days)}).`,
  sales_cycle: (p) =>
    `Le cycle de vente dure ${jours(p.salesCycleDays)}, plus d’un trimestre : une revue par cycle de vente.`,
  row_cadence: (p) => `La colonne Fréquence (jours) fixe une revue tous les ${jours(p.days)}.`,
  settings_cadence: (p) =>
    `Vos réglages prévoient une revue de chaque ${PROGRAM_TYPE_LABELS[p.type].fr} tous les ${jours(p.days)}.`,
  unknown_type: (p) => `Le type de programme est inconnu : revue tous les ${jours(p.days)}.`,
  group: (p) =>
    `Revu avec le groupe ${p.group}, à revoir le ${date(p.next)} parce que ${p.name} (ligne ${p.row}) l’est${p.last === null ? '' : ` : dernière revue le ${date(p.last)}`}.`,
  overdue: (p) =>
    p.group === undefined
      ? `En retard de ${jours(p.days)}.`
      : `Le groupe ${p.group} est en retard de ${jours(p.days)}.`,
  due_soon: (p) =>
    p.group === undefined
      ? p.days === 0
        ? 'À revoir aujourd’hui.'
        : `À revoir dans ${jours(p.days)}.`
      : p.days === 0
        ? `Le groupe ${p.group} est à revoir aujourd’hui.`
        : `Le groupe ${p.group} est à revoir dans ${jours(p.days)}.`,
  ok: (p) => `Prochaine revue dans ${jours(p.days)}.`,
};

export function reasonText(reason: Reason, locale: Locale): string {
  if (locale === 'en') return reason.text;
  return (FR[reason.code] as (p: ReasonParams[ReasonCode]) => string)(reason.params);
}
