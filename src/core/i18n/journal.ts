/**
 * Strings of the review journal and the baseline capture: the Journal sheet's headers, the
 * decisions, the Status note, the capture note and the actions' results.
 */
import { defineCatalogue } from './messages';

export const tj = defineCatalogue(
  {
    'header.date': 'Date',
    'header.program': 'Program',
    'header.metric': 'Metric',
    'header.change': 'Change',
    'header.signal': 'Signal',
    'header.why': 'Why',
    'header.decision': 'Decision',
    'header.owner': 'Owner',
    'header.follow_up': 'Follow-up',
    'decision.keep': 'Keep',
    'decision.change': 'Change',
    'decision.stop': 'Stop',
    'decision.investigate': 'Investigate',
    'cause.signal': 'Signal (not noise)',
    'cause.urgent': 'Urgent',
    'note.header':
      'Cadence: the review journal. Cadence adds one row per change that needs a reason; Why, Decision, Owner and Follow-up are yours and Refresh never writes over them.',
    'note.reason': 'Why ({date}): {why}',
    'note.decision': 'Decision: {decision}',
    'note.owner': 'Owner: {owner}',
    'note.followUp': 'Follow-up: {date}',
    'note.noBaseline': 'No baseline: the gain since automation cannot be measured.',
    'note.lateBaseline':
      'Baseline captured after go-live: vs baseline understates the gain since automation.',
    'capture.note': 'Cadence: baseline captured on {today} from the review of {from} ({cell}).',
    'capture.noteImported':
      'Cadence: baseline captured on {today} from {source} imported on {imported} ({cell}).',
    'capture.imported': 'imported from {source} on {date}',
    'capture.beforeGoLive': 'Captured before go-live (set up on {setUp}).',
    'capture.afterGoLive':
      'Captured after go-live (set up on {setUp}): vs baseline understates the gain since automation.',
    'capture.goLiveUnknown':
      'No Set up on date: it may have been captured after go-live, so vs baseline may understate the gain.',
    'capture.done': '{count} {count|baseline|baselines} captured; your other cells are unchanged.',
    'capture.none': 'Every reviewed row already has a baseline.',
    'capture.noColumn': 'This sheet has no Baseline column: run "Format review sheet" first.',
    'capture.confirm':
      'Capture {count} {count|baseline|baselines} from the earliest review values?\n{list}',
    'capture.cancelled': 'Nothing captured.',
    'saved.entry': 'Reason saved for {program}.',
    'restore.done': '{count} deleted Journal {count|entry|entries} added back.',
    'error.noEntry': 'This journal entry no longer exists: refresh and try again.',
    'error.badFollowUp': 'The follow-up date must be a day such as 2026-12-15.',
    'error.badDecision': 'The decision must be keep, change, stop or investigate.',
    'menu.capture': 'Capture baselines',
    'event.baseline': 'Capture the baseline of {name} before it goes live',
    'event.baseline.description':
      '{name} is set up on {setUp}. The playbook captures the baseline before automation goes live: without it, the gain since automation cannot be measured. Type it in the Baseline column, or use "Capture baselines".',
    'event.followUp': 'Follow up: {program}',
    'event.followUp.change': 'Change of {date}: {change} ({metric}).',
  },
  {
    'header.date': 'Date',
    'header.program': 'Programme',
    'header.metric': 'Indicateur',
    'header.change': 'Variation',
    'header.signal': 'Signal',
    'header.why': 'Pourquoi',
    'header.decision': 'Décision',
    'header.owner': 'Responsable',
    'header.follow_up': 'Suivi le',
    'decision.keep': 'Garder',
    'decision.change': 'Modifier',
    'decision.stop': 'Arrêter',
    'decision.investigate': 'Enquêter',
    'cause.signal': 'Signal (pas du bruit)',
    'cause.urgent': 'Urgent',
    'note.header':
      'Cadence : le journal des revues. Cadence ajoute une ligne par variation à expliquer ; Pourquoi, Décision, Responsable et Suivi le sont à vous et Actualiser ne les écrase jamais.',
    'note.reason': 'Pourquoi ({date}) : {why}',
    'note.decision': 'Décision : {decision}',
    'note.owner': 'Responsable : {owner}',
    'note.followUp': 'Suivi le : {date}',
    'note.noBaseline':
      'Pas de référence : le gain depuis l’automatisation ne peut pas être mesuré.',
    'note.lateBaseline':
      'Référence capturée après la mise en service : vs Référence sous-estime le gain depuis l’automatisation.',
    'capture.note': 'Cadence : référence capturée le {today} depuis la revue du {from} ({cell}).',
    'capture.noteImported':
      'Cadence : référence capturée le {today} depuis {source} importé le {imported} ({cell}).',
    'capture.imported': 'importée de {source} le {date}',
    'capture.beforeGoLive': 'Capturée avant la mise en service (mis en place le {setUp}).',
    'capture.afterGoLive':
      'Capturée après la mise en service (mis en place le {setUp}) : vs Référence sous-estime le gain depuis l’automatisation.',
    'capture.goLiveUnknown':
      'Pas de date « Mis en place le » : elle a pu être capturée après la mise en service, vs Référence peut alors sous-estimer le gain.',
    'capture.done':
      '{count} {count|référence capturée|références capturées} ; vos autres cellules sont inchangées.',
    'capture.none': 'Chaque ligne revue a déjà une référence.',
    'capture.noColumn':
      'Cette feuille n’a pas de colonne Référence : lancez d’abord « Mettre en forme le tableau de revue ».',
    'capture.confirm':
      'Capturer {count} {count|référence|références} depuis les premières valeurs de revue ?\n{list}',
    'capture.cancelled': 'Rien n’a été capturé.',
    'saved.entry': 'Raison enregistrée pour {program}.',
    'restore.done':
      '{count} {count|entrée supprimée rajoutée|entrées supprimées rajoutées} au Journal.',
    'error.noEntry': 'Cette entrée du journal n’existe plus : actualisez et réessayez.',
    'error.badFollowUp': 'La date de suivi doit être un jour comme 2026-12-15.',
    'error.badDecision': 'La décision doit être garder, modifier, arrêter ou enquêter.',
    'menu.capture': 'Capturer les références',
    'event.baseline': 'Capturer la référence de {name} avant la mise en service',
    'event.baseline.description':
      '{name} est mis en place le {setUp}. La référence se capture avant la mise en service de l’automatisation : sans elle, le gain depuis l’automatisation ne peut pas être mesuré. Saisissez-la dans la colonne Référence, ou utilisez « Capturer les références ».',
    'event.followUp': 'Suivi : {program}',
    'event.followUp.change': 'Variation du {date} : {change} ({metric}).',
  },
);
