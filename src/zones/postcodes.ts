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
  readonly size: number;
}

/** 'le11 3tu', 'LE113TU' and ' Le11  3Tu ' all become 'LE11 3TU'. */
export function normalisePostcode(input: string): string {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

export const POSTCODE_PATTERN = /^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/i;

export function loadPostcodes(geoDir: string): PostcodeIndex {
  const file = path.join(geoDir, 'postcodes.csv');
  const points = new Map<string, PostcodePoint>();
  if (fs.existsSync(file)) {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    for (const line of lines.slice(1)) {
      if (line.trim() === '') continue;
      const [postcode, lon, lat, geographic] = line.split(',');
      points.set(postcode!, {
        postcode: postcode!,
        lon: Number(lon),
        lat: Number(lat),
        geographic: geographic === '1',
      });
    }
  }
  return { find: (postcode) => points.get(normalisePostcode(postcode)), size: points.size };
}
