/**
 * The due list: rows most pressing first, grouped by week, filterable by type, owner and status.
 * Every value from the sheet (names, owners, groups) goes in as text.
 */
import type { DueRow, Overview } from '../../src/gas/api';
import {
  PROGRAM_TYPES,
  REVIEW_STATUSES,
  type ProgramType,
  type ReviewStatus,
} from '../../src/core/types';
import type { App } from '../app';
import { h } from '../dom';
import { serverButton } from '../server-button';
import { call } from '../server';
import { changeWord, formatChange, formatSignedChange } from '../../src/core/stats/change-format';
import { formatDate, formatNumber } from '../format';
import { sparkline } from '../sparkline';
import { groupByWeek, type WeekGroup } from '../weeks';
import { STATUS_ICONS, statusLabel } from './status-words';

function typeLabel(app: App, type: ProgramType | null): string {
  return type ? app.tr(`type.${type}`) : app.tr('due.noType');
}

function filterSelect(
  app: App,
  id: string,
  label: string,
  value: string,
  options: ReadonlyArray<readonly [string, string]>,
  onPick: (value: string) => void,
): HTMLElement {
  return h(
    'label',
    { class: 'filter' },
    h('span', {}, label),
    h(
      'select',
      { id, onchange: (e) => onPick((e.target as HTMLSelectElement).value) },
      h('option', { value: '', selected: value === '' }, app.tr('due.all')),
      options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)),
    ),
  );
}

function lastChange(app: App, row: DueRow): HTMLElement {
  const c = row.lastChange;
  if (!c) return h('span', { class: 'muted' }, app.tr('change.none'));
  // One unit rule with the sheet and the CLI (core's change-format): a rate's change in points,
  // a count's relative to the previous value; ▲/▼ is the sign, the word and colour the verdict.
  return h(
    'span',
    { class: `chg ${c.direction}` },
    h('span', { 'aria-hidden': 'true' }, formatChange(c, row.isRate, app.locale)),
    h('span', { class: 'sr-only' }, formatSignedChange(c, row.isRate, app.locale)),
    ` ${changeWord(c.direction, app.locale)}`,
  );
}

function rowItem(app: App, row: DueRow): HTMLElement {
  const name = row.name.trim() === '' ? app.tr('due.unnamed', { row: row.row }) : row.name;
  const values = row.series.map((v) => formatNumber(app.locale, v)).join(', ');
  return h(
    'li',
    { class: `due st-${row.status}` },
    h(
      'div',
      { class: 'due-head' },
      serverButton(
        app,
        {
          id: `row-${row.row}`,
          class: 'link name',
          'aria-label': app.tr('due.selectRow', { row: row.row, name }),
          onclick: () => void app.select(() => call('selectRow', row.row)),
        },
        name,
      ),
      sparkline(row.series, app.tr('sparkline.label', { values })),
    ),
    h(
      'div',
      { class: 'small' },
      h(
        'span',
        { class: `badge st-${row.status}` },
        h('span', { 'aria-hidden': 'true' }, STATUS_ICONS[row.status], ' '),
        statusLabel(app, row.status),
      ),
      ' · ',
      typeLabel(app, row.type),
      row.group ? [' · ', h('span', { class: 'group' }, row.group)] : null,
    ),
    h(
      'div',
      { class: 'small muted' },
      h('span', { class: 'owner' }, row.owner ?? app.tr('due.noOwner')),
      row.nextReview
        ? [' · ', app.tr('due.next', { date: formatDate(app.locale, row.nextReview, false) })]
        : null,
    ),
    h(
      'div',
      { class: 'small' },
      app.tr('change.label'),
      ' ',
      lastChange(app, row),
      ' · ',
      app.tr(`trend.${row.trend}`),
    ),
    // Why this date: the playbook rule in words, so the user can check it.
    row.reasons.length > 0 ? h('div', { class: 'small muted reason' }, row.reasons[0]) : null,
    // Why it changed, from the review journal.
    row.latestReason
      ? h(
          'div',
          { class: 'small latest-reason' },
          app.tr('due.latestReason', { reason: row.latestReason }),
        )
      : null,
  );
}

function groupTitle(app: App, g: WeekGroup): string {
  switch (g.kind) {
    case 'before':
      return app.tr('due.before');
    case 'this_week':
      return app.tr('due.thisWeek');
    case 'week':
      return app.tr('due.week', { date: formatDate(app.locale, g.monday, false) });
    case 'no_date':
      return app.tr('due.unscheduledGroup');
  }
}

function matches(app: App, row: DueRow): boolean {
  const f = app.filters;
  return (
    (f.type === '' || row.type === f.type) &&
    (f.owner === '' || row.owner === f.owner) &&
    (f.status === '' || row.status === f.status)
  );
}

export function dueList(app: App, o: Overview): HTMLElement {
  const owners = [...new Set(o.rows.map((r) => r.owner).filter((x): x is string => !!x))].sort(
    (a, b) => a.localeCompare(b, app.locale),
  );
  const types = PROGRAM_TYPES.filter((t) => o.rows.some((r) => r.type === t));
  const filtered = o.rows.filter((r) => matches(app, r));
  const visible = filtered.slice(0, app.shown);
  const refilter = (apply: () => void) => {
    apply();
    app.shown = 40;
    app.render();
  };
  return h(
    'div',
    { class: 'card' },
    h('h2', {}, app.tr('due.title')),
    h(
      'div',
      { class: 'filters' },
      filterSelect(
        app,
        'filter-type',
        app.tr('due.filterType'),
        app.filters.type,
        types.map((t) => [t, typeLabel(app, t)] as const),
        (v) => refilter(() => (app.filters.type = v as ProgramType | '')),
      ),
      filterSelect(
        app,
        'filter-owner',
        app.tr('due.filterOwner'),
        app.filters.owner,
        owners.map((x) => [x, x] as const),
        (v) => refilter(() => (app.filters.owner = v)),
      ),
      filterSelect(
        app,
        'filter-status',
        app.tr('due.filterStatus'),
        app.filters.status,
        REVIEW_STATUSES.filter((s) => o.counts[s] > 0).map(
          (s) => [s, statusLabel(app, s)] as const,
        ),
        (v) => refilter(() => (app.filters.status = v as ReviewStatus | '')),
      ),
    ),
    visible.length === 0
      ? h('p', { class: 'muted' }, app.tr('due.empty'))
      : groupByWeek(visible, o.today).map((g) =>
          h(
            'div',
            { class: 'week' },
            h('h3', {}, groupTitle(app, g)),
            h(
              'ul',
              { class: 'plain' },
              g.rows.map((r) => rowItem(app, r)),
            ),
          ),
        ),
    filtered.length > visible.length
      ? h(
          'button',
          {
            type: 'button',
            id: 'due-more',
            class: 'secondary',
            onclick: () => {
              app.shown += 40;
              app.render();
            },
          },
          app.tr('due.more', {
            count: Math.min(40, filtered.length - visible.length),
          }),
        )
      : null,
  );
}
