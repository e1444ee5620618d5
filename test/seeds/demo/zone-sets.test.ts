import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BIDDER_TYPES, bidsByZone, PROVIDERS_BY_BIDDER_TYPE } from '../../../seeds/demo/bids-2021';
import { mulberry32 } from '../../../seeds/demo/prng';
import { assignConnectedZoneSets } from '../../../seeds/demo/zone-sets';
import { isConnected } from '../../../seeds/demo/zone-neighbours';

function expectValidDeal(sets: string[][], demand: ReadonlyMap<string, number>, providers: number): void {
  expect(sets).toHaveLength(providers);
  const counts = new Map<string, number>();
  for (const set of sets) {
    expect(set.length).toBeGreaterThan(0);
    expect(new Set(set).size).toBe(set.length);
    expect(isConnected(set), set.join(', ')).toBe(true);
    for (const zone of set) counts.set(zone, (counts.get(zone) ?? 0) + 1);
  }
  for (const [zone, n] of demand) expect(counts.get(zone) ?? 0, zone).toBe(n);
}

describe('assignConnectedZoneSets', () => {
  it('deals a small case', () => {
    const demand = new Map([
      ['melton', 2],
      ['bottesford', 1],
    ]);
    expectValidDeal(assignConnectedZoneSets(demand, 2, mulberry32(1)), demand, 2);
  });

  it('deals every 2021 bidder type, for any seed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.constantFrom(...BIDDER_TYPES),
        (seed, type) => {
          const demand = bidsByZone(type);
          const providers = PROVIDERS_BY_BIDDER_TYPE[type];
          expectValidDeal(assignConnectedZoneSets(demand, providers, mulberry32(seed)), demand, providers);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is a pure function of the random stream', () => {
    const demand = bidsByZone('new');
    expect(assignConnectedZoneSets(demand, 17, mulberry32(7))).toEqual(
      assignConnectedZoneSets(demand, 17, mulberry32(7)),
    );
  });

  it('refuses impossible demands', () => {
    expect(() => assignConnectedZoneSets(new Map([['melton', 1]]), 2, mulberry32(1))).toThrow(RangeError);
    expect(() => assignConnectedZoneSets(new Map([['melton', 3]]), 2, mulberry32(1))).toThrow(RangeError);
  });

  it('gives up, rather than returning a scattered deal, when no connected one exists', () => {
    // One provider cannot hold Bottesford and Lutterworth as one patch.
    const demand = new Map([
      ['bottesford', 1],
      ['lutterworth', 1],
    ]);
    expect(() => assignConnectedZoneSets(demand, 1, mulberry32(1), 2)).toThrow(/no connected deal/);
  });
});
