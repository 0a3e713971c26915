/**
 * A labelled <select>: the one way the sidebar offers a choice in a list (the Settings form's
 * choices, the Import panel's tab, sheet, column and close-call picks).
 */
import { h, type Child } from './dom';

export interface SelectField {
  readonly id: string;
  readonly label: string;
  /** [value, text shown] pairs, in the order shown. */
  readonly options: ReadonlyArray<readonly [string, string]>;
  readonly selected: string;
  readonly onPick: (value: string) => void;
  readonly disabled?: boolean;
  readonly describedBy?: string;
  /** Shown under the select (its problem, its help). */
  readonly after?: Child;
}

export function selectField(f: SelectField): HTMLElement {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: f.id }, f.label),
    h(
      'select',
      {
        id: f.id,
        disabled: f.disabled === true,
        'aria-describedby': f.describedBy,
        onchange: (e) => f.onPick((e.target as HTMLSelectElement).value),
      },
      f.options.map(([value, text]) =>
        h('option', { value, selected: value === f.selected }, text),
      ),
    ),
    f.after ?? null,
  );
}
