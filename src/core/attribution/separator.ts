/**
 * CSV separator of an attribution file. GA4 exports use ',', ChannelAttribution's PathData and
 * French spreadsheets use ';' (because ',' is their decimal mark), some exports use tabs.
 */
export type CsvSeparator = ',' | ';' | '\t';

/**
 * The separator that occurs most often outside double quotes in the header line; ',' on a tie,
 * since a header line of one column has none at all.
 */
export function detectSeparator(firstLine: string): CsvSeparator {
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  let quoted = false;
  for (let i = 0; i < firstLine.length; i++) {
    const c = firstLine[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === ',') commas++;
    else if (c === ';') semicolons++;
    else if (c === '\t') tabs++;
  }
  if (tabs > commas && tabs > semicolons) return '\t';
  return semicolons > commas ? ';' : ',';
}
