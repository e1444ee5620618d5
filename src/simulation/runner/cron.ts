/**
 * When a scheduled job would next run: the first minute at or after an instant that matches a cron
 * expression, read as node-cron reads it for the service's scheduler (src/jobs/scheduler.ts): its
 * own parser, every field required to match (day of month and day of week alike), in UTC as the
 * server's clock is. node-cron's extensions that depend on the month's calendar ("L", "1#2") and
 * seconds other than 0 are refused: the service's schedules do not use them.
 *
 * @example nextCronTime('30 2 * * *', Date.parse('2025-04-07T03:00:00Z')) // 2025-04-08T02:30:00Z
 */
import { parse } from 'node-cron';

const MINUTE = 60_000;
const LIMIT_MINUTES = 366 * 24 * 60;

interface CronSchedule {
  minute: Set<number>;
  hour: Set<number>;
  dayOfMonth: Set<number>;
  month: Set<number>;
  dayOfWeek: Set<number>;
}

function numbers(values: (number | string)[], expression: string): Set<number> {
  if (values.some((v) => typeof v !== 'number'))
    throw new RangeError(`Unsupported cron expression "${expression}"`);
  return new Set(values as number[]);
}

// Parsed once per expression: the sweep's schedule is looked up for every offer a simulation makes.
const parsed = new Map<string, CronSchedule>();

function scheduleOf(expression: string): CronSchedule {
  let schedule = parsed.get(expression);
  if (!schedule) {
    const f = parse(expression);
    if (f.second.length !== 1 || f.second[0] !== 0)
      throw new RangeError(`Unsupported cron expression "${expression}"`);
    schedule = {
      minute: numbers(f.minute, expression),
      hour: numbers(f.hour, expression),
      dayOfMonth: numbers(f.dayOfMonth, expression),
      month: numbers(f.month, expression),
      dayOfWeek: numbers(f.dayOfWeek, expression),
    };
    parsed.set(expression, schedule);
  }
  return schedule;
}

function matches(s: CronSchedule, d: Date): boolean {
  return (
    s.minute.has(d.getUTCMinutes()) &&
    s.hour.has(d.getUTCHours()) &&
    s.dayOfMonth.has(d.getUTCDate()) &&
    s.month.has(d.getUTCMonth() + 1) &&
    s.dayOfWeek.has(d.getUTCDay())
  );
}

export function nextCronTime(expression: string, atOrAfter: number): number {
  const schedule = scheduleOf(expression);
  let t = Math.ceil(atOrAfter / MINUTE) * MINUTE;
  for (let i = 0; i < LIMIT_MINUTES; i++, t += MINUTE) {
    if (matches(schedule, new Date(t))) return t;
  }
  throw new RangeError('The cron expression never matches within a year');
}

/** Whether the service's scheduler accepts the expression and the simulator can follow it. */
export function isSupportedCron(expression: string): boolean {
  try {
    scheduleOf(expression);
    return true;
  } catch {
    return false;
  }
}
