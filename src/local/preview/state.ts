/** The page's view of everything but the grid: tabs, menu, calendar, toasts and alerts. */
import type { AppsScriptEnvironment, MenuEntry } from '@cadence/apps-script-fake';
import type { EventView, MenuItemView, NoticeView, PreviewState } from './view-types';

/** Sheets titles an add-on menu with the add-on's name. */
const ADDON_TITLE = 'Cadence';

function flatten(entries: readonly MenuEntry[], prefix = ''): MenuItemView[] {
  return entries.flatMap((e): MenuItemView[] => {
    if (e.kind === 'separator') return [{ caption: '', functionName: null }];
    if (e.kind === 'item') return [{ caption: prefix + e.caption, functionName: e.functionName }];
    return flatten(e.entries, `${prefix}${e.caption} ▸ `);
  });
}

export function menuOf(env: AppsScriptEnvironment): PreviewState['menu'] {
  const menu = env.ui.menus.find((m) => m.kind === 'addon') ?? env.ui.menus[0];
  if (!menu) return { title: ADDON_TITLE, items: [] };
  return {
    title: menu.kind === 'addon' ? ADDON_TITLE : menu.caption,
    items: flatten(menu.entries),
  };
}

/** Every function a menu item may call: the page may run these and nothing else. */
export function menuFunctions(env: AppsScriptEnvironment): Set<string> {
  return new Set(
    menuOf(env)
      .items.map((i) => i.functionName)
      .filter((f): f is string => f !== null),
  );
}

/** A timed event's start as the spreadsheet's user reads it: "2026-11-22 10:20" in its zone. */
function localStart(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

export function eventsOf(env: AppsScriptEnvironment): EventView[] {
  const zone = env.spreadsheet.getSpreadsheetTimeZone();
  return env.calendarStore
    .events('all')
    .map((e) => ({
      title: e.title,
      // Today's reviews are timed (their popup still ahead): shown in the spreadsheet's zone.
      date: e.allDay ? e.start : localStart(e.start, zone),
      allDay: e.allDay,
      popupReminders: [...e.popupReminders],
      emailReminders: [...e.emailReminders],
    }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.title < b.title ? -1 : 1));
}

/** Toasts and alerts in one numbered list: toasts first by index, then alerts (seq is stable). */
export function noticesOf(env: AppsScriptEnvironment): NoticeView[] {
  const toasts = env.ui.toasts.map((t, i): NoticeView => ({
    seq: i * 2,
    kind: 'toast',
    title: t.title,
    message: t.message,
  }));
  const alerts = env.ui.alerts.map((a, i): NoticeView => ({
    seq: i * 2 + 1,
    kind: 'alert',
    title: a.title ?? '',
    message: a.prompt,
  }));
  return [...toasts, ...alerts].sort((a, b) => a.seq - b.seq).slice(-20);
}

export function previewState(
  env: AppsScriptEnvironment,
  version: number,
  file: string,
): PreviewState {
  const ss = env.spreadsheet;
  return {
    version,
    file,
    sheets: ss
      .getSheets()
      .filter((s) => !s.isSheetHidden())
      .map((s) => ({ name: s.getName(), tabColor: s.getTabColor() })),
    active: ss.getActiveSheet().getName(),
    menu: menuOf(env),
    events: eventsOf(env),
    notices: noticesOf(env),
  };
}
