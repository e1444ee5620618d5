import { describe, expect, it } from 'vitest';
import { legendFor, niceStep, sortRows, type CoverageRow } from './measures';

const row = (zoneId: string, overrides: Partial<CoverageRow> = {}): CoverageRow => ({
  zoneId,
  zoneName: zoneId.replace(/-/g, ' '),
  placedWeeklyHours: 0,
  placedPackages: 0,
  plannedWeeklyHours: 100,
  unplacedWeeklyHours: 0,
  waitingPackages: 0,
  awards: 0,
  withinTargetPct: null,
  capacityWeeklyHours: 0,
  capacityPctOfPlanned: 0,
  weeklyCostPence: 0,
  primes: 2,
  minPrimes: 2,
  rag: 'green',
  ...overrides,
});

describe('coverage measures', () => {
  it('rounds a class width up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0.3, 1, 2.2, 2.5, 3, 7, 37, 1200].map(niceStep)).toEqual([0.5, 1, 2.5, 2.5, 5, 10, 50, 2000]);
  });

  it('puts zero in a class of its own and splits the rest into four equal steps', () => {
    const rows = [
      row('a', { unplacedWeeklyHours: 0 }),
      row('b', { unplacedWeeklyHours: 3 }),
      row('c', { unplacedWeeklyHours: 37 }),
    ];
    const legend = legendFor('unplaced-hours', rows);
    expect(legend.classOf).toEqual({ a: 0, b: 1, c: 4 });
    expect(legend.items.map((i) => i.text)).toEqual([
      '0 hours',
      'Up to 10 hours',
      '10 hours to 20 hours',
      '20 hours to 30 hours',
      '30 hours to 40 hours',
    ]);
  });

  it('keeps the top of a step in that step, and gives percentages fixed quarters', () => {
    const legend = legendFor('pick-up', [
      row('a', { withinTargetPct: 25 }),
      row('b', { withinTargetPct: 25.1 }),
      row('c', { withinTargetPct: 100 }),
      row('d'),
    ]);
    expect(legend.classOf).toEqual({ a: 1, b: 2, c: 4, d: 'none' });
    expect(legend.items.map((i) => i.text)).toEqual([
      '0%',
      'Up to 25%',
      '25% to 50%',
      '50% to 75%',
      '75% to 100%',
      'No data',
    ]);
  });

  it('says money in whole pounds and shows one class when every zone is at zero', () => {
    expect(legendFor('cost', [row('a', { weeklyCostPence: 120_000 })]).items.at(-1)!.text).toBe(
      '£1,500 to £2,000',
    );
    expect(legendFor('placed-hours', [row('a'), row('b')]).items).toEqual([{ mapClass: 0, text: '0 hours' }]);
  });

  it('sorts by a column either way, zones without a value last, ties by name', () => {
    const rows = [
      row('melton', { withinTargetPct: 50 }),
      row('bottesford'),
      row('hinckley', { withinTargetPct: 90 }),
      row('lutterworth', { withinTargetPct: 50 }),
    ];
    expect(sortRows(rows, 'pick-up', 'desc').map((r) => r.zoneId)).toEqual([
      'hinckley',
      'lutterworth',
      'melton',
      'bottesford',
    ]);
    expect(sortRows(rows, 'pick-up', 'asc').map((r) => r.zoneId)).toEqual([
      'lutterworth',
      'melton',
      'hinckley',
      'bottesford',
    ]);
    expect(sortRows(rows, 'zone', 'asc').map((r) => r.zoneId)).toEqual([
      'bottesford',
      'hinckley',
      'lutterworth',
      'melton',
    ]);
    const rag = [row('a', { rag: 'amber' }), row('b', { rag: 'red' }), row('c', { rag: null })];
    expect(sortRows(rag, 'rag', 'desc').map((r) => r.zoneId)).toEqual(['b', 'a', 'c']);
  });
});
