/** The page's own words (the sheet and the sidebar speak for themselves). */
const EN = {
  title: 'Cadence — local preview',
  save: 'Save as .xlsx',
  ics: 'Download .ics',
  events: 'Calendar',
  eventsEmpty: 'No events yet: Sync calendar in the sidebar or the menu.',
  eventCount: '{n} events in the in-memory calendar',
  date: 'Date',
  event: 'Event',
  reminders: 'Reminders',
  popup: 'pop-up',
  email: 'e-mail',
  before: 'before',
  none: 'none',
  truncated: 'Showing the first {n} of {total} rows.',
  hint: 'Double-click or Enter to edit a cell.',
  sheetTabs: 'Sheets',
  menu: 'Add-on menu',
  grid: 'Sheet',
  sidebar: 'Cadence sidebar',
  failed: 'Failed',
};

const FR: typeof EN = {
  title: 'Cadence — aperçu local',
  save: 'Enregistrer en .xlsx',
  ics: 'Télécharger .ics',
  events: 'Agenda',
  eventsEmpty: "Aucun événement : Synchroniser l'agenda dans le panneau ou le menu.",
  eventCount: "{n} événements dans l'agenda en mémoire",
  date: 'Date',
  event: 'Événement',
  reminders: 'Rappels',
  popup: 'notification',
  email: 'e-mail',
  before: 'avant',
  none: 'aucun',
  truncated: 'Affichage des {n} premières lignes sur {total}.',
  hint: 'Double-clic ou Entrée pour modifier une cellule.',
  sheetTabs: 'Feuilles',
  menu: 'Menu du module',
  grid: 'Feuille',
  sidebar: 'Panneau Cadence',
  failed: 'Échec',
};

export type Key = keyof typeof EN;

export function tr(key: Key, params: Record<string, string | number> = {}): string {
  const words = document.documentElement.lang === 'fr' ? FR : EN;
  return words[key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

/** 1440 → '1 d', 90 → '1 h 30 min'. */
export function duration(minutes: number): string {
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const unitDay = document.documentElement.lang === 'fr' ? 'j' : 'd';
  const parts = [d ? `${d} ${unitDay}` : '', h ? `${h} h` : '', m ? `${m} min` : ''];
  return parts.filter(Boolean).join(' ') || '0 min';
}
