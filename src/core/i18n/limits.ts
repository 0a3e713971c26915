/**
 * What the user reads when Google's limits stop or shape a Calendar sync, the digest or a save:
 * the time budget, Calendar's quotas (each with when to retry), missing authorization, the
 * property store, reminders outside Calendar's range. English and French.
 */
import { defineCatalogue } from './messages';

export const tl = defineCatalogue(
  {
    'sync.rateLimited':
      'Calendar asked Cadence to slow down after {done} changes; {remaining} remain. Progress is saved: sync again in a few minutes and it resumes where this one stopped.',
    'sync.rateLimitedContinuing':
      'Calendar asked Cadence to slow down after {done} changes; {remaining} remain. Progress is saved; continuing in the background in a few minutes.',
    'sync.dailyLimit':
      "Calendar's daily limit is reached; {remaining} changes remain. Progress is saved: Google frees the quota 24 hours after the day's first request, so sync again tomorrow.",
    'sync.usageLimit':
      'Calendar limited changes to your calendar after {done} changes (it does so after many invitations, mostly to outside guests); {remaining} remain. Progress is saved: try again in a few hours, or turn invitations off in the settings.',
    'sync.quotaRefused':
      'This sync would create {creates} events but only {left} of the {limit} Calendar creations Google allows in 24 hours are left. Nothing was changed: sync again after {when}, or group events per day in the settings.',
    'sync.timeBudget': '{written} of {total} reminders written; continuing in the background.',
    'sync.timeBudgetManual':
      '{written} of {total} reminders written. Apps Script stops a run after 6 minutes: progress is saved, sync again to continue.',
    'sync.backlog':
      'Calendar sync: {written} of {total} reminders written; continuing in the background.',
    'sync.storeFull':
      "Cadence's storage in your Google account is nearly full ({used} KB of 500 KB, shared by all your spreadsheets), so this sync stopped before saving more. Progress is saved. To make room, use Extensions → Cadence → Forget calendar links of other files: events stay in your calendar and are found again by their tags.",
    'sync.storeQuota':
      "Google refused to save Cadence's progress: the property storage quota (500 KB per user) is exceeded. To make room, use Extensions → Cadence → Forget calendar links of other files.",
    'store.pruned':
      'Forgot the calendar links of {count} other {count|file|files} ({kb} KB freed).',
    'menu.forgetLinks': 'Forget calendar links of other files',
    'desc.more': '… and {count} more (see the sheet)',
    'auth.calendar': 'Cadence needs access to your Calendar to create reminders.',
    'auth.mail': 'Cadence needs permission to send e-mail for the daily digest.',
    'auth.triggers': 'Cadence needs permission to run in the background for the daily digest.',
    'auth.grant': 'Grant access',
    'settings.reminderClamped':
      'The saved {kind} reminder ({value} minutes) is outside what Calendar accepts (5 to 40,320 minutes); Cadence uses {used} minutes until you change it in the settings.',
    'reminder.popup': 'pop-up',
    'reminder.email': 'e-mail',
    'digest.backlog':
      'Calendar sync is still catching up: {written} of {total} reminders written; the rest follows in the background.',
  },
  {
    'sync.rateLimited':
      'Agenda a demandé à Cadence de ralentir après {done} modifications ; il en reste {remaining}. La progression est enregistrée : synchronisez à nouveau dans quelques minutes, la synchronisation reprendra là où elle s’est arrêtée.',
    'sync.rateLimitedContinuing':
      'Agenda a demandé à Cadence de ralentir après {done} modifications ; il en reste {remaining}. La progression est enregistrée ; la suite se fera en arrière-plan dans quelques minutes.',
    'sync.dailyLimit':
      'La limite quotidienne d’Agenda est atteinte ; il reste {remaining} modifications. La progression est enregistrée : Google libère le quota 24 heures après la première requête de la journée, synchronisez à nouveau demain.',
    'sync.usageLimit':
      'Agenda a limité les modifications de votre agenda après {done} modifications (il le fait après de nombreuses invitations, surtout à des invités externes) ; il en reste {remaining}. La progression est enregistrée : réessayez dans quelques heures, ou désactivez les invitations dans les paramètres.',
    'sync.quotaRefused':
      'Cette synchronisation créerait {creates} événements, mais il ne reste que {left} des {limit} créations qu’Agenda autorise en 24 heures. Rien n’a été modifié : synchronisez à nouveau après {when}, ou regroupez les événements par jour dans les paramètres.',
    'sync.timeBudget': '{written} rappels écrits sur {total} ; la suite continue en arrière-plan.',
    'sync.timeBudgetManual':
      '{written} rappels écrits sur {total}. Apps Script arrête une exécution après 6 minutes : la progression est enregistrée, synchronisez à nouveau pour continuer.',
    'sync.backlog':
      'Synchronisation de l’agenda : {written} rappels écrits sur {total} ; la suite continue en arrière-plan.',
    'sync.storeFull':
      'L’espace de stockage de Cadence dans votre compte Google est presque plein ({used} Ko sur 500 Ko, partagés par tous vos classeurs) : la synchronisation s’est arrêtée avant d’enregistrer davantage. La progression est enregistrée. Pour faire de la place, utilisez Extensions → Cadence → Oublier les liens d’agenda des autres fichiers : les événements restent dans votre agenda et seront retrouvés grâce à leurs étiquettes.',
    'sync.storeQuota':
      'Google a refusé d’enregistrer la progression de Cadence : le quota de stockage des propriétés (500 Ko par utilisateur) est dépassé. Pour faire de la place, utilisez Extensions → Cadence → Oublier les liens d’agenda des autres fichiers.',
    'store.pruned':
      'Liens d’agenda de {count} {count|autre fichier|autres fichiers} oubliés ({kb} Ko {kb|libéré|libérés}).',
    'menu.forgetLinks': 'Oublier les liens d’agenda des autres fichiers',
    'desc.more': '… et {count} de plus (voir le tableau)',
    'auth.calendar': 'Cadence a besoin d’accéder à votre agenda pour créer les rappels.',
    'auth.mail':
      'Cadence a besoin de l’autorisation d’envoyer des e-mails pour le résumé quotidien.',
    'auth.triggers':
      'Cadence a besoin de l’autorisation de s’exécuter en arrière-plan pour le résumé quotidien.',
    'auth.grant': 'Autoriser l’accès',
    'settings.reminderClamped':
      'Le rappel {kind} enregistré ({value} minutes) est hors de ce qu’Agenda accepte (5 à 40 320 minutes) ; Cadence utilise {used} minutes jusqu’à ce que vous le changiez dans les paramètres.',
    'reminder.popup': 'pop-up',
    'reminder.email': 'par e-mail',
    'digest.backlog':
      'La synchronisation de l’agenda rattrape son retard : {written} rappels écrits sur {total} ; la suite suit en arrière-plan.',
  },
  // Counted, with no word to agree: "{written} of {total}" reads as the counts elsewhere.
  ['done', 'remaining', 'written', 'total', 'creates', 'left', 'limit'],
);
