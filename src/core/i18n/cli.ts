/**
 * Strings of the `cadence` command line: the review table, the summaries and the
 * one-line errors, in English and French. Statuses and trend words come from the sheet's own
 * catalogue (actions.ts), so the terminal and the sheet say the same thing.
 */
import { defineCatalogue } from './messages';

export const tc = defineCatalogue(
  {
    'col.row': 'row',
    'col.program': 'program',
    'col.type': 'type',
    'col.status': 'status',
    'col.last': 'last review',
    'col.next': 'next review',
    'col.change': 'last change',
    'col.trend': 'trend',
    'col.campaign': 'campaign',
    'col.channel': 'channel',
    'col.spread': 'spread',
    'summary.review': '{sheet} · today {today} · {programs} {programs|program|programs} · {counts}',
    'summary.influence':
      '{format} input · {conversions} conversions · conversion rate {rate} · credit by {by}',
    'summary.unknownRate': 'unknown',
    'change.same': 'no change',
    'columns.title': 'Review columns:',
    'columns.done': 'done',
    'columns.incomplete': 'incomplete',
    'columns.scheduled': 'scheduled',
    'columns.missing': 'missing rows {rows}',
    'groups.title': 'Long-term trends in opposite directions:',
    'groups.pair': '{rising} rising while {falling} falling',
    'diagnostics.title': 'Cells that could not be read:',
    'severity.error': 'error',
    'severity.warning': 'warning',
    'severity.info': 'note',
    'note.encoding': '{file}: read as {encoding} (not UTF-8).',
    'note.line': 'note: {text}',
    // A label and what it says, with each language's colon (French puts a space before it).
    labelled: '{label}: {text}',
    'note.duplicateName':
      'rows {rows} are all named “{name}”: each gets its own reminder, which names its row.',
    wrote: 'wrote {file}',
    'error.empty': '{file}: the file is empty: nothing to review.',
    'error.emptySheet': '{file}: sheet "{sheet}" is empty: nothing to review.',
    'error.otherSheet':
      '{file}: sheet "{sheet}" holds no programs; the data seems to be on sheet "{other}": use --sheet "{other}".',
    'error.noPrograms':
      '{file}: sheet "{sheet}" holds no programs (a header row with a name column, then one program per row).',
    'error.touchTable':
      '{file}: sheet "{sheet}" looks like a touch table, not a review sheet: use `cadence influence {file}`.',
    'error.mergedHeader':
      '{file}: sheet "{sheet}": the header spreads over two rows (merged cells {ranges}); Cadence reads one header row: unmerge the cells and put the review dates in row 1.',
    'error.missingColumns': '{file}: sheet "{sheet}": {problem}',
    'error.lang': '--lang must be en or fr, got "{value}"',
    'error.order': '--order must be 1, 2, 3 or 4, got "{value}"',
    'error.replicates': '--replicates must be a whole number from 0 to {max}, got "{value}"',
    'error.today': '--today: expected a date as YYYY-MM-DD, got "{value}"',
    'error.todayNoDay': '--today: {value} does not exist (that month has no such day)',
    'error.unwritable': '{flag}: cannot write {file}: {why}',
    'why.noFolder': 'folder {dir} does not exist',
    'why.notFolder': '{dir} is not a folder',
    'why.readOnly': 'folder {dir} is not writable',
    'why.isFolder': 'it is a folder',
    'error.corruptXlsx': '{file}: not a readable .xlsx workbook (damaged, or not an Excel file).',
  },
  {
    'col.row': 'ligne',
    'col.program': 'programme',
    'col.type': 'type',
    'col.status': 'statut',
    'col.last': 'dernière revue',
    'col.next': 'prochaine revue',
    'col.change': 'dernière variation',
    'col.trend': 'tendance',
    'col.campaign': 'campagne',
    'col.channel': 'canal',
    'col.spread': 'écart',
    'summary.review':
      '{sheet} · aujourd’hui {today} · {programs} {programs|programme|programmes} · {counts}',
    'summary.influence':
      'entrée {format} · {conversions} conversions · taux de conversion {rate} · crédit par {by}',
    'summary.unknownRate': 'inconnu',
    'change.same': 'sans changement',
    'columns.title': 'Colonnes de revue :',
    'columns.done': 'faite',
    'columns.incomplete': 'incomplète',
    'columns.scheduled': 'planifiée',
    'columns.missing': 'lignes manquantes {rows}',
    'groups.title': 'Tendances de long terme opposées :',
    'groups.pair': '{rising} en hausse, {falling} en baisse',
    'diagnostics.title': 'Cellules illisibles :',
    'severity.error': 'erreur',
    'severity.warning': 'avertissement',
    'severity.info': 'note',
    'note.encoding': '{file} : lu en {encoding} (pas en UTF-8).',
    'note.line': 'note : {text}',
    labelled: '{label} : {text}',
    'note.duplicateName':
      'les lignes {rows} s’appellent toutes « {name} » : chacune a son propre rappel, qui indique sa ligne.',
    wrote: '{file} écrit',
    'error.empty': '{file} : le fichier est vide : rien à revoir.',
    'error.emptySheet': '{file} : la feuille « {sheet} » est vide : rien à revoir.',
    'error.otherSheet':
      '{file} : la feuille « {sheet} » ne contient aucun programme ; les données semblent être sur la feuille « {other} » : utilisez --sheet "{other}".',
    'error.noPrograms':
      '{file} : la feuille « {sheet} » ne contient aucun programme (une ligne d’en-têtes avec une colonne de noms, puis un programme par ligne).',
    'error.touchTable':
      '{file} : la feuille « {sheet} » ressemble à une table de contacts de campagne, pas à un tableau de revue : utilisez `cadence influence {file}`.',
    'error.mergedHeader':
      '{file} : feuille « {sheet} » : l’en-tête s’étend sur deux lignes (cellules fusionnées {ranges}) ; Cadence lit une seule ligne d’en-têtes : défusionnez les cellules et mettez les dates de revue en ligne 1.',
    'error.missingColumns': '{file} : feuille « {sheet} » : {problem}',
    'error.lang': '--lang doit valoir en ou fr, reçu « {value} »',
    'error.order': '--order doit valoir 1, 2, 3 ou 4, reçu « {value} »',
    'error.replicates': '--replicates doit être un nombre entier de 0 à {max}, reçu « {value} »',
    'error.today': '--today : date attendue au format AAAA-MM-JJ, reçu « {value} »',
    'error.todayNoDay': '--today : le {value} n’existe pas (ce mois n’a pas ce jour)',
    'error.unwritable': '{flag} : impossible d’écrire {file} : {why}',
    'why.noFolder': 'le dossier {dir} n’existe pas',
    'why.notFolder': '{dir} n’est pas un dossier',
    'why.readOnly': 'le dossier {dir} n’est pas accessible en écriture',
    'why.isFolder': 'c’est un dossier',
    'error.corruptXlsx': '{file} : classeur .xlsx illisible (endommagé, ou pas un fichier Excel).',
  },
);

export type CliKey = Parameters<typeof tc>[1];
