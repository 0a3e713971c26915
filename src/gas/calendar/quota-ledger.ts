/**
 * How many events Cadence created today for this user, kept in user properties because
 * Calendar's creation quota is per user (across all their spreadsheets). One value, reset when
 * the date changes (the script's time zone).
 */
import { toIso, type DayNumber } from '../../core/dates';

const KEY = 'cadence.cal.createdToday';

export function createdToday(today: DayNumber): number {
  const raw = PropertiesService.getUserProperties().getProperty(KEY);
  if (raw === null) return 0;
  try {
    const parsed = JSON.parse(raw) as { day?: unknown; n?: unknown };
    return parsed.day === toIso(today) && typeof parsed.n === 'number' ? parsed.n : 0;
  } catch {
    return 0;
  }
}

export function recordCreated(today: DayNumber, count: number): void {
  if (count === 0) return;
  const n = createdToday(today) + count;
  PropertiesService.getUserProperties().setProperty(KEY, JSON.stringify({ day: toIso(today), n }));
}
