/**
 * Actions: the sheet actions, the calendar sync (always a dry run first, then Apply) and the
 * .ics download.
 */
import type { CalendarPreview } from '../../src/gas/api';
import type { SidebarKey } from '../../src/core/i18n/sidebar';
import type { App } from '../app';
import { h } from '../dom';
import { serverButton } from '../server-button';
import { call } from '../server';
import { formatDate } from '../format';
import { tl } from '../../src/core/i18n/limits';

function actionBlock(
  app: App,
  id: string,
  label: SidebarKey,
  help: SidebarKey,
  onClick: () => void,
  primary = false,
): HTMLElement {
  return h(
    'div',
    { class: 'action' },
    serverButton(
      app,
      {
        id,
        class: primary ? 'primary' : 'secondary',
        'aria-describedby': `${id}-help`,
        onclick: onClick,
      },
      app.tr(label),
    ),
    h('p', { id: `${id}-help`, class: 'muted small' }, app.tr(help)),
  );
}

function previewBlock(app: App, p: CalendarPreview): HTMLElement {
  const nothing = p.create + p.update + p.remove === 0;
  return h(
    'div',
    { class: 'card preview', id: 'sync-preview' },
    nothing
      ? h('p', {}, app.tr('sync.upToDate'))
      : [
          h(
            'p',
            { class: 'strong', id: 'sync-diff' },
            app.tr('sync.diff', { create: p.create, update: p.update, remove: p.remove }),
          ),
          p.keep > 0
            ? h('p', { class: 'muted small' }, app.tr('sync.keep', { keep: p.keep }))
            : null,
          p.changes.length > 0
            ? h(
                'ul',
                { class: 'plain small changes' },
                p.changes.map((c) =>
                  h(
                    'li',
                    {},
                    h('span', { class: `tag ${c.action}` }, app.tr(`sync.change.${c.action}`)),
                    ' ',
                    formatDate(app.locale, c.date, false),
                    ' · ',
                    c.title,
                  ),
                ),
              )
            : null,
        ],
    h(
      'div',
      { class: 'row' },
      nothing
        ? null
        : serverButton(
            app,
            {
              id: 'sync-apply',
              class: 'primary',
              onclick: () => void applySync(app),
            },
            app.tr('action.apply'),
          ),
      serverButton(
        app,
        {
          id: 'sync-cancel',
          class: 'secondary',
          onclick: () => {
            app.preview = null;
            app.render();
            app.focus('action-sync');
          },
        },
        app.tr('action.cancel'),
      ),
    ),
  );
}

/** "Cadence needs access to your Calendar…" — [Grant access]: Google's consent page. */
export function grant(
  app: App,
  url: string | undefined,
): { link?: { href: string; label: string } } {
  return url === undefined ? {} : { link: { href: url, label: tl(app.locale, 'auth.grant') } };
}

async function previewSync(app: App): Promise<void> {
  app.preview = null;
  const shown = await app.run('action.sync', async () => {
    const p = await call('previewCalendarSync');
    if (p.ok) app.preview = p;
    else app.notice = { kind: 'error', text: p.message, ...grant(app, p.authorizationUrl) };
    return p.ok ? p : null;
  });
  if (shown)
    app.focus(shown.create + shown.update + shown.remove > 0 ? 'sync-apply' : 'sync-cancel');
}

async function applySync(app: App): Promise<void> {
  await app.run('action.sync', async () => {
    const r = await call('applyCalendarSync');
    const summary = app.tr('sync.done', {
      created: r.created,
      updated: r.updated,
      deleted: r.deleted,
    });
    const remaining =
      r.remaining > 0 ? ` ${app.tr('sync.remaining', { remaining: r.remaining })}` : '';
    // A sync continuing in the background is progress, not a failure.
    app.notice = {
      kind: r.ok || r.continuing === true ? 'ok' : 'error',
      text: r.message || summary + remaining,
      ...grant(app, r.authorizationUrl),
    };
    app.preview = null;
  });
  app.focus('action-sync');
}

/** Hands the file to the browser as a download; the content never touches the DOM as markup. */
function download(filename: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'text/calendar;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function exportIcs(app: App): Promise<void> {
  await app.run('action.ics', async () => {
    const file = await call('exportIcs');
    download(file.filename, file.content);
    app.notice = { kind: 'ok', text: app.tr('ics.done', { filename: file.filename }) };
  });
}

export function actionsPanel(app: App): HTMLElement {
  return h(
    'div',
    {},
    h('h2', { class: 'sr' }, app.tr('actions.title')),
    actionBlock(
      app,
      'action-refresh',
      'action.refresh',
      'action.refresh.help',
      () => void app.action('action.refresh', () => call('refreshSheet')),
      true,
    ),
    actionBlock(
      app,
      'action-start',
      'action.startReview',
      'action.startReview.help',
      () => void app.action('action.startReview', () => call('startReview')),
    ),
    actionBlock(
      app,
      'action-format',
      'action.format',
      'action.format.help',
      () => void app.action('action.format', () => call('formatSheet')),
    ),
    actionBlock(app, 'action-sync', 'action.sync', 'action.sync.help', () => void previewSync(app)),
    app.preview ? previewBlock(app, app.preview) : null,
    actionBlock(app, 'action-ics', 'action.ics', 'action.ics.help', () => void exportIcs(app)),
  );
}
