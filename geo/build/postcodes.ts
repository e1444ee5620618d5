import type { PostcodePoint } from './sources';

/**
 * geo/postcodes.csv: every county postcode point from geo/sources, so that the service can place a
 * postcode without the sources. Columns: postcode, lon, lat, geographic (0 for PO boxes and large
 * users pinned to a delivery office, SOURCES.md "n_same_coords").
 */
export function postcodesCsv(points: readonly PostcodePoint[]): string {
  const lines = [...points]
    .sort((a, b) => (a.postcode < b.postcode ? -1 : a.postcode > b.postcode ? 1 : 0))
    .map((p) => `${p.postcode},${p.lon},${p.lat},${p.geographic ? 1 : 0}`);
  return ['postcode,lon,lat,geographic', ...lines].join('\n') + '\n';
}
