import { describe, expect, it } from 'vitest';
import { Invalid } from '../errors';
import { londonMidnight } from './dates';
import { datesOrDefault, periodOfDates, reportDates } from './periods';

describe('periods', () => {
  it('turns calendar dates in England into instants, across summer time', () => {
    expect(new Date(londonMidnight('2026-01-15')).toISOString()).toBe('2026-01-15T00:00:00.000Z');
    expect(new Date(londonMidnight('2026-07-01')).toISOString()).toBe('2026-06-30T23:00:00.000Z');
    const p = periodOfDates('2026-03-01', '2026-03-31', 1);
    expect(new Date(p.from).toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(new Date(p.to).toISOString()).toBe('2026-03-31T23:00:00.000Z');
  });

  it('fills a missing end with the given last day and a missing start with a year before the end', () => {
    expect(datesOrDefault({}, '2026-03-31')).toEqual({ from: '2025-04-01', to: '2026-03-31' });
    expect(datesOrDefault({ to: '2025-12-31' }, '2026-03-31')).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(datesOrDefault({ from: '2026-01-01' }, '2026-03-31')).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
    });
  });

  it('ends a report on the day of its instant, a date meaning the end of that day in England', () => {
    const now = Date.parse('2026-07-15T12:00:00Z');
    expect(reportDates({ asOf: '2026-06-30' }, now)).toEqual({
      from: '2025-07-01',
      to: '2026-06-30',
      asOf: Date.parse('2026-06-30T23:00:00Z'),
    });
    expect(reportDates({}, now)).toEqual({ from: '2025-07-16', to: '2026-07-15', asOf: now });
    expect(() => reportDates({ asOf: '2026-07-16' }, now)).toThrow(Invalid);
    expect(() => reportDates({ from: '2026-07-16' }, now)).toThrow(Invalid);
  });
});
