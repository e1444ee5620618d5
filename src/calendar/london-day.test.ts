import { describe, expect, it } from 'vitest';
import { londonDate, toDayNumber } from './dates';
import { bstInterval } from './london-day';

const HOUR = 3_600_000;
const DAY = 86_400_000;

/** What the SQL computes, in JS: (t + offset) / DAY, offset 1 h inside British Summer Time. */
function dayOf(t: number): number {
  const [start, end] = bstInterval(new Date(t).getUTCFullYear());
  return Math.floor((t + (t >= start && t < end ? HOUR : 0)) / DAY);
}

describe('London day numbers for SQL', () => {
  it('knows when British Summer Time starts and ends', () => {
    expect(bstInterval(2025)).toEqual([
      Date.parse('2025-03-30T01:00:00Z'),
      Date.parse('2025-10-26T01:00:00Z'),
    ]);
    expect(bstInterval(2026)).toEqual([
      Date.parse('2026-03-29T01:00:00Z'),
      Date.parse('2026-10-25T01:00:00Z'),
    ]);
    expect(bstInterval(2021)).toEqual([
      Date.parse('2021-03-28T01:00:00Z'),
      Date.parse('2021-10-31T01:00:00Z'),
    ]);
  });

  it('gives the calendar day in England, as londonDate does, around every change of the clocks and midnight', () => {
    const instants: number[] = [];
    for (let year = 2019; year <= 2030; year += 1) {
      for (const change of bstInterval(year))
        for (const d of [-HOUR - 1, -HOUR, -1, 0, 1, HOUR - 1, HOUR]) instants.push(change + d);
      // 23:00 UTC is midnight in England in summer, not in winter.
      for (const date of [`${year}-07-01`, `${year}-12-01`]) {
        const t = Date.parse(`${date}T23:00:00Z`);
        instants.push(t - 1, t, t + HOUR - 1, t + HOUR);
      }
    }
    let seed = 7;
    for (let i = 0; i < 2_000; i += 1) {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      instants.push(Date.parse('2019-01-01T00:00:00Z') + Math.floor((seed / 2 ** 31) * 12 * 365 * DAY));
    }
    for (const t of instants) expect(dayOf(t), new Date(t).toISOString()).toBe(toDayNumber(londonDate(t)));
  });
});
