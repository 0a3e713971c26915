/** A status always reads as an icon plus words; colour only repeats what they say. */
import type { ReviewStatus } from '../../src/core/types';
import type { App } from '../app';

export const STATUS_ICONS: Readonly<Record<ReviewStatus, string>> = {
  urgent: '‼',
  overdue: '●',
  due_soon: '◐',
  collecting: '…',
  unscheduled: '○',
  ok: '✓',
};

export function statusLabel(app: App, status: ReviewStatus): string {
  if (status === 'due_soon') {
    const days = app.state?.settings.dueSoonDays ?? 7;
    return days === 7 ? app.tr('status.due_soon') : app.tr('status.due_soon_days', { days });
  }
  return app.tr(`status.${status}`);
}
