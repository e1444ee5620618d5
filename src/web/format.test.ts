import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  calendarMonth,
  dateTime,
  day,
  duration,
  minutesUntil,
  money,
  time,
  weeklyHours,
} from './format';
import { label } from './labels';

describe('page formatting', () => {
  it('shows money in pounds with pence', () => {
    expect(money(123450)).toBe('£1,234.50');
    expect(money(1875)).toBe('£18.75');
  });

  it('shows times in England in the GOV.UK style, including summer time, midnight and midday', () => {
    expect(time(Date.parse('2026-01-05T14:30:00Z'))).toBe('2:30pm');
    expect(time('2026-01-05T09:00:00Z')).toBe('9am');
    expect(time('2026-07-01T08:00:00Z')).toBe('9am'); // BST
    expect(time('2026-01-01T00:00:00Z')).toBe('midnight');
    expect(time('2026-01-01T12:00:00Z')).toBe('midday');
    expect(dateTime('2026-01-05T14:30:00Z')).toBe('5 January 2026 at 2:30pm');
    expect(day('2026-06-30T23:30:00Z')).toBe('1 July 2026');
    expect(calendarDate('2026-01-12')).toBe('12 January 2026');
    expect(calendarMonth('2026-02')).toBe('February 2026');
  });

  it('says how long in the two largest units', () => {
    expect(duration(0.5)).toBe('less than a minute');
    expect(duration(1)).toBe('1 minute');
    expect(duration(119)).toBe('1 hour 59 minutes');
    expect(duration(120)).toBe('2 hours');
    expect(duration(1440)).toBe('1 day');
    expect(duration(3 * 1440 + 61)).toBe('3 days 1 hour');
    expect(minutesUntil('2026-01-05T10:00:00Z', Date.parse('2026-01-05T09:00:30Z'))).toBe(59);
    expect(minutesUntil('2026-01-05T10:00:00Z', Date.parse('2026-01-06T00:00:00Z'))).toBe(0);
  });

  it('shows hours and codes as words', () => {
    expect(weeklyHours(450)).toBe('7.5 hours');
    expect(weeklyHours(60)).toBe('1 hour');
    expect(label('hospital-discharge')).toBe('Hospital discharge');
    expect(label('active')).toBe('In care');
    expect(label('active', 'provider')).toBe('Active');
    expect(label('won', 'my-offer')).toBe('Awarded to you');
    expect(label('some-new-code')).toBe('Some new code');
  });
});
