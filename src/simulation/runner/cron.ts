/**
 * When a scheduled job would next run: the first minute at or after an instant that matches a
 * five-field cron expression (minute hour day-of-month month day-of-week; `*`, lists, ranges and
 * steps), read in UTC as the server's clock is. Seconds fields (node-cron's optional sixth) are
 * not supported: the service's schedules do not use them.
 *
 * @example nextCronTime('30 2 * * *', Date.parse('2025-04-07T03:00:00Z')) // 2025-04-08T02:30:00Z
 */
const MINUTE = 60_000;
const LIMIT_MINUTES = 366 * 24 * 60;

type Field = Set<number>;

function parseField(text: string, min: number, max: number): Field {
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const [range, stepText] = part.split('/') as [string, string | undefined];
    const step = stepText === undefined ? 1 : Number(stepText);
    let [lo, hi] = [min, max];
    if (range !== '*') {
      const [a, b] = range.split('-');
      lo = Number(a);
      hi = b === undefined ? (stepText === undefined ? lo : max) : Number(b);
    }
    if (![lo, hi, step].every(Number.isInteger) || step < 1 || lo < min || hi > max || lo > hi) {
      throw new RangeError(`Unsupported cron field "${text}"`);
    }
    for (let v = lo; v <= hi; v += step) values.add(v);
  }
  return values;
}

export interface CronSchedule {
  minute: Field;
  hour: Field;
  dayOfMonth: Field;
  month: Field;
  dayOfWeek: Field;
  restrictedDays: { dom: boolean; dow: boolean };
}

export function parseCron(expression: string): CronSchedule {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) throw new RangeError(`Expected a five-field cron expression, got "${expression}"`);
  const [m, h, dom, mon, dow] = fields as [string, string, string, string, string];
  const dayOfWeek = parseField(dow.replace(/\b7\b/g, '0'), 0, 6);
  return {
    minute: parseField(m, 0, 59),
    hour: parseField(h, 0, 23),
    dayOfMonth: parseField(dom, 1, 31),
    month: parseField(mon, 1, 12),
    dayOfWeek,
    restrictedDays: { dom: dom !== '*', dow: dow !== '*' },
  };
}

function matches(s: CronSchedule, d: Date): boolean {
  if (!s.minute.has(d.getUTCMinutes()) || !s.hour.has(d.getUTCHours()) || !s.month.has(d.getUTCMonth() + 1)) return false;
  const dom = s.dayOfMonth.has(d.getUTCDate());
  const dow = s.dayOfWeek.has(d.getUTCDay());
  // Standard cron: when both day fields are restricted, either may match.
  if (s.restrictedDays.dom && s.restrictedDays.dow) return dom || dow;
  return dom && dow;
}

export function nextCronTime(expression: string | CronSchedule, atOrAfter: number): number {
  const schedule = typeof expression === 'string' ? parseCron(expression) : expression;
  let t = Math.ceil(atOrAfter / MINUTE) * MINUTE;
  for (let i = 0; i < LIMIT_MINUTES; i++, t += MINUTE) {
    if (matches(schedule, new Date(t))) return t;
  }
  throw new RangeError('The cron expression never matches within a year');
}
