/** Strings of the import (menu, sidebar panel, CLI table, notes, diagnostics), EN and FR. */
import { defineCatalogue } from './messages';

export const tImport = defineCatalogue(
  {
    'menu.import': 'Import numbers from an export…',
    'tool.hubspot': 'HubSpot export',
    'tool.marketo': 'Marketo export',
    'tool.salesforce': 'Salesforce report',
    'tool.mailchimp': 'Mailchimp report',
    'tool.ga4': 'GA4 exploration',
    'tool.generic': 'Table',
    'note.provenance': 'Cadence import: {source}, row {row}, column “{column}”, on {date}.',
    'note.replaced': 'Replaced {old}.',
    'diag.filled':
      '{cell} already holds {old}: kept ({new} not written; choose overwrite to replace it).',
    'diag.overwritten': '{cell}: {old} → {new} (overwritten).',
    'diag.baselineOffer':
      '{cell}: this row has no baseline yet; once {value} is written, “Capture baselines” offers it as the baseline, named as imported.',
    'diag.unitMismatch':
      '{cell}: {value} from row {row} is about 100× the row’s recent values ({typical}): not written.',
    'diag.points':
      '{cell}: {value} from row {row} looks like percentage points in a row of rates (written as fractions, {fraction}): not written.',
    'diag.noColumn': '{cell}: no column of the export matches the metric “{metric}”: pick one.',
    'diag.noValue': '{cell}: row {row}, column “{column}” of the export holds no number.',
    'diag.errorValue':
      '{cell}: the export’s column “{column}” holds the error {error} in row {row}, not a number: not written.',
    'table.title': 'Import of {source} ({tool}) into column {column} ({date}{created}).',
    'table.created': ', new column',
    'table.matched': 'Matched ({count})',
    'table.ambiguous': 'To pick ({count})',
    'table.unmatchedPrograms': 'Programs with no match: {rows}',
    'table.unmatchedSource': 'Export rows used by no program: {rows}',
    'table.notWritten': 'not written',
    'table.written': '{count} {count|cell|cells} to write.',
    'result.applied':
      '{count} {count|cell|cells} written into column {column}. Undo puts {count|it|them} back.',
    'result.nothing': 'Nothing to write: every matched cell already holds a number or was flagged.',
    'result.undone': 'Import undone: {count} {count|cell|cells} restored.',
    'result.noUndo': 'There is no import to undo.',
    'result.undoPartial':
      'Import undone: {count} {count|cell|cells} restored; {changed} changed since {changed|was|were} left as {changed|it is|they are}.',
    'error.noSourceSheet': 'There is no sheet named “{name}” to import from.',
    'error.noSourceRows': 'The export has no named rows to import.',
    'error.upload': 'The file did not arrive whole: upload it again.',
  },
  {
    'menu.import': 'Importer les chiffres d’un export…',
    'tool.hubspot': 'Export HubSpot',
    'tool.marketo': 'Export Marketo',
    'tool.salesforce': 'Rapport Salesforce',
    'tool.mailchimp': 'Rapport Mailchimp',
    'tool.ga4': 'Exploration GA4',
    'tool.generic': 'Tableau',
    'note.provenance': 'Import Cadence : {source}, ligne {row}, colonne « {column} », le {date}.',
    'note.replaced': 'Remplace {old}.',
    'diag.filled':
      '{cell} contient déjà {old} : conservé ({new} non écrit ; choisissez d’écraser pour le remplacer).',
    'diag.overwritten': '{cell} : {old} → {new} (écrasé).',
    'diag.baselineOffer':
      '{cell} : cette ligne n’a pas encore de référence ; une fois {value} écrit, « Capturer les références » le propose comme référence, en le disant importé.',
    'diag.unitMismatch':
      '{cell} : {value} (ligne {row}) vaut environ 100 fois les valeurs récentes de la ligne ({typical}) : non écrit.',
    'diag.points':
      '{cell} : {value} (ligne {row}) semble en points de pourcentage dans une ligne de taux (écrits en fractions, {fraction}) : non écrit.',
    'diag.noColumn':
      '{cell} : aucune colonne de l’export ne correspond à l’indicateur « {metric} » : choisissez-en une.',
    'diag.noValue':
      '{cell} : la ligne {row}, colonne « {column} » de l’export ne contient pas de nombre.',
    'diag.errorValue':
      '{cell} : la colonne « {column} » de l’export contient l’erreur {error} à la ligne {row}, pas un nombre : non écrit.',
    'table.title': 'Import de {source} ({tool}) dans la colonne {column} ({date}{created}).',
    'table.created': ', nouvelle colonne',
    'table.matched': 'Rapprochés ({count})',
    'table.ambiguous': 'À choisir ({count})',
    'table.unmatchedPrograms': 'Programmes sans correspondance : {rows}',
    'table.unmatchedSource': 'Lignes de l’export sans programme : {rows}',
    'table.notWritten': 'non écrit',
    'table.written': '{count} {count|cellule|cellules} à écrire.',
    'result.applied':
      '{count} {count|cellule écrite|cellules écrites} dans la colonne {column}. Annuler {count|la remet|les remet} comme avant.',
    'result.nothing':
      'Rien à écrire : chaque cellule rapprochée contient déjà un nombre ou a été signalée.',
    'result.undone': 'Import annulé : {count} {count|cellule restaurée|cellules restaurées}.',
    'result.noUndo': 'Il n’y a pas d’import à annuler.',
    'result.undoPartial':
      'Import annulé : {count} {count|cellule restaurée|cellules restaurées} ; {changed} {changed|modifiée depuis laissée telle quelle|modifiées depuis laissées telles quelles}.',
    'error.noSourceSheet': 'Il n’y a pas de feuille nommée « {name} » à importer.',
    'error.noSourceRows': 'L’export ne contient aucune ligne nommée à importer.',
    'error.upload': 'Le fichier n’est pas arrivé en entier : envoyez-le à nouveau.',
  },
);

export type ImportKey = Parameters<typeof tImport>[1];
