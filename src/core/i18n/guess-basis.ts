/**
 * Why a guessed reading (a decimal separator, a day-and-month order) was chosen, in the user's
 * language: said by the reader's diagnostics in English (the CLI's JSON keeps them) and French.
 */
import type { GuessBasis } from '../reading/locale';
import type { Locale } from '../types';
import { defineCatalogue } from './messages';

const tBasis = defineCatalogue(
  {
    locale: 'the spreadsheet locale {locale}',
    headers: 'the language of the headers',
    default: 'no locale known: the default',
  },
  {
    locale: 'd’après les paramètres régionaux du classeur ({locale})',
    headers: 'd’après la langue des en-têtes',
    default: 'faute de paramètres régionaux connus',
  },
);

/** "the spreadsheet locale en-GB" / "d’après les paramètres régionaux du classeur (en-GB)". */
export function basisText(p: GuessBasis, locale: Locale): string {
  return tBasis(locale, p.basis, { locale: p.locale ?? '' });
}
