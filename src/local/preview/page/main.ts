/**
 * The preview page: add-on menu and downloads on top, the grid with its sheet tabs and the
 * calendar below it, the real sidebar (same origin, /sidebar) at 300 px on the right. It polls
 * the server's version and redraws whenever an action ran, whoever ran it (grid, menu or sidebar).
 */
import './style.css';
import type { ActionAnswer, EventView, PreviewState } from '../view-types';
import { api } from './api';
import { el } from './dom';
import { Grid } from './grid';
import { duration, tr } from './i18n';

const POLL_MS = 700;

let state: PreviewState | null = null;
let shown = '';
let version = 0;
let loading: Promise<void> | null = null;
const seenNotices = new Set<number>();

const notices = el('div', { className: 'notices' });
notices.setAttribute('aria-live', 'polite');

function notify(message: string, ok = true): void {
  const box = el('div', { className: ok ? 'notice' : 'notice error', text: message });
  box.setAttribute('role', ok ? 'status' : 'alert');
  notices.appendChild(box);
  setTimeout(() => box.remove(), ok ? 6000 : 12000);
}

function answer(a: ActionAnswer): void {
  if (a.message) notify(a.message, a.ok);
}

const grid = new Grid(async (row, column, text) => {
  try {
    const a = await api.editCell(shown, row, column, text);
    if (!a.ok) notify(a.message, false);
  } catch (e) {
    notify(String(e), false);
  }
  await refetch();
});
grid.root.setAttribute('aria-label', tr('grid'));

const menuButton = el('button', { className: 'menu-button', text: 'Cadence ▾' });
menuButton.setAttribute('aria-haspopup', 'menu');
menuButton.setAttribute('aria-expanded', 'false');
const menuList = el('ul', { className: 'menu-list' });
menuList.setAttribute('role', 'menu');
menuList.hidden = true;

function closeMenu(): void {
  menuList.hidden = true;
  menuButton.setAttribute('aria-expanded', 'false');
}
menuButton.addEventListener('click', () => {
  menuList.hidden = !menuList.hidden;
  menuButton.setAttribute('aria-expanded', String(!menuList.hidden));
  if (!menuList.hidden) menuList.querySelector('button')?.focus();
});
document.addEventListener('click', (e) => {
  if (!(e.target as Element).closest('.menu')) closeMenu();
});

const sidebar = el('iframe', { className: 'sidebar', title: tr('sidebar') });
sidebar.src = '/sidebar';

async function runMenu(functionName: string): Promise<void> {
  closeMenu();
  document.body.setAttribute('aria-busy', 'true');
  try {
    const a = await api.menu(functionName);
    answer(a);
    // Both menu items open the sidebar; the import one on its Import tab (getSidebarState says so).
    if (functionName === 'showSidebar' || functionName === 'showImportSidebar')
      sidebar.src = '/sidebar';
  } catch (e) {
    notify(String(e), false);
  } finally {
    document.body.setAttribute('aria-busy', 'false');
  }
  await refetch();
}

function renderMenu(s: PreviewState): void {
  menuButton.textContent = `${s.menu.title} ▾`;
  menuList.replaceChildren(
    ...s.menu.items.map((item) => {
      if (item.functionName === null) {
        const sep = el('li', { className: 'separator' });
        sep.setAttribute('role', 'separator');
        return sep;
      }
      const fn = item.functionName;
      const button = el('button', { text: item.caption });
      button.setAttribute('role', 'menuitem');
      button.dataset.function = fn;
      button.addEventListener('click', () => void runMenu(fn));
      return el('li', {}, button);
    }),
  );
}

const tabs = el('div', { className: 'tabs' });
tabs.setAttribute('role', 'tablist');
tabs.setAttribute('aria-label', tr('sheetTabs'));

function renderTabs(s: PreviewState): void {
  tabs.replaceChildren(
    ...s.sheets.map((sheet) => {
      const tab = el('button', { className: 'tab', text: sheet.name });
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(sheet.name === shown));
      if (sheet.tabColor) tab.style.borderBottomColor = sheet.tabColor;
      tab.addEventListener('click', () => {
        shown = sheet.name;
        void api.activate(sheet.name).then(refetch);
      });
      return tab;
    }),
  );
}

const events = el('section', { className: 'events' });
events.setAttribute('aria-label', tr('events'));

function reminderText(e: EventView): string {
  const parts = [
    ...e.popupReminders.map((m) => `${tr('popup')} ${duration(m)} ${tr('before')}`),
    ...e.emailReminders.map((m) => `${tr('email')} ${duration(m)} ${tr('before')}`),
  ];
  return parts.length ? parts.join(', ') : tr('none');
}

function renderEvents(s: PreviewState): void {
  const heading = el('h2', { text: tr('events') });
  if (s.events.length === 0) {
    events.replaceChildren(heading, el('p', { className: 'empty', text: tr('eventsEmpty') }));
    return;
  }
  const head = el(
    'tr',
    {},
    el('th', { text: tr('date') }),
    el('th', { text: tr('event') }),
    el('th', { text: tr('reminders') }),
  );
  const rows = s.events.map((e) =>
    el(
      'tr',
      { className: 'event' },
      el('td', { text: e.allDay ? e.date : e.date.replace('T', ' ').slice(0, 16) }),
      el('td', { text: e.title }),
      el('td', { text: reminderText(e) }),
    ),
  );
  events.replaceChildren(
    heading,
    el('p', { className: 'count', text: tr('eventCount', { n: s.events.length }) }),
    el('table', {}, el('thead', {}, head), el('tbody', {}, ...rows)),
  );
}

const status = el('p', { className: 'status' });

function showNotices(s: PreviewState, first: boolean): void {
  for (const n of s.notices) {
    if (seenNotices.has(n.seq)) continue;
    seenNotices.add(n.seq);
    if (!first) notify(n.message, n.kind === 'toast');
  }
}

async function load(): Promise<void> {
  const first = state === null;
  const s = await api.state();
  // The add-on moved the user (Sheets activates a sheet it inserts): follow it, as Sheets does.
  if (first || s.active !== state?.active || !s.sheets.some((x) => x.name === shown)) {
    shown = s.active;
  }
  state = s;
  version = s.version;
  const view = await api.sheet(shown);
  grid.render(view);
  renderMenu(s);
  renderTabs(s);
  renderEvents(s);
  showNotices(s, first);
  status.textContent =
    view.totalRows > view.numRows
      ? tr('truncated', { n: view.numRows, total: view.totalRows })
      : tr('hint');
  document.body.dataset.version = String(s.version);
  document.body.dataset.sheet = shown;
}

function refetch(): Promise<void> {
  loading ??= load()
    .catch((e: unknown) => notify(String(e), false))
    .finally(() => {
      loading = null;
    });
  return loading;
}

async function poll(): Promise<void> {
  try {
    const v = await api.version();
    if (v.version !== version && !loading && !grid.isEditing) await refetch();
  } catch {
    // The server stopped (Ctrl-C): keep the last picture.
  }
}

function link(href: string, text: string, className: string): HTMLAnchorElement {
  const a = el('a', { className, text });
  a.href = href;
  a.setAttribute('download', '');
  return a;
}

function layout(): void {
  document.title = tr('title');
  const menu = el('nav', { className: 'menu' }, menuButton, menuList);
  menu.setAttribute('aria-label', tr('menu'));
  const bar = el(
    'header',
    { className: 'bar' },
    el('strong', { className: 'brand', text: tr('title') }),
    menu,
    el('span', { className: 'spacer' }),
    link('/download/workbook.xlsx', tr('save'), 'save-xlsx'),
    link('/download/calendar.ics', tr('ics'), 'download-ics'),
  );
  const left = el('main', { className: 'left' }, grid.root, tabs, status, events);
  document.body.replaceChildren(bar, el('div', { className: 'body' }, left, sidebar), notices);
  document.body.setAttribute('aria-busy', 'false');
}

layout();
void refetch();
setInterval(() => void poll(), POLL_MS);
