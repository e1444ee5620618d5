import fs from 'node:fs';
import path from 'node:path';
import { nearestOf, outwardCode, type PostcodeIndex } from './postcodes';

/**
 * Where a person lives, as much as a provider needs to judge travel before it is awarded the package
 * (docs/specification/allocation.md §5.14): the nearest named settlement and the postcode district,
 * e.g. "near Shepshed, LE12" — never the full postcode, the reference or the coordinates.
 */
export interface Whereabouts {
  near: string | null;
  postcodeDistrict: string | null;
  label: string | null;
}

interface Settlement {
  name: string;
  lon: number;
  lat: number;
}

/** geo/settlements.csv (built by geo:build from geo/sources): name, lon, lat. */
function readSettlements(file: string): Settlement[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [name, lon, lat] = line.split(',');
      return { name: name!, lon: Number(lon), lat: Number(lat) };
    });
}

/** "near Shepshed, LE12"; either part alone when the other is unknown. */
export function whereaboutsLabel(near: string | null, district: string | null): string | null {
  if (near && district) return `near ${near}, ${district}`;
  if (near) return `near ${near}`;
  return district;
}

export function createWhereabouts(deps: { geoDir: string; postcodes: PostcodeIndex }) {
  const settlements = readSettlements(path.join(deps.geoDir, 'settlements.csv'));
  /**
   * The postcode district is the outward code of the package's postcode when it was given; for a
   * package placed by coordinates, that of the nearest postcode.
   */
  return function whereabouts(pkg: {
    lon: number | null;
    lat: number | null;
    postcode: string | null;
  }): Whereabouts {
    const point = pkg.lon !== null && pkg.lat !== null ? { lon: pkg.lon, lat: pkg.lat } : null;
    const near = point ? (nearestOf(settlements, point)?.name ?? null) : null;
    const postcode = pkg.postcode ?? (point ? deps.postcodes.nearest(point)?.postcode : undefined) ?? null;
    const postcodeDistrict = postcode ? outwardCode(postcode) : null;
    return { near, postcodeDistrict, label: whereaboutsLabel(near, postcodeDistrict) };
  };
}

export type WhereaboutsOf = ReturnType<typeof createWhereabouts>;
