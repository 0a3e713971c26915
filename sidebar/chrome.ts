/**
 * The sidebar's chrome around the open panel: the title with the language switch, the tab list
 * (arrow keys, Home and End move between tabs, as the WAI-ARIA tabs pattern asks), the status
 * line and the alert. Each is rebuilt from the App's state on every render.
 */
import type { App } from './app';
import { TABS } from './app';
import { h } from './dom';

/** The title and the language switch. */
export function headerBar(app: App): HTMLElement {
  return h(
    'header',
    { class: 'top' },
    h('h1', {}, 'Cadence'),
    h(
      'label',
      { class: 'lang' },
      h('span', { class: 'sr' }, app.tr('app.language')),
      h(
        'select',
        {
          id: 'language',
          disabled: app.busy !== null,
          onchange: (e) => void app.switchLanguage((e.target as HTMLSelectElement).value),
        },
        h('option', { value: 'en', selected: app.locale === 'en', lang: 'en' }, 'English'),
        h('option', { value: 'fr', selected: app.locale === 'fr', lang: 'fr' }, 'Français'),
      ),
    ),
  );
}

/** The tabs, one selected, keyboard-operable. */
export function tabList(app: App): HTMLElement {
  return h(
    'div',
    { class: 'tabs', role: 'tablist', 'aria-label': app.tr('app.tabs') },
    TABS.map((tab, i) =>
      h(
        'button',
        {
          type: 'button',
          role: 'tab',
          id: `tab-${tab}`,
          'aria-selected': String(tab === app.tab),
          'aria-controls': 'panel',
          tabindex: tab === app.tab ? 0 : -1,
          onclick: () => app.setTab(tab),
          onkeydown: (e) => {
            const key = (e as KeyboardEvent).key;
            const step = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
            if (step === 0 && key !== 'Home' && key !== 'End') return;
            e.preventDefault();
            const next =
              key === 'Home'
                ? 0
                : key === 'End'
                  ? TABS.length - 1
                  : (i + step + TABS.length) % TABS.length;
            app.setTab(TABS[next], true);
          },
        },
        app.tr(`tab.${tab}`),
      ),
    ),
  );
}

/** What is running, or what just succeeded. */
export function statusLine(app: App): HTMLElement {
  return h(
    'div',
    { id: 'status', class: 'status', role: 'status' },
    app.busy
      ? h(
          'span',
          { class: 'busy' },
          h('span', { class: 'spinner', 'aria-hidden': 'true' }),
          app.tr('busy.working', { action: app.tr(app.busy) }),
        )
      : app.notice?.kind === 'ok'
        ? h('span', { class: 'ok' }, '✓ ', app.notice.text)
        : null,
  );
}

/** The last error in plain words, with the link that fixes it when there is one. */
export function alertBox(app: App): HTMLElement {
  return h(
    'div',
    { id: 'alert', class: 'alert', role: 'alert' },
    !app.busy && app.notice?.kind === 'error'
      ? [
          '⚠ ',
          app.notice.text,
          app.notice.link
            ? [
                ' — ',
                h(
                  'a',
                  {
                    id: 'grant-access',
                    href: app.notice.link.href,
                    target: '_blank',
                    rel: 'noopener noreferrer',
                  },
                  app.notice.link.label,
                ),
              ]
            : null,
        ]
      : null,
    app.loadError ? ['⚠ ', app.loadError] : null,
  );
}
