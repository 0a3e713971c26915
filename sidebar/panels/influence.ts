/**
 * Influence: one button that builds the influence report sheet, and its answer: the readiness
 * checks (the questions to ask before trusting any model, a worry marked ⚠), the campaigns the
 * data cannot rank ("tied within noise"), the lift table with its caveat first (correlation, not
 * proof) and the holdout tests when the spreadsheet has a holdout tab. Every string is a text node
 * (dom.ts): campaign names are sheet data; the words come from the server in the user's language.
 */
import type { SummaryTable } from '../../src/core/sheet-plans/influence';
import { tReadiness } from '../../src/core/i18n/readiness';
import type { App } from '../app';
import { h } from '../dom';
import { serverButton } from '../server-button';
import { call } from '../server';
import { holdoutPlanner } from './holdout-planner';

function summary(app: App): HTMLElement | null {
  const s = app.influenceSummary;
  if (!s) return null;
  return h(
    'div',
    { id: 'influence-summary' },
    h('h3', {}, tReadiness(app.locale, 'block.heading')),
    h(
      'ul',
      { id: 'influence-readiness', class: 'readiness' },
      s.readiness.map((item) =>
        h(
          'li',
          { class: item.warn ? 'warn' : 'ok' },
          h('strong', {}, `${item.warn ? '⚠ ' : '✓ '}${item.label}`),
          ' — ',
          item.sentence,
        ),
      ),
    ),
    h('h3', {}, tReadiness(app.locale, 'ties.heading')),
    h(
      'ul',
      { id: 'influence-ties' },
      (s.ties.length > 0 ? s.ties : [tReadiness(app.locale, 'ties.none')]).map((t) =>
        h('li', {}, t),
      ),
    ),
    s.lift ? compactTable(s.lift, 'influence-lift', true) : null,
    s.holdout ? compactTable(s.holdout, 'influence-holdout', false) : null,
  );
}

/**
 * A lift or holdout table, five columns that fit 300 pixels: each figure with its details in
 * smaller lines under it; long names wrap, nothing is cut. `caveat`: the first sentence is the
 * warning every lift figure carries, marked ⚠.
 */
function compactTable(table: SummaryTable, id: string, caveat: boolean): HTMLElement {
  return h(
    'section',
    { id },
    h('h3', {}, table.heading),
    table.sentences.map((sentence, i) =>
      h(
        'p',
        { class: caveat && i === 0 && table.rows.length > 0 ? 'caveat' : 'muted' },
        caveat && i === 0 && table.rows.length > 0 ? `⚠ ${sentence}` : sentence,
      ),
    ),
    table.rows.length === 0
      ? null
      : h(
          'table',
          { class: 'compact' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              table.header.map((text) => h('th', { scope: 'col' }, text)),
            ),
          ),
          h(
            'tbody',
            {},
            table.rows.map((cells) =>
              h(
                'tr',
                {},
                cells.map((cell, i) =>
                  h(
                    i === 0 ? 'th' : 'td',
                    i === 0 ? { scope: 'row' } : {},
                    i === 0 ? cell.text : h('span', { class: 'figure' }, cell.text),
                    cell.detail.map((line) => h('span', { class: 'detail figure' }, line)),
                    cell.note ? h('span', { class: 'detail' }, cell.note) : null,
                  ),
                ),
              ),
            ),
          ),
        ),
  );
}
import { warehousePanel } from './warehouse-sql';

export function influencePanel(app: App): HTMLElement {
  return h(
    'div',
    {},
    h('h2', {}, app.tr('influence.title')),
    h('p', { class: 'muted', id: 'influence-help' }, app.tr('influence.help')),
    serverButton(
      app,
      {
        id: 'influence-build',
        class: 'primary',
        'aria-describedby': 'influence-help',
        onclick: () =>
          void app.run('action.influence', async () => {
            const r = await call('buildInfluenceReport');
            app.influence = { kind: r.ok ? 'ok' : 'error', text: r.message };
            app.influenceSummary = r.summary ?? null;
          }),
      },
      app.tr('influence.build'),
    ),
    app.influence
      ? h(
          'p',
          { id: 'influence-result', class: app.influence.kind === 'ok' ? 'ok' : 'field-error' },
          app.influence.kind === 'ok' ? '✓ ' : '⚠ ',
          app.influence.text,
        )
      : null,
    summary(app),
    holdoutPlanner(app),
    warehousePanel(app),
  );
}
