import { describe, expect, it } from 'vitest';
import { BIDDER_TYPES, bidsByZone, PROVIDERS_BY_BIDDER_TYPE } from '../../../seeds/demo/bids-2021';
import { ZONE_CATALOGUE } from '../../../src/zones/catalogue';

describe('2021 bids by HTLAH type (HC21 ¶20)', () => {
  it('adds up to each zone’s successful bids in the catalogue', () => {
    for (const zone of ZONE_CATALOGUE) {
      const total = BIDDER_TYPES.reduce((sum, type) => sum + (bidsByZone(type).get(zone.id) ?? 0), 0);
      expect(total, zone.id).toBe(zone.successfulBids2021);
    }
  });

  it('covers exactly the catalogue zones', () => {
    expect([...bidsByZone('new').keys()].sort()).toEqual(ZONE_CATALOGUE.map((z) => z.id).sort());
  });

  it('has the column totals 28 / 28 / 53 / 1 / 96 (docs/specification/zones-and-bands.md §2.4)', () => {
    const totals = BIDDER_TYPES.map((type) => [...bidsByZone(type).values()].reduce((a, b) => a + b, 0));
    expect(totals).toEqual([28, 28, 53, 1, 96]);
  });

  it('has 49 providers: 32 incumbents and 17 new (HC21 ¶17)', () => {
    const { lead, supplementary, contingency, exception } = PROVIDERS_BY_BIDDER_TYPE;
    expect(lead + supplementary + contingency + exception).toBe(32);
    expect(PROVIDERS_BY_BIDDER_TYPE.new).toBe(17);
  });

  it('never needs more providers of a type in a zone than there are of that type', () => {
    for (const type of BIDDER_TYPES) {
      for (const [zoneId, n] of bidsByZone(type))
        expect(n, `${type} ${zoneId}`).toBeLessThanOrEqual(PROVIDERS_BY_BIDDER_TYPE[type]);
    }
  });
});
