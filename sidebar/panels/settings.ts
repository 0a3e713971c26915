/**
 * Settings: every field labelled, its help and its problem tied to it with aria-describedby.
 * The core validator runs before the call; the server's problems land on the same fields.
 */
import { PROGRAM_TYPES } from '../../src/core/types';
import type { SidebarKey } from '../../src/core/i18n/sidebar';
import type { App } from '../app';
import { h, type Child } from '../dom';
import { call } from '../server';
import { grant } from './actions';
import { selectField } from '../select-field';
import { fieldId, rawOf, validate, type SettingsDraft } from '../settings-form';

/** Markov orders offered, each with the sentence that says what it means. */
const MARKOV_ORDER_CHOICES: ReadonlyArray<readonly [string, SidebarKey]> = [
  ['1', 'settings.influence.order.1'],
  ['2', 'settings.influence.order.2'],
  ['3', 'settings.influence.order.3'],
  ['4', 'settings.influence.order.4'],
];

function described(...ids: Array<string | null>): string | undefined {
  const list = ids.filter((x): x is string => x !== null);
  return list.length > 0 ? list.join(' ') : undefined;
}

function errorOf(app: App, field: string): { id: string | null; node: Child } {
  const message = app.fieldErrors[field];
  if (!message) return { id: null, node: null };
  const id = `${fieldId(field)}-error`;
  return { id, node: h('p', { id, class: 'field-error' }, '⚠ ', message) };
}

function numberField(
  app: App,
  field: string,
  label: string,
  value: string,
  onInput: (value: string) => void,
  help: string | null = null,
): HTMLElement {
  const id = fieldId(field);
  const error = errorOf(app, field);
  const helpId = help ? `${id}-help` : null;
  return h(
    'div',
    { class: `field${error.id ? ' invalid' : ''}` },
    h('label', { for: id }, label),
    h('input', {
      id,
      type: 'text',
      inputmode: 'numeric',
      autocomplete: 'off',
      value,
      'aria-invalid': error.id ? 'true' : undefined,
      'aria-describedby': described(helpId, error.id),
      oninput: (e) => onInput((e.target as HTMLInputElement).value),
    }),
    help ? h('p', { id: helpId as string, class: 'muted small' }, help) : null,
    error.node,
  );
}

function choiceField(
  app: App,
  field: string,
  label: string,
  value: string,
  options: ReadonlyArray<readonly [string, SidebarKey]>,
  onPick: (value: string) => void,
): HTMLElement {
  const error = errorOf(app, field);
  return selectField({
    id: fieldId(field),
    label,
    options: options.map(([v, key]) => [v, app.tr(key)] as const),
    selected: value,
    onPick,
    describedBy: described(error.id),
    after: error.node,
  });
}

function checkField(
  app: App,
  field: string,
  label: string,
  checked: boolean,
  onToggle: (on: boolean) => void,
): HTMLElement {
  const id = fieldId(field);
  const error = errorOf(app, field);
  return h(
    'div',
    { class: 'field check' },
    h('input', {
      id,
      type: 'checkbox',
      checked,
      'aria-describedby': described(error.id),
      onchange: (e) => onToggle((e.target as HTMLInputElement).checked),
    }),
    h('label', { for: id }, label),
    error.node,
  );
}

async function save(app: App, d: SettingsDraft): Promise<void> {
  const problems = validate(d);
  if (problems.length > 0) {
    app.setProblems(problems);
    app.notice = { kind: 'error', text: app.tr('settings.invalid') };
    app.render();
    const first = app.firstErrorId();
    if (first) app.focus(first);
    return;
  }
  await app.run('action.save', async () => {
    const result = await call('saveSettings', rawOf(d));
    if (!result.ok) {
      app.setProblems(result.problems);
      app.notice =
        result.message === undefined
          ? { kind: 'error', text: app.tr('settings.invalid') }
          : { kind: 'error', text: result.message, ...grant(app, result.authorizationUrl) };
      return;
    }
    await app.refreshState();
    app.notice = { kind: 'ok', text: app.tr('settings.saved') };
  });
  const first = app.firstErrorId();
  if (first) app.focus(first);
}

export function settingsPanel(app: App): HTMLElement {
  const d = app.draft as SettingsDraft;
  return h(
    'form',
    {
      class: 'settings',
      novalidate: true,
      'aria-labelledby': 'settings-title',
      onsubmit: (e) => {
        e.preventDefault();
        void save(app, d);
      },
    },
    h('h2', { id: 'settings-title' }, app.tr('settings.title')),
    numberField(
      app,
      'dueSoonDays',
      app.tr('settings.dueSoon'),
      d.dueSoonDays,
      (v) => (d.dueSoonDays = v),
      app.tr('settings.dueSoon.help'),
    ),
    h(
      'fieldset',
      { class: 'cadence' },
      h('legend', {}, app.tr('settings.cadence')),
      h('p', { class: 'muted small' }, app.tr('settings.cadence.help')),
      PROGRAM_TYPES.map((type) =>
        numberField(
          app,
          `cadenceOverrides.${type}`,
          app.tr(`type.${type}`),
          d.cadence[type],
          (v) => (d.cadence[type] = v),
          app.tr(`settings.default.${type}`),
        ),
      ),
    ),
    choiceField(
      app,
      'calendar',
      app.tr('settings.calendar'),
      d.calendar,
      [
        ['default', 'settings.calendar.default'],
        ['dedicated', 'settings.calendar.dedicated'],
      ],
      (v) => (d.calendar = v),
    ),
    choiceField(
      app,
      'grouping',
      app.tr('settings.grouping'),
      d.grouping,
      [
        ['per_row', 'settings.grouping.per_row'],
        ['per_day', 'settings.grouping.per_day'],
      ],
      (v) => (d.grouping = v),
    ),
    numberField(
      app,
      'reminders.popupMinutes',
      app.tr('settings.popup'),
      d.popupMinutes,
      (v) => (d.popupMinutes = v),
      app.tr('settings.reminder.help'),
    ),
    numberField(
      app,
      'reminders.emailMinutes',
      app.tr('settings.email'),
      d.emailMinutes,
      (v) => (d.emailMinutes = v),
    ),
    checkField(
      app,
      'invitations',
      app.tr('settings.invitations'),
      d.invitations,
      (on) => (d.invitations = on),
    ),
    checkField(
      app,
      'baselineReminders',
      app.tr('settings.baselineReminders'),
      d.baselineReminders,
      (on) => (d.baselineReminders = on),
    ),
    checkField(app, 'colours', app.tr('settings.colours'), d.colours, (on) => (d.colours = on)),
    checkField(
      app,
      'digest.enabled',
      app.tr('settings.digest'),
      d.digestEnabled,
      (on) => (d.digestEnabled = on),
    ),
    numberField(
      app,
      'digest.hour',
      app.tr('settings.digestHour'),
      d.digestHour,
      (v) => (d.digestHour = v),
    ),
    h(
      'fieldset',
      { class: 'influence' },
      h('legend', {}, app.tr('settings.influence')),
      numberField(
        app,
        'influence.windowDays',
        app.tr('settings.influence.window'),
        d.influenceWindow,
        (v) => (d.influenceWindow = v),
        app.tr('settings.influence.window.help'),
      ),
      numberField(
        app,
        'influence.halfLifeDays',
        app.tr('settings.influence.halfLife'),
        d.influenceHalfLife,
        (v) => (d.influenceHalfLife = v),
      ),
      choiceField(
        app,
        'influence.by',
        app.tr('settings.influence.by'),
        d.influenceBy,
        [
          ['campaign', 'settings.influence.by.campaign'],
          ['channel', 'settings.influence.by.channel'],
        ],
        (v) => (d.influenceBy = v),
      ),
      choiceField(
        app,
        'influence.markovOrder',
        app.tr('settings.influence.order'),
        d.influenceOrder,
        MARKOV_ORDER_CHOICES,
        (v) => (d.influenceOrder = v),
      ),
      numberField(
        app,
        'influence.replicates',
        app.tr('settings.influence.replicates'),
        d.influenceReplicates,
        (v) => (d.influenceReplicates = v),
      ),
      checkField(
        app,
        'influence.sameDay',
        app.tr('settings.influence.sameDay'),
        d.influenceSameDay,
        (on) => (d.influenceSameDay = on),
      ),
    ),
    h(
      'button',
      { type: 'submit', id: 'settings-save', class: 'primary', disabled: app.busy !== null },
      app.tr('settings.save'),
    ),
  );
}
