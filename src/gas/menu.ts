import { ta } from '../core/i18n/actions';
import { tImport } from '../core/i18n/import';
import { tInfluence } from '../core/i18n/influence';
import { tl } from '../core/i18n/limits';
import { tj } from '../core/i18n/journal';
import { t } from '../core/i18n/messages';
import type { Locale } from '../core/types';

/**
 * Builds the add-on menu. It must work under AuthMode.NONE, so it reads nothing but the locale:
 * no PropertiesService, no sheet access (Google forbids both before the add-on is enabled).
 */
export function buildMenu(ui: GoogleAppsScript.Base.Ui, locale: Locale): void {
  ui.createAddonMenu()
    .addItem(t(locale, 'menu.open'), 'showSidebar')
    .addSeparator()
    .addItem(ta(locale, 'menu.format'), 'formatSheetFromMenu')
    .addItem(ta(locale, 'menu.refresh'), 'refreshSheetFromMenu')
    .addItem(ta(locale, 'menu.startReview'), 'startReviewFromMenu')
    .addItem(tImport(locale, 'menu.import'), 'showImportSidebar')
    .addItem(tj(locale, 'menu.capture'), 'captureBaselinesFromMenu')
    .addSeparator()
    .addItem(ta(locale, 'menu.syncCalendar'), 'syncCalendar')
    .addItem(tInfluence(locale, 'menu.build'), 'buildInfluenceReportFromMenu')
    .addSeparator()
    .addItem(tl(locale, 'menu.forgetLinks'), 'forgetOtherCalendarLinks')
    .addToUi();
}
