/**
 * The Influence tab's warehouse section: the path-table SQL for a BigQuery touch table or a GA4
 * export, with a Copy button and the steps (run it in BigQuery or as a Connected Sheets extract,
 * save it as a "Paths" tab, build the report: Cadence reads that tab in paths format). Built in
 * the browser from core: no server call, no new OAuth scope.
 */
import { warehouseSql, describeWarehouseProblem } from '../../src/core/attribution/sql';
import { tBig } from '../../src/core/i18n/big-data';
import type { App } from '../app';
import { h } from '../dom';

/** What the user typed, kept across re-renders of the panel. */
const typed = { table: '', ga4: '', keyEvent: 'purchase' };
let opened = false;

function sqlFor(app: App): { sql: string; error: string | null } {
  const influence = app.state?.settings.influence;
  const result = warehouseSql(
    {
      dialect: 'bigquery',
      table: typed.table.trim() || undefined,
      ga4: typed.ga4.trim() || undefined,
      keyEvent: typed.ga4.trim() ? typed.keyEvent.trim() || undefined : undefined,
      by: influence?.by ?? 'campaign',
      windowDays: influence?.windowDays ?? 90,
      // The spreadsheet's zone, as every report of the add-on (the browser's may differ: a
      // traveller, a colleague abroad); the query's header names it.
      timeZone: app.state?.timeZone ?? 'UTC',
    },
    app.locale,
  );
  return result.ok
    ? { sql: result.sql, error: null }
    : { sql: '', error: describeWarehouseProblem(app.locale, result.problem) };
}

export function warehousePanel(app: App): HTMLElement {
  const say = (key: Parameters<typeof tBig>[1]) => tBig(app.locale, key);
  const output = h('textarea', {
    id: 'warehouse-sql',
    readonly: true,
    rows: 8,
    spellcheck: 'false',
    'aria-label': say('panel.sql'),
  });
  const status = h('p', { id: 'warehouse-status', role: 'status', class: 'muted' });
  const refresh = () => {
    const { sql, error } = sqlFor(app);
    output.value = sql;
    status.textContent = error ?? '';
  };
  const field = (id: string, label: string, key: keyof typeof typed, placeholder: string) =>
    h(
      'label',
      { for: id },
      label,
      h('input', {
        id,
        type: 'text',
        value: typed[key],
        placeholder,
        autocomplete: 'off',
        oninput: (e: Event) => {
          typed[key] = (e.target as HTMLInputElement).value;
          refresh();
        },
      }),
    );
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(output.value);
      status.textContent = say('panel.copied');
    } catch {
      // Sidebars run in a sandboxed frame that may refuse the clipboard: select it for the user.
      output.select();
      status.textContent = say('panel.copyFailed');
    }
  };
  const panel = h(
    'details',
    {
      id: 'warehouse',
      open: opened,
      ontoggle: (e: Event) => {
        opened = (e.target as HTMLDetailsElement).open;
      },
    },
    h('summary', {}, say('panel.title')),
    h('p', { class: 'muted' }, say('panel.help')),
    field('warehouse-table', say('panel.table'), 'table', 'my-project.crm.touches'),
    field('warehouse-ga4', say('panel.ga4'), 'ga4', 'my-project.analytics_123456'),
    field('warehouse-key-event', say('panel.keyEvent'), 'keyEvent', 'purchase'),
    output,
    h(
      'button',
      { type: 'button', id: 'warehouse-copy', onclick: () => void copy() },
      say('panel.copy'),
    ),
    status,
    h('h3', {}, say('panel.steps')),
    h(
      'ol',
      { id: 'warehouse-steps' },
      ...(['sql.step1', 'sql.step2', 'sql.step3'] as const).map((k) => h('li', {}, say(k))),
    ),
  );
  refresh();
  return panel;
}
