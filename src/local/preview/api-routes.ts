/**
 * The page's own API: what it draws (version, state, one sheet) and what a user does on it (a
 * tab click, a typed cell, a menu click). Every change bumps the version the page polls.
 */
import type { AppsScriptEnvironment } from '@cadence/apps-script-fake';
import { HttpError, readJson, sendJson } from '../http/messages';
import type { Routes } from '../http/serve';
import { EditError, readCellEdit, writeCell } from './cell-edit';
import { runMenuItem, UnknownMenuItem } from './menu-action';
import { sheetView } from './sheet-view';
import { previewState } from './state';

/** What the page has drawn: bumped by every action so its next poll redraws. */
export interface Version {
  readonly current: number;
  bump(): void;
}

export function versionCounter(): Version {
  let current = 1;
  return {
    get current() {
      return current;
    },
    bump: () => void current++,
  };
}

export interface ApiContext {
  readonly env: AppsScriptEnvironment;
  readonly version: Version;
  /** What the page says it shows (the workbook's file name). */
  readonly file: string;
  readonly codeFile: string;
}

function stringField(body: unknown, key: string): string {
  const v = (body as Record<string, unknown> | null)?.[key];
  if (typeof v !== 'string') throw new HttpError(400, `Expected a "${key}" string`);
  return v;
}

/** What the page reads to draw itself. */
export function viewRoutes({ env, version, file }: ApiContext): Routes {
  return {
    'GET /api/version': (_req, res) => sendJson(res, 200, { version: version.current }),
    'GET /api/state': (_req, res) => sendJson(res, 200, previewState(env, version.current, file)),
    'GET /api/sheet': (_req, res, url) => {
      const name = url.searchParams.get('name') ?? '';
      if (!env.spreadsheet.getSheetByName(name)) throw new HttpError(404, 'No such sheet');
      sendJson(res, 200, sheetView(env, name));
    },
  };
}

/** What a user does on the page: a tab click, a typed cell, a menu click. */
export function actionRoutes({ env, version, codeFile }: ApiContext): Routes {
  return {
    'POST /api/activate': async (req, res) => {
      const sheet = env.spreadsheet.getSheetByName(stringField(await readJson(req), 'sheet'));
      if (!sheet) throw new HttpError(404, 'No such sheet');
      env.spreadsheet.setActiveSheet(sheet);
      version.bump();
      sendJson(res, 200, { ok: true, message: '' });
    },
    'POST /api/cell': async (req, res) => {
      try {
        writeCell(env, readCellEdit(await readJson(req)));
      } catch (error) {
        if (error instanceof EditError)
          return sendJson(res, 200, { ok: false, message: error.message });
        throw error;
      }
      version.bump();
      sendJson(res, 200, { ok: true, message: '' });
    },
    'POST /api/menu': async (req, res) => {
      const functionName = stringField(await readJson(req), 'functionName');
      try {
        const answer = runMenuItem(env, functionName, codeFile);
        version.bump();
        sendJson(res, 200, answer);
      } catch (error) {
        if (error instanceof UnknownMenuItem) throw new HttpError(400, error.message);
        throw error;
      }
    },
  };
}
