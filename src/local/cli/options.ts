/**
 * Options every command reads the same way, each refused in one line when it is wrong: the
 * language, the time zone, the day, and the files to write.
 */
import { constants } from 'fs';
import { access, mkdir, stat, writeFile } from 'fs/promises';
import path from 'path';
import { dayInZone, isValidTimeZone, parseIso, type DayNumber } from '../../core/dates';
import { tc } from '../../core/i18n/cli';
import type { Locale } from '../../core/types';
import { InputError } from '../files/read-grid';

/** en or fr, for every command alike; undefined when not given. */
export function langOption(text: string | undefined): Locale | undefined {
  if (text === undefined) return undefined;
  if (text === 'en' || text === 'fr') return text;
  throw new InputError((locale) => tc(locale, 'error.lang', { value: text }));
}

export function timeZoneOption(tz: string | undefined): string {
  const zone = tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!isValidTimeZone(zone))
    throw new InputError(`--tz: unknown time zone "${zone}" (use Area/City, e.g. Europe/Paris)`);
  return zone;
}

/** A YYYY-MM-DD day; 2026-02-30 is refused as a day that does not exist, not as a bad format. */
export function todayOption(text: string | undefined, timeZone: string): DayNumber {
  if (text === undefined) return dayInZone(new Date(), timeZone) as DayNumber;
  const day = parseIso(text);
  if (day !== null) return day;
  const key = /^\s*\d{4}-\d{2}-\d{2}\s*$/.test(text) ? 'error.todayNoDay' : 'error.today';
  throw new InputError((locale) => tc(locale, key, { value: text.trim() }));
}

function unwritable(flag: string, file: string, why: (locale: Locale) => string): InputError {
  return new InputError((locale) =>
    tc(locale, 'error.unwritable', { flag, file, why: why(locale) }),
  );
}

/**
 * Makes sure `file` can be written, creating its missing folders one level at a time. Node's
 * recursive mkdir can spin forever under /proc, and a path under a file fails with EEXIST deep
 * inside it; walking up to the nearest existing folder ourselves gives one clear line at once.
 */
export async function prepareOutput(flag: string, file: string): Promise<void> {
  const target = path.resolve(file);
  const existing = await stat(target).catch(() => null);
  if (existing?.isDirectory()) throw unwritable(flag, file, (l) => tc(l, 'why.isFolder'));
  const missing: string[] = [];
  let dir = path.dirname(target);
  for (;;) {
    const found = await stat(dir).catch(() => null);
    if (found) {
      if (!found.isDirectory())
        throw unwritable(flag, file, (l) => tc(l, 'why.notFolder', { dir }));
      break;
    }
    missing.unshift(dir);
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const writable = await access(dir, constants.W_OK).then(
    () => true,
    () => false,
  );
  if (!writable) throw unwritable(flag, file, (l) => tc(l, 'why.readOnly', { dir }));
  for (const folder of missing) {
    try {
      await mkdir(folder);
    } catch {
      throw unwritable(flag, file, (l) => tc(l, 'why.noFolder', { dir: folder }));
    }
  }
}

/** Writes a prepared output; a failure (disk full, /proc refusing) is still one line. */
export async function writeOutput(
  flag: string,
  file: string,
  data: string | Buffer,
): Promise<void> {
  try {
    await writeFile(file, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw unwritable(flag, file, () => code);
  }
}
