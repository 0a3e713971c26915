/**
 * Strings of the sidebar's Import panel, EN and FR: only the sidebar bundles them, so they stay
 * out of dist/Code.js.
 */
import { defineCatalogue } from './messages';

export const tImportPanel = defineCatalogue(
  {
    'panel.title': 'Import numbers from an export',
    'panel.help':
      'Fill this review from a HubSpot, Marketo, Salesforce, Mailchimp or GA4 export, or any table with a name column. You see everything before anything is written; only empty cells are filled.',
    'panel.fromFile': 'A CSV or Excel file',
    'panel.fromSheet': 'A tab of this spreadsheet',
    'panel.source': 'Export',
    'panel.file': 'CSV or .xlsx file',
    'panel.choose': 'Choose a file…',
    'panel.datePlaceholder': 'YYYY-MM-DD',
    'panel.fileHint': 'A CSV or an .xlsx file: read here, sent only for the preview.',
    'panel.fileSheet': 'Sheet of the file',
    'panel.fileRead': '{file}: {rows} {rows|row|rows} read.',
    'panel.sheet': 'Tab',
    'panel.noSheets': 'No other tab in this spreadsheet.',
    'panel.date': 'Review date',
    'panel.dateHelp': 'Empty: today. Its column is created if the sheet has none.',
    'panel.overwrite': 'Replace numbers already in the column',
    'panel.column': 'Export column',
    'panel.columnAuto': 'The column of each row’s metric',
    'panel.preview': 'Preview',
    'panel.apply': 'Write {count} {count|cell|cells}',
    'panel.undo': 'Undo the last import',
    'panel.summary':
      '{tool} → column {column} ({date}{created}): {writes} {writes|cell|cells} to write.',
    'panel.matched': 'Matched ({count})',
    'panel.ambiguous': 'To pick ({count})',
    'panel.pickNone': 'None of these',
    'panel.unmatched': 'Programs with no match: {rows}',
    'panel.unused': 'Export rows used by no program: {rows}',
    'panel.notWritten': 'not written',
    'panel.confidence': '{percent} % sure',
    'panel.badFile':
      'This file could not be read as a CSV or an .xlsx file: is it damaged or protected by a password?',
  },
  {
    'panel.title': 'Importer les chiffres d’un export',
    'panel.help':
      'Remplissez cette revue depuis un export HubSpot, Marketo, Salesforce, Mailchimp ou GA4, ou tout tableau avec une colonne de noms. Vous voyez tout avant la moindre écriture ; seules les cellules vides sont remplies.',
    'panel.fromFile': 'Un fichier CSV ou Excel',
    'panel.fromSheet': 'Un onglet de ce classeur',
    'panel.source': 'Export',
    'panel.file': 'Fichier CSV ou .xlsx',
    'panel.choose': 'Choisir un fichier…',
    'panel.datePlaceholder': 'AAAA-MM-JJ',
    'panel.fileHint': 'Un fichier CSV ou .xlsx : lu ici, envoyé seulement pour l’aperçu.',
    'panel.fileSheet': 'Feuille du fichier',
    'panel.fileRead': '{file} : {rows} {rows|ligne lue|lignes lues}.',
    'panel.sheet': 'Onglet',
    'panel.noSheets': 'Aucun autre onglet dans ce classeur.',
    'panel.date': 'Date de la revue',
    'panel.dateHelp': 'Vide : aujourd’hui. Sa colonne est créée si la feuille n’en a pas.',
    'panel.overwrite': 'Remplacer les nombres déjà présents dans la colonne',
    'panel.column': 'Colonne de l’export',
    'panel.columnAuto': 'Celle de l’indicateur de chaque ligne',
    'panel.preview': 'Aperçu',
    'panel.apply': 'Écrire {count} {count|cellule|cellules}',
    'panel.undo': 'Annuler le dernier import',
    'panel.summary':
      '{tool} → colonne {column} ({date}{created}) : {writes} {writes|cellule|cellules} à écrire.',
    'panel.matched': 'Rapprochés ({count})',
    'panel.ambiguous': 'À choisir ({count})',
    'panel.pickNone': 'Aucun de ceux-ci',
    'panel.unmatched': 'Programmes sans correspondance : {rows}',
    'panel.unused': 'Lignes de l’export sans programme : {rows}',
    'panel.notWritten': 'non écrit',
    'panel.confidence': 'sûr à {percent} %',
    'panel.badFile':
      'Ce fichier n’a pu être lu ni comme un CSV ni comme un .xlsx : est-il abîmé ou protégé par un mot de passe ?',
  },
);

export type ImportPanelKey = Parameters<typeof tImportPanel>[1];
