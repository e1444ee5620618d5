/**
 * Instants as call-monitoring systems export them: ISO 8601 with an offset or Z
 * ('2026-01-05T09:00:00Z'), or a wall-clock time in England without one ('2026-01-05 09:00',
 * '2026-01-05T09:00:00'), read as Europe/London. Converted to UTC epoch ms at this edge.
 */
import { isIsoDate, isSensibleInstant } from '../calendar/dates';

const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/;
const WALL_CLOCK = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;
const MS_PER_HOUR = 3_600_000;

const londonClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** '05/01/2026, 09:00:00' → '2026-01-05 09:00:00' */
function londonWallClock(ms: number): string {
  const p = Object.fromEntries(londonClock.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/**
 * The instant of a wall-clock time in England: London is UTC or UTC+1, so it is one of two
 * instants. A time skipped by the spring change is read as its winter-time instant; a time
 * repeated in autumn as the first of the two.
 * @example englandInstant('2026-07-01', '09:00:00') // 2026-07-01T08:00:00Z
 */
function englandInstant(date: string, time: string): number {
  const asUtc = Date.parse(`${date}T${time}Z`);
  const summer = asUtc - MS_PER_HOUR;
  return londonWallClock(summer) === `${date} ${time}` ? summer : asUtc;
}

/** The instant a cell or field gives, or undefined when it is not one this service reads. */
export function parseVisitInstant(value: string): number | undefined {
  const v = value.trim();
  let ms: number;
  if (WITH_OFFSET.test(v)) ms = Date.parse(v);
  else {
    const m = WALL_CLOCK.exec(v);
    if (!m || !isIsoDate(m[1]!)) return undefined;
    const [hour, minute, second] = [Number(m[2]), Number(m[3]), Number(m[4] ?? '0')];
    if (hour > 23 || minute > 59 || second > 59) return undefined;
    ms = englandInstant(m[1]!, `${m[2]}:${m[3]}:${m[4] ?? '00'}`);
  }
  return Number.isFinite(ms) && isSensibleInstant(ms) ? ms : undefined;
}
