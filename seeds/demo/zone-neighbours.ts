/**
 * Which zones border which, read from the zones' main settlements and the county's roads
 * (docs/specification/zones-and-bands.md §2.4; no boundary geometry exists in the papers, §2.7).
 * Only the demo uses it: a demo provider's zones always form a connected patch of this map, as a
 * branch bidding for nearby zones would (HC21 ¶11: providers chose their zones). Symmetric; a test
 * checks that.
 *
 * Roughly: the north-west (Coalville and Ashby, Castle Donington, Charnwood North), the ring of
 * zones round the city (West Leicester, Charnwood South, Oadby and Wigston, South
 * Leicestershire), the south-west (Hinckley, West Leicestershire Rural, Lutterworth), the
 * south-east (Market Harborough, Harborough Rural) and the east (Melton, Bottesford).
 */
export const ZONE_NEIGHBOURS: Readonly<Record<string, readonly string[]>> = {
  'coalville-ashby': ['castle-donington', 'charnwood-north', 'west-leicester', 'west-leicestershire-rural'],
  'charnwood-north': ['coalville-ashby', 'castle-donington', 'charnwood-south', 'west-leicester'],
  'charnwood-south': ['charnwood-north', 'west-leicester', 'melton', 'oadby-wigston'],
  'west-leicester': [
    'coalville-ashby',
    'charnwood-north',
    'charnwood-south',
    'west-leicestershire-rural',
    'hinckley',
    'south-leicestershire',
  ],
  'oadby-wigston': ['charnwood-south', 'south-leicestershire', 'market-harborough', 'harborough-rural'],
  hinckley: ['west-leicester', 'west-leicestershire-rural', 'south-leicestershire', 'lutterworth'],
  melton: ['charnwood-south', 'bottesford'],
  'south-leicestershire': ['west-leicester', 'oadby-wigston', 'hinckley', 'lutterworth'],
  'market-harborough': ['oadby-wigston', 'harborough-rural'],
  'castle-donington': ['coalville-ashby', 'charnwood-north'],
  lutterworth: ['hinckley', 'south-leicestershire', 'harborough-rural'],
  bottesford: ['melton'],
  'west-leicestershire-rural': ['coalville-ashby', 'west-leicester', 'hinckley'],
  'harborough-rural': ['oadby-wigston', 'market-harborough', 'lutterworth'],
};

export function neighboursOf(zoneId: string): readonly string[] {
  return ZONE_NEIGHBOURS[zoneId] ?? [];
}

/** True when the zones form one connected patch of the neighbour map. */
export function isConnected(zoneIds: readonly string[]): boolean {
  const wanted = new Set(zoneIds);
  const [first] = wanted;
  if (first === undefined) return true;
  const reached = new Set([first]);
  const queue = [first];
  for (let zone = queue.shift(); zone !== undefined; zone = queue.shift()) {
    for (const next of neighboursOf(zone)) {
      if (wanted.has(next) && !reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  return reached.size === wanted.size;
}
