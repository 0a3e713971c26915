/**
 * The Influence tab's holdout planner: base rate, smallest lift to detect, power and weekly
 * volume in; prospects per group and weeks out, as a sentence from the server (core's planner,
 * R's power.prop.test). What the user typed survives every re-render of the panel.
 */
import { tIncrementality, type IncrementalityKey } from '../../src/core/i18n/incrementality';
import type { App, Notice } from '../app';
import { h } from '../dom';
import {
  PLANNER_DEFAULTS,
  plannerRequest,
  type PlannerDraft,
  type PlannerField,
} from '../planner-form';
import { call } from '../server';

const draft: PlannerDraft = { ...PLANNER_DEFAULTS };
let answer: Notice | null = null;
let invalid: PlannerField | null = null;

const LABELS: Readonly<Record<PlannerField, IncrementalityKey>> = {
  baseRate: 'form.baseRate',
  lift: 'form.lift',
  power: 'form.power',
  weekly: 'form.weekly',
};

async function submit(app: App): Promise<void> {
  const read = plannerRequest(draft, app.locale);
  if (!read.ok) {
    invalid = read.field;
    answer = null;
    app.render();
    return;
  }
  invalid = null;
  await app.run('action.planHoldout', async () => {
    const r = await call('planHoldoutTest', read.request);
    answer = { kind: r.ok ? 'ok' : 'error', text: r.message };
  });
}

export function holdoutPlanner(app: App): HTMLElement {
  const say = (key: IncrementalityKey) => tIncrementality(app.locale, key);
  const field = (name: PlannerField) => {
    const id = `planner-${name}`;
    const bad = invalid === name;
    return h(
      'div',
      { class: `field${bad ? ' invalid' : ''}` },
      h('label', { for: id }, say(LABELS[name])),
      h('input', {
        id,
        type: 'text',
        inputmode: 'decimal',
        autocomplete: 'off',
        value: draft[name],
        'aria-invalid': bad ? 'true' : undefined,
        'aria-describedby': bad ? `${id}-error` : undefined,
        oninput: (e) => {
          draft[name] = (e.target as HTMLInputElement).value;
        },
      }),
      bad
        ? h(
            'p',
            { id: `${id}-error`, class: 'field-error' },
            '⚠ ',
            tIncrementality(app.locale, 'plan.problem.number', {
              flag: say(LABELS[name]),
              value: draft[name],
            }),
          )
        : null,
    );
  };
  return h(
    'form',
    {
      id: 'holdout-planner',
      'aria-labelledby': 'holdout-planner-title',
      onsubmit: (e) => {
        e.preventDefault();
        void submit(app);
      },
    },
    h('h3', { id: 'holdout-planner-title' }, say('form.title')),
    h('p', { class: 'muted' }, say('form.help')),
    field('baseRate'),
    field('lift'),
    field('power'),
    field('weekly'),
    h(
      'button',
      { type: 'submit', id: 'holdout-plan', disabled: app.busy !== null },
      say('form.submit'),
    ),
    answer
      ? h(
          'p',
          {
            id: 'holdout-plan-result',
            class: answer.kind === 'ok' ? 'ok' : 'field-error',
            role: 'status',
          },
          answer.kind === 'ok' ? '✓ ' : '⚠ ',
          answer.text,
        )
      : null,
  );
}
