/**
 * Overview: counts by status and the incomplete review columns, each one a button that selects
 * it in the sheet; then the due list.
 */
import type { Overview } from '../../src/gas/api';
import type { ReviewStatus } from '../../src/core/types';
import type { App } from '../app';
import { h } from '../dom';
import { serverButton } from '../server-button';
import { call } from '../server';
import { formatDate, formatList, formatNumber } from '../format';
import { dueList } from './due-list';
import { STATUS_ICONS, statusLabel } from './status-words';

const SHOWN: readonly ReviewStatus[] = ['urgent', 'overdue', 'due_soon', 'collecting', 'ok'];

function counts(app: App, o: Overview): HTMLElement {
  const statuses =
    o.counts.unscheduled > 0
      ? [...SHOWN.slice(0, 4), 'unscheduled' as const, 'ok' as const]
      : SHOWN;
  return h(
    'ul',
    { class: 'counts', 'aria-label': app.tr('overview.counts') },
    statuses.map((status) => {
      const count = o.counts[status];
      const label = statusLabel(app, status);
      const first = o.rows.find((r) => r.status === status);
      return h(
        'li',
        {},
        serverButton(
          app,
          {
            id: `count-${status}`,
            class: `count st-${status}`,
            disabled: !first,
            'aria-describedby': 'hint-status',
            onclick: () => {
              app.filters.status = status;
              app.shown = 40;
              if (first) void app.select(() => call('selectRow', first.row));
            },
          },
          h('span', { class: 'num' }, formatNumber(app.locale, count)),
          h(
            'span',
            { class: 'word' },
            h('span', { 'aria-hidden': 'true' }, STATUS_ICONS[status], ' '),
            label,
          ),
        ),
      );
    }),
  );
}

function columns(app: App, o: Overview): HTMLElement {
  const incomplete = o.columns.filter((c) => c.status === 'incomplete');
  return h(
    'div',
    { class: 'card' },
    h('h2', {}, app.tr('overview.columns')),
    incomplete.length === 0
      ? h('p', { class: 'muted' }, app.tr('overview.columnsAllDone'))
      : [
          h('p', {}, app.tr('overview.incomplete', { count: incomplete.length })),
          h(
            'ul',
            { class: 'plain' },
            incomplete.map((c) =>
              h(
                'li',
                {},
                serverButton(
                  app,
                  {
                    id: `column-${c.column}`,
                    class: 'link',
                    'aria-describedby': 'hint-column',
                    onclick: () => void app.select(() => call('selectColumn', c.column)),
                  },
                  app.tr('overview.column', {
                    column: c.column,
                    date: formatDate(app.locale, c.date),
                  }),
                ),
                h(
                  'span',
                  { class: 'muted small block' },
                  app.tr('overview.missing', { rows: formatList(app.locale, c.missingRows) }),
                ),
              ),
            ),
          ),
        ],
  );
}

/** Cells Cadence could not read, each with its reason and a link to its row. */
function diagnostics(app: App, o: Overview): HTMLElement {
  const shown = o.diagnostics.slice(0, 20);
  return h(
    'details',
    { class: 'card diagnostics' },
    h('summary', {}, app.tr('overview.diagnostics', { count: o.diagnostics.length })),
    h(
      'ul',
      { class: 'plain' },
      shown.map((d) =>
        h(
          'li',
          { class: 'small' },
          serverButton(
            app,
            {
              class: 'link',
              'aria-label': app.tr('due.selectRow', { row: d.row, name: d.cell }),
              onclick: () => void app.select(() => call('selectRow', d.row)),
            },
            d.cell,
          ),
          ' ',
          h('span', { class: d.severity === 'warning' ? 'warn' : 'muted' }, d.message),
        ),
      ),
    ),
  );
}

export function overviewPanel(app: App): HTMLElement {
  const o = app.state?.overview ?? null;
  if (!o) {
    return h(
      'div',
      {},
      h('p', {}, app.tr('overview.none')),
      serverButton(
        app,
        {
          id: 'overview-format',
          class: 'primary',
          onclick: () => void app.action('action.format', () => call('formatSheet')),
        },
        app.tr('action.format'),
      ),
    );
  }
  return h(
    'div',
    {},
    h(
      'p',
      { class: 'muted small' },
      app.tr('overview.sheet', { name: o.sheetName, date: formatDate(app.locale, o.today) }),
    ),
    h('span', { id: 'hint-status', class: 'sr' }, app.tr('overview.selectStatus')),
    h('span', { id: 'hint-column', class: 'sr' }, app.tr('overview.selectColumn')),
    h('div', { class: 'card' }, h('h2', {}, app.tr('overview.counts')), counts(app, o)),
    columns(app, o),
    o.diagnostics.length > 0 ? diagnostics(app, o) : null,
    dueList(app, o),
  );
}
