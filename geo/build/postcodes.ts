import type { PostcodePoint, Settlement } from './sources';

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

/**
 * geo/settlements.csv: the named settlements of geo/sources (GeoNames points, SOURCES.md), so that the
 * service can say which one a person lives near without the sources (an offer's "near Shepshed, LE12").
 * Columns: name, lon, lat; ordered by name.
 */
export function settlementsCsv(settlements: readonly Settlement[]): string {
  const lines = [...settlements]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((s) => `${s.name},${s.lon},${s.lat}`);
  return ['name,lon,lat', ...lines].join('\n') + '\n';
}
