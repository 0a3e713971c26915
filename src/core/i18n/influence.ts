/**
 * Words of the "Influence report" sheet and of the influence actions, in English and
 * French. The caveats state the three reasons not to trust a single attribution model: several
 * channels touch a prospect on the same day, outside influences are never seen, and a conversion
 * is many small interactions.
 */
import { defineCatalogue } from './messages';

export const tInfluence = defineCatalogue(
  {
    'menu.build': 'Build influence report',
    'sheet.tab': 'Influence report',
    'column.channel': 'Channel',
    'chart.titleChannel': 'Conversions credited to each channel, by model',
    'sheet.title': 'Campaign influence report',
    'sheet.conversions': 'Conversions',
    'sheet.rate': 'Base conversion rate',
    'sheet.rateUnknown': 'unknown: the data has no journeys that did not convert',
    'column.campaign': 'Campaign',
    'column.revenue': '{model} (revenue)',
    'column.min': 'Lowest credit',
    'column.max': 'Highest credit',
    'column.removal': 'Removal effect',
    'model.first_touch': 'First touch',
    'model.last_touch': 'Last touch',
    'model.linear': 'Linear',
    'model.u_shaped': 'U-shaped',
    'model.w_shaped': 'W-shaped',
    'model.full_path': 'Full path',
    'model.time_decay': 'Time decay',
    'model.markov': 'Markov',
    'model.shapley': 'Shapley',
    'caveat.heading': 'What no model can prove',
    'caveat.sameDay':
      'Several channels often touch a prospect on the same day (an email, a social post, a site ' +
      'visit): no single one of them earned the conversion alone.',
    'caveat.outside':
      'Influences outside your tracking (word of mouth, a colleague, an ad nobody logged) are ' +
      'invisible here, so a campaign can get credit it did not earn.',
    'caveat.many':
      'A conversion is many small interactions, not one action: each model is only one way to ' +
      'share it out. Read the spread (lowest to highest credit), not one column.',
    'note.noTimeDecay': 'Time decay is left out: it needs touch dates, which paths do not have.',
    'note.noRevenue': 'No revenue column: only conversions are credited.',
    'note.noNulls':
      'No journeys that did not convert: the Markov credit and removal effects reflect only the ' +
      'shape of converting journeys, not conversions lost without a campaign.',
    'chart.title': 'Conversions credited to each campaign, by model',
    'result.done':
      'Influence report rebuilt from “{sheet}”: {campaigns} campaigns, {conversions} conversions.',
    'result.noSource':
      'No touches or paths sheet found. Add a sheet named “Touches” (Prospect, Campaign, ' +
      'Touched at, Converted at) or “Paths” (path, total_conversions).',
    'result.problem': 'The sheet “{sheet}” cannot be used for the influence report: {details}.',
    'problem.missing': 'missing columns {columns}',
    'problem.cells': 'unreadable cells {cells}',
    'problem.more': '{cells} and {count} more',
    'problem.empty': 'it has no data rows',
    'input.column.conversions': 'conversions',
    'input.column.nulls': 'non-converting journeys',
    'input.column.value': 'conversion value',
    'input.column.path': 'path',
    'input.moreCells': '{cells} and {count} more',
    'input.negative': 'negative {what} in {cells}: row left out',
    'input.negativeMany': 'negative {what} in {cells}: those rows left out',
    'input.fractional': 'fractional {what} in {cells}: counted as given',
    'input.valueWithoutConversion':
      'a {what} in {cells} on a row with no conversions: ignored (nothing converted to carry it)',
    'input.unspacedArrow':
      "'>' without spaces in {cells}, while the other paths write ' > ': read as a step " +
      "separator; write \\> for a '>' inside a channel name",
  },
  {
    'menu.build': 'Créer le rapport d’influence',
    'sheet.tab': 'Rapport d’influence',
    'column.channel': 'Canal',
    'chart.titleChannel': 'Conversions attribuées à chaque canal, par modèle',
    'sheet.title': 'Rapport d’influence des campagnes',
    'sheet.conversions': 'Conversions',
    'sheet.rate': 'Taux de conversion de base',
    'sheet.rateUnknown': 'inconnu : les données n’ont aucun parcours sans conversion',
    'column.campaign': 'Campagne',
    'column.revenue': '{model} (CA)',
    'column.min': 'Crédit le plus bas',
    'column.max': 'Crédit le plus haut',
    'column.removal': 'Effet de retrait',
    'model.first_touch': 'Premier contact',
    'model.last_touch': 'Dernier contact',
    'model.linear': 'Linéaire',
    'model.u_shaped': 'En U',
    'model.w_shaped': 'En W',
    'model.full_path': 'Parcours complet',
    'model.time_decay': 'Dégressif dans le temps',
    'model.markov': 'Markov',
    'model.shapley': 'Shapley',
    'caveat.heading': 'Ce qu’aucun modèle ne peut prouver',
    'caveat.sameDay':
      'Plusieurs canaux touchent souvent un prospect le même jour (un e-mail, un post sur les ' +
      'réseaux sociaux, une visite du site) : aucun n’a obtenu la conversion à lui seul.',
    'caveat.outside':
      'Les influences extérieures à votre suivi (bouche-à-oreille, un collègue, une publicité ' +
      'non enregistrée) sont invisibles ici : une campagne peut recevoir un crédit qu’elle ' +
      'n’a pas mérité.',
    'caveat.many':
      'Une conversion est une suite de petites interactions, pas une action unique : chaque ' +
      'modèle n’est qu’une façon de la répartir. Lisez l’écart (du crédit le plus bas au plus ' +
      'haut), pas une seule colonne.',
    'note.noTimeDecay':
      'Le modèle dégressif dans le temps est absent : il a besoin des dates de contact, que les ' +
      'parcours n’ont pas.',
    'note.noRevenue':
      'Pas de colonne de chiffre d’affaires : seules les conversions sont créditées.',
    'note.noNulls':
      'Aucun parcours sans conversion : le crédit Markov et les effets de retrait ne reflètent ' +
      'que la forme des parcours convertis, pas les conversions perdues sans une campagne.',
    'chart.title': 'Conversions attribuées à chaque campagne, par modèle',
    'result.done':
      'Rapport d’influence reconstruit à partir de « {sheet} » : {campaigns} campagnes, ' +
      '{conversions} conversions.',
    'result.noSource':
      'Aucune feuille de contacts ou de parcours trouvée. Ajoutez une feuille nommée « Contacts » ' +
      '(Prospect, Campagne, Touché le, Converti le) ou « Parcours » (path, total_conversions).',
    'result.problem':
      'La feuille « {sheet} » ne peut pas servir au rapport d’influence : {details}.',
    'problem.missing': 'colonnes manquantes {columns}',
    'problem.cells': 'cellules illisibles {cells}',
    'problem.more': '{cells} et {count} {count|autre|autres}',
    'problem.empty': 'elle n’a aucune ligne de données',
    'input.column.conversions': 'conversions',
    'input.column.nulls': 'parcours sans conversion',
    'input.column.value': 'valeur de conversion',
    'input.column.path': 'parcours',
    'input.moreCells': '{cells} et {count} {count|autre|autres}',
    'input.negative': 'nombre négatif ({what}) en {cells} : ligne écartée',
    'input.negativeMany': 'nombres négatifs ({what}) en {cells} : ces lignes sont écartées',
    'input.fractional': 'nombre non entier ({what}) en {cells} : compté tel quel',
    'input.valueWithoutConversion':
      '{what} en {cells} sur une ligne sans conversion : ignorée (aucune conversion pour la porter)',
    'input.unspacedArrow':
      '« > » sans espaces en {cells}, alors que les autres parcours écrivent « > » entre ' +
      'espaces : lu comme un séparateur d’étapes ; écrivez \\> pour un « > » dans un nom de canal',
  },
);

export type InfluenceKey = Parameters<typeof tInfluence>[1];
