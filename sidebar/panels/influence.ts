/** Influence: one button that builds the influence report sheet, and its answer. */
import type { App } from '../app';
import { h } from '../dom';
import { call } from '../server';
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
    warehousePanel(app),
  );
}
