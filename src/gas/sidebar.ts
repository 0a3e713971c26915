import { t } from '../core/i18n/messages';
import type { Locale } from '../core/types';
import type { SidebarTab } from './api';

/**
 * The tab a menu item asked the sidebar to open on. The sidebar is one static file
 * (dist/Sidebar.html) that learns everything from getSidebarState, so the menu item leaves the
 * tab in the user's cache and the sidebar's first state read takes it; two minutes are plenty for
 * the sidebar to load, and a leftover never outlives them.
 */
const OPEN_TAB_KEY = 'cadence.sidebar.openTab';
const OPEN_TAB_TTL_SECONDS = 120;
/** The tabs a menu item opens the sidebar on. */
const MENU_TABS: readonly SidebarTab[] = ['import'];

/** Google's editor sidebars are 300 px wide; the HTML is dist/Sidebar.html, fully inlined. */
export function openSidebar(locale: Locale, tab: SidebarTab | null = null): void {
  const cache = CacheService.getUserCache();
  if (tab === null) cache.remove(OPEN_TAB_KEY);
  else cache.put(OPEN_TAB_KEY, tab, OPEN_TAB_TTL_SECONDS);
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(t(locale, 'sidebar.title'));
  SpreadsheetApp.getUi().showSidebar(html);
}

/** The tab the sidebar was opened on by a menu item, once: the next read gives null. */
export function takeOpenTab(): SidebarTab | null {
  const cache = CacheService.getUserCache();
  const tab = cache.get(OPEN_TAB_KEY);
  if (tab === null) return null;
  cache.remove(OPEN_TAB_KEY);
  return MENU_TABS.find((known) => known === tab) ?? null;
}
