import type { Call } from '../../../shared/calls/calls.schemas.js';

/** Calls are set and read in Beijing time whatever the reader's computer says (the notices are). */
export const callTimeZone = 'Asia/Shanghai';
const beijingOffset = '+08:00';

const dayMs = 24 * 60 * 60 * 1000;
/** Under this, a deadline shows in red (the dashboard's "urgent" threshold). */
export const urgentWithinMs = 3 * dayMs;

const beijingFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: callTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `2026-05-01 14:03` in Beijing time; the input as given when it is not a date. */
export function formatBeijingTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(beijingFormat.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

const beijingClock = new Intl.DateTimeFormat('zh-CN', {
  timeZone: callTimeZone,
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** `14:03:27` in Beijing time, for "updated at" notes that change every few seconds. */
export const formatBeijingClock = (epochMs: number) => beijingClock.format(new Date(epochMs));

/** `2026-05-01` in Beijing time. */
export const formatBeijingDate = (iso: string) => formatBeijingTime(iso).slice(0, 10);

/** The wall-clock fields of Beijing time for an instant, `YYYY-MM-DDTHH:mm` (what a date picker shows). */
export const toBeijingWallClock = (iso: string) => formatBeijingTime(iso).replace(' ', 'T');

/** A wall-clock time picked as Beijing time (`2026-12-31T17:00`) as the ISO instant the API takes. */
export function fromBeijingWallClock(wallClock: string): string {
  const seconds = wallClock.length === 16 ? ':00' : '';
  return `${wallClock}${seconds}${beijingOffset}`;
}

/** Where a call stands for readers: 草稿, 未开始, 申报中 or 已截止. */
export type CallPhase = 'draft' | 'upcoming' | 'open' | 'closed';

export function phaseOf(call: Pick<Call, 'status' | 'opensAt' | 'closesAt'>, now: number): CallPhase {
  if (call.status === 'draft') return 'draft';
  if (call.status === 'closed' || now >= Date.parse(call.closesAt)) return 'closed';
  return now < Date.parse(call.opensAt) ? 'upcoming' : 'open';
}

/** "12 天 3 小时", "5 小时 20 分钟", "20 分钟": the time left, to the minute; null once it has passed. */
export function describeRemaining(untilMs: number, now: number): string | null {
  const left = untilMs - now;
  if (left <= 0) return null;
  const minutes = Math.floor(left / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const restMinutes = minutes % 60;
  if (days > 0) return hours > 0 ? `${days} 天 ${hours} 小时` : `${days} 天`;
  if (hours > 0) return restMinutes > 0 ? `${hours} 小时 ${restMinutes} 分钟` : `${hours} 小时`;
  return `${Math.max(restMinutes, 1)} 分钟`;
}

export const isUrgent = (untilMs: number, now: number) => untilMs > now && untilMs - now < urgentWithinMs;
