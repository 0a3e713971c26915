/**
 * A button that calls the server: never a form submit, and disabled while any call runs — app.ts's
 * one busy rule, so nothing fires twice. `disabled` in `props` disables it at other times too.
 */
import type { App } from './app';
import { h, type Child, type Props } from './dom';

export function serverButton(app: App, props: Props, ...children: Child[]): HTMLButtonElement {
  return h(
    'button',
    { type: 'button', ...props, disabled: app.busy !== null || props.disabled === true },
    ...children,
  );
}
