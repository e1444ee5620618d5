/**
 * The zone-assignment rule as data (see geo/README.md "Zones").
 *
 * Every Output Area joins the zone of the nearest main settlement
 * (docs/specification/zones-and-bands.md §2.4) in its own district. A zone listed here for a
 * district reaches only this far (km, straight line from the settlement) in that district, so a
 * town zone does not swallow the countryside around it; beyond that the OA goes to the nearest
 * settlement of a zone with no limit. Every district keeps at least one zone without a limit, so
 * every OA gets a zone.
 */
export const CATCHMENT_KM: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  // Harborough: outside the named towns it is Harborough Rural
  // (docs/specification/zones-and-bands.md §2.4–2.5, HC20 ¶30).
  E07000131: { 'market-harborough': 4, lutterworth: 3.5, 'oadby-wigston': 4, hinckley: 3 },
  // North West Leicestershire: Castle Donington is a small-town zone
  // (docs/specification/zones-and-bands.md §2.4).
  E07000134: { 'castle-donington': 5 },
  // Melton: Bottesford is a small-town zone; the rest of the Vale of Belvoir is Melton's.
  E07000133: { bottesford: 6 },
};

export function catchmentKm(lad: string, zoneId: string): number {
  return CATCHMENT_KM[lad]?.[zoneId] ?? Number.POSITIVE_INFINITY;
}
