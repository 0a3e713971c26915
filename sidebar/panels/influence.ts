/**
 * Influence: one button that builds the influence report sheet, and its answer: the readiness
 * checks (the questions to ask before trusting any model, a worry marked ⚠) and the campaigns the
 * data cannot rank ("tied within noise"). Every string is a text node (dom.ts): campaign names are
 * sheet data.
 */
import { tReadiness } from '../../src/core/i18n/readiness';
import type { App } from '../app';
import { h } from '../dom';
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
  );
}
import { warehousePanel } from './warehouse-sql';

export function influencePanel(app: App): HTMLElement {
  return h(
    'div',
    {},
    h('h2', {}, app.tr('influence.title')),
    h('p', { class: 'muted', id: 'influence-help' }, app.tr('influence.help')),
    h(
      'button',
      {
        type: 'button',
        id: 'influence-build',
        class: 'primary',
        disabled: app.busy !== null,
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
