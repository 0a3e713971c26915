/**
 * Number formats between Excel's numFmt and Sheets' pattern language. The two share their syntax
 * (0 # ? . , % E, "text", \x, [Color], [ColorN], [>=n], sections, d m y h s AM/PM), so the
 * mapping only handles what one side writes and the other reads differently.
 */
import { DEFAULT_NUMBER_FORMAT } from '@cadence/apps-script-fake';

function isGeneral(format: string | undefined): boolean {
  return (
    format === undefined ||
    format === '' ||
    format === DEFAULT_NUMBER_FORMAT ||
    format.trim().toLowerCase() === 'general'
  );
}

/**
 * Excel numFmt → Sheets pattern; undefined means "automatic". Built-in format 14 (exceljs names it
 * 'mm-dd-yy') is Excel's locale short date, so it becomes the spreadsheet locale's short date.
 * Locale tags ('[$-409]', '[$€-40C]') carry a Windows LCID that Sheets does not read: the LCID goes.
 */
export function excelToSheetsFormat(
  numFmt: string | undefined,
  locale: string,
): string | undefined {
  if (isGeneral(numFmt)) return undefined;
  const format = numFmt as string;
  if (format === 'mm-dd-yy')
    return locale.toLowerCase().startsWith('fr') ? 'dd/mm/yyyy' : 'm/d/yyyy';
  const cleaned = format
    .replace(/\[\$-[0-9A-Fa-f]+\]/g, '')
    .replace(/\[\$([^\]-]*)-[0-9A-Fa-f]+\]/g, '[$$$1]');
  return cleaned === '' ? undefined : cleaned;
}

/**
 * Sheets pattern → Excel numFmt; undefined means General. Sheets takes any character as a literal,
 * Excel only a few unquoted, so runs of non-ASCII characters (▲ ▼ € …) outside quotes, escapes
 * and brackets are quoted: '[Color10]▲0.0%' → '[Color10]"▲"0.0%'.
 */
export function sheetsToExcelFormat(pattern: string | undefined): string | undefined {
  if (isGeneral(pattern)) return undefined;
  const text = pattern as string;
  let out = '';
  let run = '';
  const flush = (): void => {
    if (run !== '') out += `"${run}"`;
    run = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === '[') {
      flush();
      const end = text.indexOf(ch === '"' ? '"' : ']', i + 1);
      const last = end < 0 ? text.length - 1 : end;
      out += text.slice(i, last + 1);
      i = last;
    } else if (ch === '\\' || ch === '_' || ch === '*') {
      // An escape, a space-as-wide-as, or a repeat: the next character belongs to it.
      flush();
      out += text.slice(i, i + 2);
      i++;
    } else if (ch.charCodeAt(0) > 127) {
      run += ch;
    } else {
      flush();
      out += ch;
    }
  }
  flush();
  return out;
}
