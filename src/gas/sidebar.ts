import { t } from '../core/i18n/messages';
import type { Locale } from '../core/types';

/** Google's editor sidebars are 300 px wide; the HTML is dist/Sidebar.html, fully inlined. */
export function openSidebar(locale: Locale): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(t(locale, 'sidebar.title'));
  SpreadsheetApp.getUi().showSidebar(html);
}
