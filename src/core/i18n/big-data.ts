/**
 * Strings of the big-data paths: the engine line of the influence report, the warehouse SQL's
 * header and steps (CLI and sidebar), and the errors of `--engine`, `--sql`, `--table`, `--ga4`.
 */
import { defineCatalogue } from './messages';

export const tBig = defineCatalogue(
  {
    'panel.title': 'Warehouse data (BigQuery, GA4)',
    'panel.help':
      'For data too big for a sheet: BigQuery computes the path table, Cadence the models. No extra permission is needed.',
    'panel.table': 'BigQuery touch table (project.dataset.table)',
    'panel.ga4': 'or GA4 export dataset (project.dataset)',
    'panel.keyEvent': 'GA4 key event counted as a conversion',
    'panel.sql': 'SQL to run in BigQuery',
    'panel.copy': 'Copy the SQL',
    'panel.copied': 'Copied.',
    'panel.copyFailed': 'Select the SQL and copy it with Ctrl+C (⌘C on a Mac).',
    'panel.steps': 'Steps',
    'engine.memory': 'computed in memory over {touches} {touches|touch|touches}',
    'engine.duckdb': 'computed by DuckDB over {touches} {touches|touch|touches}',
    'engine.paths': 'computed in memory over {rows} path {rows|row|rows}',
    'step.read': 'reading and checking the file',
    'step.slice': 'journeys of slice {done} of {of} of the prospects',
    'step.totals': 'totals, time decay and per-lead facts',
    'step.journeys': 'the models, on the path table',
    'sql.title': 'Cadence influence: the path table, for BigQuery',
    'sql.step1':
      'Run this query in BigQuery (or as a Connected Sheets extract into a new tab of this spreadsheet).',
    'sql.step2':
      'Save the result as a tab named "Paths" (columns path, total_conversions, total_conversion_value, total_null).',
    'sql.step3': 'Build the influence report: Cadence reads that tab in paths format.',
    'sql.ga4':
      'GA4 export: one touch per session (its campaign and source / medium), the first "{event}" event of a user is the conversion and its value parameter the revenue.',
    'sql.table':
      'Touch table with the columns prospect, campaign, channel, touched_at (TIMESTAMP), converted_at (TIMESTAMP), revenue.',
    'sql.settings': 'Credit by {by}, {window}-day influence window, dates seen in {zone}.',
    'error.engine': '--engine must be memory or duckdb, got "{value}"',
    'error.sql': '--sql must be bigquery or duckdb, got "{value}"',
    'error.sqlSource': '--sql needs --table project.dataset.table or --ga4 project.dataset',
    'error.table':
      '{flag}: "{value}" is not a BigQuery table name (project.dataset.table, letters, digits, _ and -)',
    'error.keyEvent':
      '--key-event: "{value}" is not a GA4 event name (a letter, then letters, digits or _, 40 at most)',
    'error.noKeyEvent': '--ga4 needs --key-event NAME, the event that counts as a conversion',
    'error.noFile': 'influence needs a file, or --sql with --table or --ga4',
    'error.duckdbPaths':
      '--engine duckdb reads touch files; a paths file is aggregated already: use --engine memory',
  },
  {
    'panel.title': 'Données d’entrepôt (BigQuery, GA4)',
    'panel.help':
      'Pour les données trop grandes pour une feuille : BigQuery calcule la table des parcours, Cadence les modèles. Aucune autorisation supplémentaire.',
    'panel.table': 'Table de contacts BigQuery (projet.dataset.table)',
    'panel.ga4': 'ou dataset de l’export GA4 (projet.dataset)',
    'panel.keyEvent': 'Événement clé GA4 compté comme conversion',
    'panel.sql': 'SQL à exécuter dans BigQuery',
    'panel.copy': 'Copier le SQL',
    'panel.copied': 'Copié.',
    'panel.copyFailed': 'Sélectionnez le SQL et copiez-le avec Ctrl+C (⌘C sur Mac).',
    'panel.steps': 'Étapes',
    'engine.memory': 'calculé en mémoire sur {touches} {touches|contact|contacts}',
    'engine.duckdb': 'calculé par DuckDB sur {touches} {touches|contact|contacts}',
    'engine.paths': 'calculé en mémoire sur {rows} {rows|ligne|lignes} de parcours',
    'step.read': 'lecture et vérification du fichier',
    'step.slice': 'parcours de la tranche {done} sur {of} des prospects',
    'step.totals': 'totaux, modèle dégressif dans le temps et faits par lead',
    'step.journeys': 'les modèles, sur la table des parcours',
    'sql.title': 'Influence Cadence : la table des parcours, pour BigQuery',
    'sql.step1':
      'Exécutez cette requête dans BigQuery (ou en extraction Sheets connectées dans un nouvel onglet de ce classeur).',
    'sql.step2':
      'Enregistrez le résultat dans un onglet nommé « Paths » (colonnes path, total_conversions, total_conversion_value, total_null).',
    'sql.step3': 'Construisez le rapport d’influence : Cadence lit cet onglet au format parcours.',
    'sql.ga4':
      'Export GA4 : un contact par session (sa campagne et source / support), le premier événement « {event} » d’un utilisateur est la conversion et son paramètre value le revenu.',
    'sql.table':
      'Table de contacts aux colonnes prospect, campaign, channel, touched_at (TIMESTAMP), converted_at (TIMESTAMP), revenue.',
    'sql.settings':
      'Crédit par {by}, fenêtre d’influence de {window} jours, dates vues dans le fuseau {zone}.',
    'error.engine': '--engine doit valoir memory ou duckdb, reçu « {value} »',
    'error.sql': '--sql doit valoir bigquery ou duckdb, reçu « {value} »',
    'error.sqlSource': '--sql demande --table projet.dataset.table ou --ga4 projet.dataset',
    'error.table':
      '{flag} : « {value} » n’est pas un nom de table BigQuery (projet.dataset.table, lettres, chiffres, _ et -)',
    'error.keyEvent':
      '--key-event : « {value} » n’est pas un nom d’événement GA4 (une lettre, puis lettres, chiffres ou _, 40 au plus)',
    'error.noKeyEvent': '--ga4 demande --key-event NOM, l’événement qui compte comme conversion',
    'error.noFile': 'influence demande un fichier, ou --sql avec --table ou --ga4',
    'error.duckdbPaths':
      '--engine duckdb lit les fichiers de contacts ; un fichier de parcours est déjà agrégé : utilisez --engine memory',
  },
);

export type BigDataKey = Parameters<typeof tBig>[1];
