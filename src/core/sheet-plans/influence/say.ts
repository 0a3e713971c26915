/** The report's words in the user's language, shared by every block of the influence sheet. */
import type { CreditBy, ModelName } from '../../attribution';
import { type InfluenceKey, tInfluence } from '../../i18n/influence';
import type { Params } from '../../i18n/messages';
import type { Locale } from '../../types';

export interface Voice {
  readonly locale: Locale;
  readonly by: CreditBy;
  readonly say: (key: InfluenceKey, params?: Params) => string;
  readonly model: (m: ModelName) => string;
}

export function voice(locale: Locale, by: CreditBy): Voice {
  const say = (key: InfluenceKey, params?: Params) => tInfluence(locale, key, params);
  return { locale, by, say, model: (m) => say(`model.${m}` as const) };
}
