/**
 * 2021 successful bids per zone by the bidder's HTLAH type
 * (docs/specification/zones-and-bands.md §2.4, HC21 ¶20): lead / supplementary / contingency /
 * exception / new. The zone totals are the catalogue's `successfulBids2021` (a test checks they
 * agree); the split is what shapes the demo, e.g. the three zones no incumbent bid for (Castle
 * Donington, Bottesford, Harborough Rural, HC21 ¶22) get only new providers, and the single
 * exception provider sits in Oadby and Wigston (HC21 ¶20).
 */

export const LEGACY_TYPES = ['lead', 'supplementary', 'contingency', 'exception'] as const;
export type LegacyType = (typeof LEGACY_TYPES)[number];
/** 'new' is a bidder with no HTLAH contract (its provider's `legacyType` is null). */
export type BidderType = LegacyType | 'new';
export const BIDDER_TYPES: readonly BidderType[] = [...LEGACY_TYPES, 'new'];

/**
 * Providers admitted by HTLAH type (docs/specification/providers-and-framework.md §4.7, §4.13,
 * HC21 ¶17): 32 incumbents + 17 new = 49.
 */
export const PROVIDERS_BY_BIDDER_TYPE: Record<BidderType, number> = {
  lead: 7,
  supplementary: 8,
  contingency: 16,
  exception: 1,
  new: 17,
};

type Split = [lead: number, supplementary: number, contingency: number, exception: number, fresh: number];

const SPLIT_BY_ZONE: Record<string, Split> = {
  'coalville-ashby': [2, 3, 5, 0, 8],
  'charnwood-north': [4, 3, 2, 0, 7],
  'charnwood-south': [5, 3, 6, 0, 8],
  'west-leicester': [3, 4, 9, 0, 11],
  'oadby-wigston': [4, 4, 8, 1, 9],
  hinckley: [2, 2, 6, 0, 10],
  melton: [2, 2, 2, 0, 2],
  'south-leicestershire': [3, 3, 7, 0, 11],
  'market-harborough': [1, 1, 1, 0, 9],
  'castle-donington': [0, 0, 0, 0, 5],
  lutterworth: [1, 1, 2, 0, 6],
  bottesford: [0, 0, 0, 0, 2],
  'west-leicestershire-rural': [1, 2, 5, 0, 5],
  'harborough-rural': [0, 0, 0, 0, 3],
};

/** Successful bids in each zone from bidders of one HTLAH type, keyed by zone id. */
export function bidsByZone(type: BidderType): Map<string, number> {
  const column = BIDDER_TYPES.indexOf(type);
  return new Map(Object.entries(SPLIT_BY_ZONE).map(([zoneId, split]) => [zoneId, split[column] ?? 0]));
}
