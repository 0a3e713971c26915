/**
 * Words of the influence report's readiness block, its intervals and ties, and its last-touch-per-
 * lead table, in English and French. Readiness sentences come in two forms: the worry (`.warn`)
 * and the all-clear (`.ok`); channel variants replace "campaigns" when credit goes by channel.
 */
import { defineCatalogue } from './messages';

export const tReadiness = defineCatalogue(
  {
    'block.heading': 'Data readiness: check these before trusting any model',
    'column.check': 'Check',
    'column.count': 'Count',
    'column.share': 'Share',
    'column.meaning': 'What it means',
    'label.conversionsWithoutTouch': 'Conversions with no touch',
    'label.sameDayMultiChannel': 'Several channels on the last day',
    'label.cutByWindow': 'Journeys cut by the window',
    'label.touchesAfterConversion': 'Leads touched after converting',
    'label.unstableCampaigns': 'Campaigns under 30 conversions',
    'label.unstableChannels': 'Channels under 30 conversions',
    'label.span': 'Days of data',
    'label.duplicateTouches': 'Duplicate touches',
    'conversionsWithoutTouch.warn':
      '{count} of {of} {of|conversion|conversions} ({share}) {count|has|have} no touch before ' +
      '{count|it|them} inside the influence window: no model credits {count|it|them}.',
    'conversionsWithoutTouch.ok': 'Every conversion has at least one touch to credit.',
    'sameDayMultiChannel.warn':
      '{count} of {of} credited {of|conversion|conversions} ({share}) had several channels on ' +
      '{count|its|their} last day: last touch cannot tell which one converted {count|it|them}.',
    'sameDayMultiChannel.ok': 'No credited conversion had several channels on its last day.',
    'cutByWindow.warn':
      '{count} of {of} {of|conversion|conversions} ({share}) had touches older than the {window}-day influence ' +
      'window: those early campaigns get no credit.',
    'cutByWindow.ok': 'No journey was cut by the {window}-day influence window.',
    'touchesAfterConversion.warn':
      '{count} of {of} converted {of|lead|leads} ({share}) {count|was|were} touched after converting: those touches ' +
      'are ignored.',
    'touchesAfterConversion.ok': 'No lead was touched after converting.',
    'unstableCampaigns.warn':
      '{count} of {of} {of|campaign|campaigns} ({share}) {count|is|are} in fewer than 30 converting journeys, ' +
      'so {count|its|their} credit is unstable: {names}.',
    'unstableCampaigns.ok': 'Every campaign is in at least 30 converting journeys.',
    'unstableChannels.warn':
      '{count} of {of} {of|channel|channels} ({share}) {count|is|are} in fewer than 30 converting journeys, ' +
      'so {count|its|their} credit is unstable: {names}.',
    'unstableChannels.ok': 'Every channel is in at least 30 converting journeys.',
    'span.warn':
      'The data spans {count} {count|day|days}: fewer than the 30 days of data to collect before analysing ' +
      'anything.',
    'span.ok':
      'The data spans {count} {count|day|days}: at least the 30 days needed before analysing.',
    'duplicateTouches.warn':
      '{count} of {of} {of|touch|touches} ({share}) {count|repeats|repeat} an earlier row (same prospect, ' +
      'campaign and time): every model counts {count|it|them} twice.',
    'duplicateTouches.ok': 'No touch is repeated.',
    'names.more': '{names} and {count} more',
    'names.and': '{names} and {last}',
    'interval.column': '{model}: 95 % interval',
    'ties.column': 'Tied within noise with',
    'ties.heading': 'Tied within noise',
    'ties.sentence': '{names} are tied within noise: the data cannot rank them.',
    'ties.none': 'Every credited campaign is separable from its neighbours in the ranking.',
    'ties.note':
      'Intervals: 95 % bootstrap over {replicates} resampled sets of journeys (seeded, so they ' +
      'never change). “Tied within noise”: neighbours in the ranking whose difference could ' +
      'be zero.',
    'lastTouch.heading': 'Last touch per lead (the last campaign before each conversion)',
    'lastTouch.capped': 'The {shown} most recent of {total} converted leads are listed.',
    'column.lead': 'Lead',
    'column.convertedAt': 'Converted at',
    'column.lastCampaign': 'Last campaign before conversion',
    'column.lastChannel': 'Its channel',
    'column.daysBefore': 'Days before',
    'column.sameDay': 'Same-day others (ties)',
    'lastTouch.none': '(no touch in the window)',
  },
  {
    'block.heading': 'Données prêtes ? À vérifier avant de croire un modèle',
    'column.check': 'Vérification',
    'column.count': 'Nombre',
    'column.share': 'Part',
    'column.meaning': 'Ce que cela veut dire',
    'label.conversionsWithoutTouch': 'Conversions sans contact',
    'label.sameDayMultiChannel': 'Plusieurs canaux le dernier jour',
    'label.cutByWindow': 'Parcours coupés par la fenêtre',
    'label.touchesAfterConversion': 'Prospects touchés après conversion',
    'label.unstableCampaigns': 'Campagnes sous 30 conversions',
    'label.unstableChannels': 'Canaux sous 30 conversions',
    'label.span': 'Jours de données',
    'label.duplicateTouches': 'Contacts en double',
    'conversionsWithoutTouch.warn':
      '{count} {count|conversion|conversions} sur {of} ({share}) {count|n’a aucun contact avant elle|n’ont aucun contact avant elles} ' +
      'dans la fenêtre d’influence : aucun modèle ne {count|la|les} crédite.',
    'conversionsWithoutTouch.ok': 'Chaque conversion a au moins un contact à créditer.',
    'sameDayMultiChannel.warn':
      '{count} {count|conversion créditée|conversions créditées} sur {of} ({share}) {count|a eu|ont eu} plusieurs canaux ' +
      '{count|son|leur} dernier jour : le dernier contact ne peut pas dire lequel a converti.',
    'sameDayMultiChannel.ok':
      'Aucune conversion créditée n’a eu plusieurs canaux son dernier jour.',
    'cutByWindow.warn':
      '{count} {count|conversion|conversions} sur {of} ({share}) {count|avait|avaient} des contacts plus anciens que la fenêtre ' +
      'd’influence de {window} jours : ces premières campagnes ne reçoivent aucun crédit.',
    'cutByWindow.ok':
      'Aucun parcours n’a été coupé par la fenêtre d’influence de {window} {window|jour|jours}.',
    'touchesAfterConversion.warn':
      '{count} {count|prospect converti|prospects convertis} sur {of} ({share}) {count|a été touché après sa|ont été touchés après leur} conversion : ' +
      'ces contacts sont ignorés.',
    'touchesAfterConversion.ok': 'Aucun prospect n’a été touché après sa conversion.',
    'unstableCampaigns.warn':
      '{count} {count|campagne|campagnes} sur {of} ({share}) {count|est|sont} dans moins de 30 parcours convertis, ' +
      '{count|son|leur} crédit est donc instable : {names}.',
    'unstableCampaigns.ok': 'Chaque campagne est dans au moins 30 parcours convertis.',
    'unstableChannels.warn':
      '{count} {count|canal|canaux} sur {of} ({share}) {count|est|sont} dans moins de 30 parcours convertis, ' +
      '{count|son|leur} crédit est donc instable : {names}.',
    'unstableChannels.ok': 'Chaque canal est dans au moins 30 parcours convertis.',
    'span.warn':
      'Les données couvrent {count} {count|jour|jours} : moins des 30 jours de données à réunir avant toute ' +
      'analyse.',
    'span.ok':
      'Les données couvrent {count} {count|jour|jours} : au moins les 30 jours nécessaires avant d’analyser.',
    'duplicateTouches.warn':
      '{count} {count|contact|contacts} sur {of} ({share}) {count|répète|répètent} une ligne précédente (même prospect, ' +
      'même campagne, même heure) : chaque modèle {count|le|les} compte deux fois.',
    'duplicateTouches.ok': 'Aucun contact n’est répété.',
    'names.more': '{names} et {count} {count|autre|autres}',
    'names.and': '{names} et {last}',
    'interval.column': '{model} : intervalle à 95 %',
    'ties.column': 'À égalité (bruit) avec',
    'ties.heading': 'À égalité dans le bruit',
    'ties.sentence':
      '{names} sont à égalité dans le bruit : les données ne permettent pas de les classer.',
    'ties.none': 'Chaque campagne créditée se distingue de ses voisines dans le classement.',
    'ties.note':
      'Intervalles : bootstrap à 95 % sur {replicates} rééchantillonnages des parcours (graine ' +
      'fixe : ils ne changent jamais). « À égalité » : voisines dans le classement dont ' +
      'l’écart pourrait être nul.',
    'lastTouch.heading':
      'Dernier contact par prospect (la dernière campagne avant chaque conversion)',
    'lastTouch.capped': 'Les {shown} prospects convertis les plus récents sur {total} sont listés.',
    'column.lead': 'Prospect',
    'column.convertedAt': 'Converti le',
    'column.lastCampaign': 'Dernière campagne avant conversion',
    'column.lastChannel': 'Son canal',
    'column.daysBefore': 'Jours avant',
    'column.sameDay': 'Autres le même jour (égalités)',
    'lastTouch.none': '(aucun contact dans la fenêtre)',
  },
);

export type ReadinessKey = Parameters<typeof tReadiness>[1];
