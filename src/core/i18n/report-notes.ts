/**
 * The influence report's notes on what was left out or read with care, in English and French.
 * The English table is the `notes` of `cadence influence --json` (a contract other tools read), so
 * its wording stays exactly as it was written; the French one is what a French user reads in the
 * CLI's text report.
 */
import { defineCatalogue } from './messages';

export const tReportNote = defineCatalogue(
  {
    'setting.window': 'influence window must be 0 days or more: using {fallback}',
    'setting.halfLife': 'half-life must be more than 0 days: using {fallback}',
    'setting.order': 'Markov order must be 1, 2, 3 or 4: using {fallback}',
    'setting.replicates': 'replicates must be a whole number from 0 to {max}: using {fallback}',
    'setting.timeZone': 'unknown time zone {zone}: using {fallback}',
    noConversions: 'no conversions: nothing to attribute',
    noDates: 'time_decay needs touch dates: not computed for {format}',
    pathsByChannel: 'paths name one thing per step: steps are credited as given',
    noMilestones:
      'no lead or opportunity creation dates: u_shaped, w_shaped and full_path place lead and ' +
      'opportunity creation on the last touch',
    noRevenue: 'no revenue column: revenue credit not computed',
    noNulls:
      'no total_null column: conversion rate unknown, and markov sees converting paths only ' +
      '(its removal effects then reflect path structure, not lost conversions)',
    afterConversion: '{count} {count|touch|touches} after conversion ignored',
    outsideWindow:
      '{count} {count|touch|touches} older than the {window}-day influence window ignored',
    withoutTouch:
      '{count} {count|conversion|conversions} with no touch in the influence window: not attributed',
    revenueConflict:
      "{count} {count|prospect|prospects} with different revenues on different rows: the first row's revenue is used",
    sharedLastDay:
      '{count} {count|conversion|conversions} had several touches on the last day: they share the last-touch credit',
    liftCaveat: 'lift: correlation, not proof: touched leads may differ',
    noNonConverters:
      'lift not computed: no prospect without a conversion (a lead with touches and no conversion ' +
      'date) to compare with',
    lastTouchCap: 'lastTouchPerLead lists the {cap} most recent of {total} converted leads',
    markovIntervals:
      'markov has no interval: its chain ({states} states) is too big to solve again for ' +
      '{replicates} {replicates|replicate|replicates}; its credit is exact, and the intervals and ' +
      'ties within noise are those of the other models',
  },
  {
    'setting.window': 'la fenêtre d’influence doit être de 0 jour ou plus : {fallback} retenu',
    'setting.halfLife': 'la demi-vie doit dépasser 0 jour : {fallback} retenu',
    'setting.order': 'l’ordre de Markov doit être 1, 2, 3 ou 4 : {fallback} retenu',
    'setting.replicates':
      'le nombre de rééchantillonnages doit être un entier de 0 à {max} : {fallback} retenu',
    'setting.timeZone': 'fuseau horaire inconnu {zone} : {fallback} retenu',
    noConversions: 'aucune conversion : rien à attribuer',
    noDates: 'time_decay demande les dates des contacts : non calculé pour {format}',
    pathsByChannel:
      'les parcours nomment une seule chose par étape : les étapes sont créditées telles quelles',
    noMilestones:
      'pas de dates de création de lead ni d’opportunité : u_shaped, w_shaped et full_path les ' +
      'placent sur le dernier contact',
    noRevenue: 'pas de colonne de chiffre d’affaires : crédit en chiffre d’affaires non calculé',
    noNulls:
      'pas de colonne total_null : taux de conversion inconnu, et markov ne voit que les parcours ' +
      'convertis (ses effets de retrait reflètent alors la forme des parcours, pas des conversions ' +
      'perdues)',
    afterConversion:
      '{count} {count|contact après la conversion ignoré|contacts après la conversion ignorés}',
    outsideWindow:
      '{count} {count|contact plus ancien|contacts plus anciens} que la fenêtre d’influence de {window} {window|jour|jours} {count|ignoré|ignorés}',
    withoutTouch:
      '{count} {count|conversion|conversions} sans contact dans la fenêtre d’influence : {count|non attribuée|non attribuées}',
    revenueConflict:
      '{count} {count|prospect|prospects} avec des chiffres d’affaires différents selon les lignes : celui de la première ligne est retenu',
    sharedLastDay:
      '{count} {count|conversion avait|conversions avaient} plusieurs contacts le dernier jour : ils se partagent le crédit du dernier contact',
    liftCaveat: 'lift : corrélation, pas preuve : les leads touchés peuvent être différents',
    noNonConverters:
      'lift non calculé : aucun prospect sans conversion (un lead avec des contacts et sans date ' +
      'de conversion) pour comparer',
    lastTouchCap: 'lastTouchPerLead liste les {cap} plus récents des {total} leads convertis',
    markovIntervals:
      'markov n’a pas d’intervalle : sa chaîne ({states} états) est trop grande pour être ' +
      'résolue à nouveau pour {replicates} {replicates|rééchantillonnage|rééchantillonnages} ; ' +
      'son crédit est exact, et les intervalles et les égalités dans le bruit sont ceux des ' +
      'autres modèles',
  },
  [],
  // The English table is the `notes` of `cadence influence --json`: its counts stay as they were
  // always written ("13810 conversions…"), where the French text report groups them.
  ['en'],
);

export type ReportNoteKey = Parameters<typeof tReportNote>[1];
