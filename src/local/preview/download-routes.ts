/** The page's two downloads: the workbook as the add-on left it, and the calendar as .ics. */
import path from 'path';
import type { AppsScriptEnvironment } from '@cadence/apps-script-fake';
import { loadAddOn } from '../code-runtime';
import { workbookBuffer } from '../files/workbook-out';
import { send } from '../http/messages';
import type { Routes } from '../http/serve';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file name a browser saves as given: anything but letters, digits, `.` and `-` becomes `_`. */
function attachment(name: string): Record<string, string> {
  return { 'Content-Disposition': `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"` };
}

export function downloadRoutes(env: AppsScriptEnvironment, file: string, codeFile: string): Routes {
  return {
    'GET /download/workbook.xlsx': async (_req, res) => {
      const base = path.basename(file || 'workbook', path.extname(file)) || 'workbook';
      send(res, 200, XLSX_TYPE, await workbookBuffer(env), attachment(`${base}-preview.xlsx`));
    },
    'GET /download/calendar.ics': (_req, res) => {
      const ics = loadAddOn(env, codeFile).call('exportIcs') as {
        filename: string;
        content: string;
      };
      send(
        res,
        200,
        'text/calendar; charset=utf-8',
        ics.content,
        attachment(String(ics.filename || 'cadence.ics')),
      );
    },
  };
}
