import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysInclusive,
  fromDayNumber,
  isIsoDate,
  IsoDate,
  IsoDateTime,
  londonDate,
  toDayNumber,
} from './dates';

describe('ISO calendar dates', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2021-11-01')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2021-02-29')).toBe(false);
    expect(isIsoDate('2021-13-01')).toBe(false);
    expect(isIsoDate('2021-1-01')).toBe(false);
    expect(isIsoDate('2021-11-01T00:00:00Z')).toBe(false);
  });

  it('holds every date to the years 1900–2200, and never reads year 0023 as 1923', () => {
    expect(isIsoDate('0023-01-12')).toBe(false);
    expect(isIsoDate('0000-01-01')).toBe(false);
    expect(isIsoDate('1899-12-31')).toBe(false);
    expect(isIsoDate('1900-01-01')).toBe(true);
    expect(isIsoDate('2200-12-31')).toBe(true);
    expect(isIsoDate('2201-01-01')).toBe(false);
    expect(IsoDate.safeParse('0023-01-12').success).toBe(false);
    expect(IsoDateTime.safeParse('0023-01-12T00:00:00Z').success).toBe(false);
    expect(IsoDateTime.safeParse('2023-01-12T00:00:00Z').success).toBe(true);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
        expect(isIsoDate(date)).toBe(year >= 1900 && year <= 2200);
      }),
    );
  });

  it('counts inclusive days across month, year and leap-day boundaries', () => {
    expect(daysInclusive('2021-11-01', '2021-11-01')).toBe(1);
    expect(daysInclusive('2021-11-01', '2021-11-07')).toBe(7);
    expect(daysInclusive('2021-12-31', '2022-01-01')).toBe(2);
    expect(daysInclusive('2024-02-28', '2024-03-01')).toBe(3);
    expect(daysInclusive('2022-03-26', '2022-03-28')).toBe(3); // BST starts 27 Mar: no hour is lost
  });

  it('adds days', () => {
    expect(addDays('2021-11-01', -1)).toBe('2021-10-31');
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
  });

  it('round-trips day numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), (day) => {
        expect(toDayNumber(fromDayNumber(day))).toBe(day);
      }),
    );
  });

  it('refuses malformed dates', () => {
    expect(() => toDayNumber('1 Nov 2021')).toThrow(RangeError);
  });
});

describe('londonDate', () => {
  const zone = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const byTimeZoneDatabase = (ms: number) => zone.format(new Date(ms));
  const HOUR = 3_600_000;

  it('gives the time-zone database’s date around every clock change and midnight, 1990–2200', () => {
    for (let year = 1990; year <= 2200; year += 1) {
      const changes = [3, 10].map((month) => {
        // The last Sunday of the month at 01:00 UTC (the rule since 1996; before it, the check still holds).
        const last = new Date(Date.UTC(year, month, 0));
        return Date.UTC(year, month - 1, last.getUTCDate() - last.getUTCDay(), 1);
      });
      const around = [
        ...changes,
        Date.UTC(year, 0, 1),
        Date.UTC(year, 5, 30, 23),
        Date.UTC(year, 11, 31, 23, 59, 59, 999),
      ];
      for (const at of around)
        for (const step of [-25 * HOUR, -HOUR, -1, 0, 1, HOUR - 1, HOUR, 23 * HOUR, 24 * HOUR])
          expect(londonDate(at + step), new Date(at + step).toISOString()).toBe(
            byTimeZoneDatabase(at + step),
          );
    }
  });

  it('gives the time-zone database’s date at any instant, asked in any order', () => {
    const first = Date.UTC(1900, 0, 1);
    const last = Date.UTC(2200, 11, 31, 23, 59, 59, 999);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: first, max: last }), { maxLength: 20 }), (instants) => {
        for (const ms of instants) expect(londonDate(ms)).toBe(byTimeZoneDatabase(ms));
      }),
      { numRuns: 2000 },
    );
    // Walks through a summer and a winter day by the minute, as a simulation asks.
    for (let ms = Date.UTC(2025, 2, 29, 20); ms < Date.UTC(2025, 2, 31); ms += 60_000)
      expect(londonDate(ms)).toBe(byTimeZoneDatabase(ms));
    for (let ms = Date.UTC(2025, 9, 25, 20); ms < Date.UTC(2025, 9, 27); ms += 60_000)
      expect(londonDate(ms)).toBe(byTimeZoneDatabase(ms));
  });
});
