import { normalisePostcode, outwardCode, type PostcodeIndex, type PostcodePoint } from './postcodes';

/**
 * What a well-formed postcode is to the service. The county file (geo/postcodes.csv) holds every
 * postcode whose point lies in the county; one not there is placed by its outward code:
 * Leicester City and Rutland are separate councils (docs/specification/zones-and-bands.md §2.1), the outward codes that
 * lie wholly in the county make it an unknown postcode (a typo, or too new for the data), and any
 * other is outside the service area, near the county's postcodes of its sector when it has any.
 */
export type PostcodeFinding =
  | { kind: 'home'; postcode: string; point: { lon: number; lat: number } }
  | { kind: 'non-geographic'; postcode: string }
  | { kind: 'outside'; postcode: string; council: string | null; near: PostcodePoint[] }
  | { kind: 'unknown'; postcode: string };

/** Leicester City's outward codes (LE21, LE41 and LE87 are its PO-box and large-user codes). */
const LEICESTER_CITY = new Set(['LE1', 'LE2', 'LE3', 'LE4', 'LE5', 'LE21', 'LE41', 'LE87']);

/** Rutland: LE15 (Oakham, Uppingham) and the Rutland villages of PE9 (the rest is Lincolnshire). */
const RUTLAND = new Set(['LE15', 'PE9']);

/**
 * Outward codes all of whose postcodes lie in the county (ONS NSPL May 2025: the county file holds
 * each one's every postcode, geo/sources/SOURCES.md), so a postcode of one not in the file is unknown.
 */
const WHOLLY_IN_COUNTY = new Set([
  'LE6',
  'LE8',
  'LE9',
  'LE11',
  'LE13',
  'LE18',
  'LE19',
  'LE67',
  'LE94',
  'LE95',
]);

function councilOf(outward: string): string | null {
  if (LEICESTER_CITY.has(outward)) return 'Leicester City';
  if (RUTLAND.has(outward)) return 'Rutland';
  return null;
}

/**
 * @example findPostcode(index, 'le67 3ja') // { kind: 'home', postcode: 'LE67 3JA', point: { … } }
 * @example findPostcode(index, 'LE15 6RB') // { kind: 'outside', council: 'Rutland', near: […] }
 */
export function findPostcode(index: PostcodeIndex, postcode: string): PostcodeFinding {
  const found = index.find(postcode);
  if (found) {
    if (!found.geographic) return { kind: 'non-geographic', postcode: found.postcode };
    return { kind: 'home', postcode: found.postcode, point: { lon: found.lon, lat: found.lat } };
  }
  const outward = outwardCode(postcode);
  const normalised = normalisePostcode(postcode);
  if (WHOLLY_IN_COUNTY.has(outward)) return { kind: 'unknown', postcode: normalised };
  return {
    kind: 'outside',
    postcode: normalised,
    council: councilOf(outward),
    near: index.neighboursOf(postcode),
  };
}
