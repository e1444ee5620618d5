import type nunjucks from 'nunjucks';
import { label, needsText, tagClass } from './labels';

/**
 * How the pages show money, times and durations: the GOV.UK style guide's forms
 * ("£1,234.50", "5 January 2026 at 2:30pm", "1 hour 59 minutes"), in England's time zone.
 */

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** @example money(123450) // '£1,234.50' */
export function money(pence: number): string {
  return pounds.format(pence / 100);
}

/** @example weeklyHours(450) // '7.5 hours' */
export function weeklyHours(minutes: number): string {
  const hours = Math.round((minutes / 60) * 100) / 100;
  return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
}

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h12',
});

const toDate = (instant: number | string) =>
  new Date(typeof instant === 'number' ? instant : Date.parse(instant));

/**
 * A time of day in the GOV.UK style: '2:30pm', '9am', 'midnight', 'midday'.
 * @example time(Date.parse('2026-01-05T14:30:00Z')) // '2:30pm'
 */
export function time(instant: number | string): string {
  const parts = timeFormat.formatToParts(toDate(instant));
  const hour = parts.find((p) => p.type === 'hour')?.value ?? '';
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00';
  const period = (parts.find((p) => p.type === 'dayPeriod')?.value ?? '').toLowerCase().replace(/\./g, '');
  if (hour === '12' && minute === '00') return period === 'am' ? 'midnight' : 'midday';
  return minute === '00' ? `${hour}${period}` : `${hour}:${minute}${period}`;
}

/** @example dateTime('2026-01-05T14:30:00Z') // '5 January 2026 at 2:30pm' */
export function dateTime(instant: number | string | null | undefined): string {
  if (instant === null || instant === undefined) return '';
  return `${dayFormat.format(toDate(instant))} at ${time(instant)}`;
}

/** The day of an instant in England: '1 January 2026'. */
export function day(instant: number | string | null | undefined): string {
  if (instant === null || instant === undefined) return '';
  return dayFormat.format(toDate(instant));
}

// Made once: a formatter costs far more to make than to use (every offer email formats a date).
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** A calendar date 'YYYY-MM-DD' as '12 January 2026' (no time zone shift: it is already a date in England). */
export function calendarDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const [year, month, day] = isoDate.split('-').map(Number);
  return dateFormat.format(new Date(Date.UTC(year!, month! - 1, day!)));
}

const monthFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });

/** A calendar month 'YYYY-MM' as 'February 2026'. */
export function calendarMonth(month: string | null | undefined): string {
  if (!month || !/^\d{4}-\d{2}$/.test(month)) return month ?? '';
  const [year, m] = month.split('-').map(Number);
  return monthFormat.format(new Date(Date.UTC(year!, m! - 1, 1)));
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/**
 * A span of time in the two largest units that matter.
 * @example duration(119) // '1 hour 59 minutes'; duration(3 * 1440 + 60) // '3 days 1 hour'
 */
export function duration(minutes: number): string {
  const total = Math.max(0, Math.floor(minutes));
  if (total < 1) return 'less than a minute';
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const mins = total % 60;
  if (days > 0) return hours > 0 ? `${plural(days, 'day')} ${plural(hours, 'hour')}` : plural(days, 'day');
  if (hours > 0)
    return mins > 0 ? `${plural(hours, 'hour')} ${plural(mins, 'minute')}` : plural(hours, 'hour');
  return plural(mins, 'minute');
}

/** Minutes from `now` until `deadline` (never below 0), for countdowns. */
export function minutesUntil(deadline: number | string, now: number): number {
  return Math.max(0, Math.floor((toDate(deadline).getTime() - now) / 60_000));
}

export function registerFilters(env: nunjucks.Environment): void {
  env.addFilter('money', money);
  env.addFilter('weeklyHours', weeklyHours);
  env.addFilter('dateTime', dateTime);
  env.addFilter('calendarDate', calendarDate);
  env.addFilter('calendarMonth', calendarMonth);
  env.addFilter('day', day);
  env.addFilter('duration', duration);
  env.addFilter('label', label);
  env.addFilter('needsText', needsText);
  env.addFilter('tagClass', tagClass);
}
