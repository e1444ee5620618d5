import fs from 'node:fs';
import path from 'node:path';

/**
 * Postcode centroids from geo/postcodes.csv (ONS NSPL via geo/sources; see geo/README.md), loaded
 * once. A postcode whose point is shared by more than five postcodes is a PO box or large user
 * pinned to a delivery office (geo/sources/SOURCES.md), so it cannot place a person.
 */
export interface PostcodePoint {
  postcode: string;
  lon: number;
  lat: number;
  geographic: boolean;
}

export interface PostcodeIndex {
  find(postcode: string): PostcodePoint | undefined;
  /**
   * The county's geographic postcodes nearest in the postcode system to one that is not in the
   * file: those of its sector ("CV9 2"), else of its outward code ("CV9"); empty when the county
   * has none.
   */
  neighboursOf(postcode: string): PostcodePoint[];
  /** The geographic postcode nearest a point (undefined only when the file is empty). */
  nearest(point: { lon: number; lat: number }): PostcodePoint | undefined;
  readonly size: number;
}

/** 'le11 3tu', 'LE113TU' and ' Le11  3Tu ' all become 'LE11 3TU'. */
export function normalisePostcode(input: string): string {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

export const POSTCODE_PATTERN = /^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/i;

/** 'LE11 3TU' → 'LE11' (the outward code, or postcode district). */
export const outwardCode = (postcode: string) => normalisePostcode(postcode).split(' ')[0]!;

/** 'LE11 3TU' → 'LE11 3' (the postcode sector). */
export const postcodeSector = (postcode: string) => normalisePostcode(postcode).slice(0, -2);

function readPoints(file: string): PostcodePoint[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [postcode, lon, lat, geographic] = line.split(',');
      return { postcode: postcode!, lon: Number(lon), lat: Number(lat), geographic: geographic === '1' };
    });
}

function groupBy(points: PostcodePoint[], key: (p: PostcodePoint) => string) {
  const groups = new Map<string, PostcodePoint[]>();
  for (const point of points) {
    const group = groups.get(key(point));
    if (group) group.push(point);
    else groups.set(key(point), [point]);
  }
  return groups;
}

/**
 * The point nearest another, by a flat-earth distance with longitude scaled to the latitude: within a
 * county that ranks points as the great-circle distance does. Example: nearestOf(settlements,
 * { lon: -1.31, lat: 52.77 }) is Shepshed.
 */
export function nearestOf<T extends { lon: number; lat: number }>(
  points: readonly T[],
  point: { lon: number; lat: number },
): T | undefined {
  const scale = Math.cos((point.lat * Math.PI) / 180);
  let best: T | undefined;
  let bestSquared = Infinity;
  for (const p of points) {
    const dx = (p.lon - point.lon) * scale;
    const dy = p.lat - point.lat;
    const squared = dx * dx + dy * dy;
    if (squared < bestSquared) [best, bestSquared] = [p, squared];
  }
  return best;
}

export function loadPostcodes(geoDir: string): PostcodeIndex {
  const all = readPoints(path.join(geoDir, 'postcodes.csv'));
  const points = new Map(all.map((p) => [p.postcode, p]));
  const geographic = all.filter((p) => p.geographic);
  const bySector = groupBy(geographic, (p) => postcodeSector(p.postcode));
  const byOutward = groupBy(geographic, (p) => outwardCode(p.postcode));
  return {
    find: (postcode) => points.get(normalisePostcode(postcode)),
    neighboursOf: (postcode) =>
      bySector.get(postcodeSector(postcode)) ?? byOutward.get(outwardCode(postcode)) ?? [],
    nearest: (point) => nearestOf(geographic, point),
    size: points.size,
  };
}
