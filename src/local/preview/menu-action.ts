/**
 * A click on an add-on menu item: runs that function of the real dist/Code.js (a fresh execution,
 * as Apps Script runs each menu click) and answers with what the user saw: the toast or alert it
 * showed, or the error Sheets would report.
 */
import type { AppsScriptEnvironment } from '@cadence/apps-script-fake';
import { loadAddOn } from '../code-runtime';
import { menuFunctions } from './state';
import type { ActionAnswer } from './view-types';

export class UnknownMenuItem extends Error {}

export function runMenuItem(
  env: AppsScriptEnvironment,
  functionName: unknown,
  codeFile?: string,
): ActionAnswer {
  // Only what the menu offers: the page is not a way to call arbitrary script functions.
  if (typeof functionName !== 'string' || !menuFunctions(env).has(functionName))
    throw new UnknownMenuItem(`"${String(functionName)}" is not an item of the add-on menu.`);
  const toasts = env.ui.toasts.length;
  const alerts = env.ui.alerts.length;
  const panels = env.ui.panels.length;
  try {
    loadAddOn(env, codeFile).call(functionName);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const alert = env.ui.alerts[alerts];
  if (alert) return { ok: false, message: alert.prompt };
  const toast = env.ui.toasts[env.ui.toasts.length - 1];
  if (env.ui.toasts.length > toasts && toast) return { ok: true, message: toast.message };
  const panel = env.ui.panels[panels];
  if (panel) return { ok: true, message: `${panel.title || 'Sidebar'} opened.` };
  return { ok: true, message: 'Done.' };
}
