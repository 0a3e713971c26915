/**
 * Words of lift and holdout tests, in English and French: the Influence report's lift table and
 * holdout block, `cadence holdout` and `cadence plan-holdout`, and the sidebar's planner form.
 * Lift is observational and every lift figure carries that sentence; a holdout test is the
 * causal answer, and its power says whether it could have seen the lift it was planned for.
 */
import { defineCatalogue } from './messages';

export const tIncrementality = defineCatalogue(
  {
    'lift.heading': 'Lift: touched vs not touched (observational)',
    'lift.caveat': 'Correlation, not proof: touched leads may differ.',
    'lift.explain':
      'Prospects a campaign touched before converting (or before the data ends) against those ' +
      'it did not; a holdout test is the way to know what it caused.',
    'lift.none':
      'No lift: the touches have no prospect without a conversion (a lead with touches and no ' +
      'conversion date) to compare with.',
    'holdout.heading': 'Holdout tests (controlled: the causal answer)',
    'holdout.explain':
      'Per campaign, a random control group was kept out. Power: the chance this test had to see ' +
      'a +{lift} lift over the control group’s rate.',
    'holdout.noTests': 'The holdout sheet has no assignment to analyse.',
    'column.campaign': 'Campaign',
    'column.touched': 'Touched',
    'column.untouched': 'Not touched',
    'column.test': 'Test',
    'column.control': 'Control',
    'column.rate': 'Rate',
    'column.rateCi': '95 % CI (%)',
    'column.difference': 'Difference',
    'column.differenceCi': '95 % CI (pt)',
    'column.relativeLift': 'Relative lift',
    'column.p': 'p',
    'column.power': 'Power',
    'cli.liftNone': 'no relative lift: no control prospect converted',
    'cli.tests': '{count} holdout {count|test|tests} from “{sheet}”.',
    'cli.power': 'Power: the chance each test had to see a +{lift} lift over its control rate.',
    'plan.result':
      '{perGroup} prospects per group ({total} in all) to detect +{lift} over a {base} base rate ' +
      '(power {power}, alpha {alpha}, two-sided).',
    'plan.weeks': 'About {weeks} weeks at {weekly} new prospects a week.',
    'plan.problem.baseRate': 'The base conversion rate must be between 0 and 100 %.',
    'plan.problem.lift': 'The lift to detect must be more than 0 %.',
    'plan.problem.liftAboveOne': 'With this lift the test group would convert at 100 % or more.',
    'plan.problem.alpha': 'Alpha must be between 0 and 1 (0.05 is usual).',
    'plan.problem.power': 'The power must be between alpha and 100 % (80 % is usual).',
    'plan.problem.weekly': 'The weekly volume must be a number of prospects above 0.',
    'plan.problem.number': '{flag} must be a number, got “{value}”.',
    'problem.missing': 'The holdout sheet “{sheet}” lacks the columns {columns}.',
    'problem.cells': 'The holdout sheet “{sheet}” has cells that cannot be read: {cells}.',
    'excluded.before':
      '{count} {count|assignment|assignments} converted before {count|it was|they were} assigned: left out (the campaign could not cause {count|it|them}).',
    'excluded.both':
      '{count} {count|prospect was|prospects were} in both groups of a campaign: left out.',
    'form.title': 'Plan a holdout test',
    'form.help':
      'How many prospects to keep in each group, to see a given lift over your base conversion rate.',
    'form.baseRate': 'Base conversion rate (%)',
    'form.lift': 'Smallest lift to detect (%)',
    'form.weekly': 'New prospects per week',
    'form.power': 'Power (%)',
    'form.submit': 'Compute sample size',
  },
  {
    'lift.heading': 'Effet : touchés contre non touchés (observation)',
    'lift.caveat': 'Corrélation, pas preuve : les leads touchés peuvent être différents.',
    'lift.explain':
      'Les prospects qu’une campagne a touchés avant leur conversion (ou la fin des données) ' +
      'contre ceux qu’elle n’a pas touchés ; seul un test avec groupe témoin dit ce qu’elle a causé.',
    'lift.none':
      'Pas d’effet calculé : les contacts n’ont aucun prospect sans conversion (un lead avec des ' +
      'contacts et sans date de conversion) pour comparer.',
    'holdout.heading': 'Tests avec groupe témoin (contrôlés : la réponse causale)',
    'holdout.explain':
      'Par campagne, un groupe témoin tiré au hasard a été tenu à l’écart. Puissance : la chance ' +
      'qu’avait ce test de voir un effet de +{lift} sur le taux du groupe témoin.',
    'holdout.noTests': 'La feuille du groupe témoin n’a aucune affectation à analyser.',
    'column.campaign': 'Campagne',
    'column.touched': 'Touchés',
    'column.untouched': 'Non touchés',
    'column.test': 'Test',
    'column.control': 'Témoin',
    'column.rate': 'Taux',
    'column.rateCi': 'IC 95 % (%)',
    'column.difference': 'Différence',
    'column.differenceCi': 'IC 95 % (pt)',
    'column.relativeLift': 'Effet relatif',
    'column.p': 'p',
    'column.power': 'Puissance',
    'cli.liftNone': 'pas d’effet relatif : aucun prospect témoin n’a converti',
    'cli.tests':
      '{count} {count|test avec groupe témoin lu|tests avec groupe témoin lus} dans « {sheet} ».',
    'cli.power':
      'Puissance : la chance qu’avait chaque test de voir un effet de +{lift} sur le taux témoin.',
    'plan.result':
      '{perGroup} prospects par groupe ({total} en tout) pour détecter +{lift} sur un taux de ' +
      'base de {base} (puissance {power}, alpha {alpha}, bilatéral).',
    'plan.weeks': 'Environ {weeks} semaines à {weekly} nouveaux prospects par semaine.',
    'plan.problem.baseRate': 'Le taux de conversion de base doit être compris entre 0 et 100 %.',
    'plan.problem.lift': 'L’effet à détecter doit être supérieur à 0 %.',
    'plan.problem.liftAboveOne': 'Avec cet effet, le groupe test convertirait à 100 % ou plus.',
    'plan.problem.alpha': 'Alpha doit être compris entre 0 et 1 (0,05 en général).',
    'plan.problem.power': 'La puissance doit être comprise entre alpha et 100 % (80 % en général).',
    'plan.problem.weekly': 'Le volume hebdomadaire doit être un nombre de prospects supérieur à 0.',
    'plan.problem.number': '{flag} doit être un nombre, reçu « {value} ».',
    'problem.missing': 'La feuille du groupe témoin « {sheet} » n’a pas les colonnes {columns}.',
    'problem.cells': 'La feuille du groupe témoin « {sheet} » a des cellules illisibles : {cells}.',
    'excluded.before':
      '{count} {count|affectation convertie avant d’être affectée : écartée|affectations converties avant d’être affectées : écartées} (la campagne ne peut pas en être la cause).',
    'excluded.both':
      '{count} {count|prospect était|prospects étaient} dans les deux groupes d’une campagne : {count|écarté|écartés}.',
    'form.title': 'Planifier un test avec groupe témoin',
    'form.help':
      'Combien de prospects garder dans chaque groupe pour voir un effet donné sur votre taux de conversion de base.',
    'form.baseRate': 'Taux de conversion de base (%)',
    'form.lift': 'Plus petit effet à détecter (%)',
    'form.weekly': 'Nouveaux prospects par semaine',
    'form.power': 'Puissance (%)',
    'form.submit': 'Calculer la taille',
  },
);

export type IncrementalityKey = Parameters<typeof tIncrementality>[1];
