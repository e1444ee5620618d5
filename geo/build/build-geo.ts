/**
 * `npm run geo:build`: assembles geo/ (areas, zones, simplified zones, postcodes, settlements, README) from the
 * open data in geo/sources. Reproducible: the same sources and tables give byte-identical files.
 *
 *   tsx geo/build/build-geo.ts [--sources DIR] [--ruc-oa FILE] [--geo DIR]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { postcodesCsv, settlementsCsv } from './postcodes';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { FeatureCollection } from 'geojson';
import { buildAreaLayer } from './area-layer';
import { readBandOverrides, readOaRuc, readZoneOverrides } from './overrides';
import { renderReadme } from './readme';
import { simplifyCoverage } from './simplify-shared';
import { readDistricts, readLsoaRuc, readOutputAreas, readPostcodes, readSettlements } from './sources';
import { buildZoneLayer } from '../../src/zones/geometry/zone-layer';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_SOURCES_DIR = resolve(REPO_ROOT, 'geo/sources');
export const DEFAULT_GEO_DIR = resolve(REPO_ROOT, 'geo');
/** Douglas–Peucker tolerance of zones.simplified.geojson: invisible on a county-wide web map. */
export const SIMPLIFY_TOLERANCE_METRES = 75;

export interface BuildOptions {
  sourcesDir: string;
  /** Holds the override tables and receives the outputs. */
  geoDir: string;
  rucOaFile?: string;
}

/** The geo/ files as text, keyed by file name. */
export function buildGeo(options: BuildOptions): Map<string, string> {
  const { sourcesDir, geoDir } = options;
  const postcodes = readPostcodes(sourcesDir);
  const settlements = readSettlements(sourcesDir);
  const areas = buildAreaLayer({
    outputAreas: readOutputAreas(sourcesDir).features,
    settlements,
    postcodes,
    lsoaRuc: readLsoaRuc(sourcesDir),
    districts: readDistricts(sourcesDir),
    zoneOverrides: readZoneOverrides(geoDir),
    bandOverrides: readBandOverrides(geoDir),
    oaRuc: options.rucOaFile ? readOaRuc(options.rucOaFile) : undefined,
  });
  const zones = buildZoneLayer(areas.layer);
  const simplifiedGeometries = simplifyCoverage(
    zones.features.map((f) => f.geometry),
    SIMPLIFY_TOLERANCE_METRES,
  );
  const simplified = {
    ...zones,
    features: zones.features.map((f, i) => ({ ...f, geometry: simplifiedGeometries[i] ?? f.geometry })),
  };
  const readme = renderReadme({
    template: readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'readme-template.md'), 'utf8'),
    areas: areas.layer,
    postcodes,
    zoneAssignments: areas.zoneAssignments,
    densitySplit: areas.densitySplit,
    zoneOverrides: readZoneOverrides(geoDir),
    bandOverrides: readBandOverrides(geoDir),
  });
  return new Map([
    ['areas.geojson', featureCollectionText(areas.layer)],
    ['zones.geojson', featureCollectionText(zones)],
    ['zones.simplified.geojson', featureCollectionText(simplified)],
    ['postcodes.csv', postcodesCsv(postcodes)],
    ['settlements.csv', settlementsCsv(settlements)],
    ['README.md', readme],
  ]);
}

/** One feature per line, so a change shows up in a diff as the features it touches. */
export function featureCollectionText(fc: FeatureCollection): string {
  const lines = fc.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

function main(): void {
  const { values } = parseArgs({
    options: { sources: { type: 'string' }, 'ruc-oa': { type: 'string' }, geo: { type: 'string' } },
  });
  const options: BuildOptions = {
    sourcesDir: resolve(values.sources ?? DEFAULT_SOURCES_DIR),
    geoDir: resolve(values.geo ?? DEFAULT_GEO_DIR),
    rucOaFile: values['ruc-oa'] ? resolve(values['ruc-oa']) : undefined,
  };
  const started = performance.now();
  for (const [file, text] of buildGeo(options)) {
    writeFileSync(join(options.geoDir, file), text);
    console.log(`wrote ${join(options.geoDir, file)} (${Math.round(text.length / 1024)} KiB)`);
  }
  console.log(`geo:build done in ${Math.round(performance.now() - started)} ms`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
