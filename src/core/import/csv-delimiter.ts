/**
 * The separator a CSV's header line uses most: ';' (French Excel exports, where ',' is the
 * decimal comma), a tab (Excel's "Unicode text"), else ','. One rule for the CLI's files and the
 * sidebar's uploads, so a file reads the same in both.
 */
export type CsvDelimiter = ',' | ';' | '\t';

export function detectDelimiter(text: string): CsvDelimiter {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (ch: string) => firstLine.split(ch).length - 1;
  const tabs = count('\t');
  if (tabs > count(';') && tabs > count(',')) return '\t';
  return count(';') > count(',') ? ';' : ',';
}
