export { planEvents, type CalendarPlanOptions } from './plan';
export { fingerprint, keyDigest, type MappedEvent, type PlannedEvent } from './event';
export {
  diffEvents,
  diffSize,
  type CalendarDiff,
  type EventRemoval,
  type EventUpdate,
} from './diff';
export { checkCreateQuota, dailyCreateLimit, type QuotaCheck } from './quota';
export { toIcs, icsUid, type IcsOptions } from './ics';
export { ownerDigests, digestMail, type OwnerDigest, type DigestMail } from './digest';
export { keyPrefix, searchMarker, type SheetScope } from './keys';
