/**
 * Writes src/web/coverage-map/settlements.json: the map's settlement labels, the main settlements
 * of each zone (src/zones/catalogue.ts, docs/specification/zones-and-bands.md §2.4) at the same
 * points the zone build seeds the zones from (settlements_leicestershire.csv, geo/build/seeds.ts).
 * The service reads only the committed JSON, never geo/sources; run this again only when the
 * catalogue or the sources change:
 *
 *   npm run web:settlements [-- --sources DIR]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildZoneSeeds } from './seeds';
import { readSettlements } from './sources';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const flag = process.argv.indexOf('--sources');
const sourcesDir = flag > 0 ? path.resolve(process.argv[flag + 1] ?? '') : path.join(repoRoot, 'geo/sources');

const round = (x: number) => Math.round(x * 10_000) / 10_000;
const seeds = buildZoneSeeds(readSettlements(sourcesDir)).map((s) => ({
  zoneId: s.zoneId,
  name: s.settlement,
  lon: round(s.lon),
  lat: round(s.lat),
}));
const out = path.join(repoRoot, 'src/web/coverage-map/settlements.json');
// One settlement a line, spaced as Prettier formats the committed file, so a rebuild shows no diff.
const line = (s: (typeof seeds)[number]) =>
  `  { "zoneId": ${JSON.stringify(s.zoneId)}, "name": ${JSON.stringify(s.name)}, "lon": ${s.lon}, "lat": ${s.lat} }`;
fs.writeFileSync(out, `[\n${seeds.map(line).join(',\n')}\n]\n`);
process.stdout.write(`${seeds.length} settlements written to ${path.relative(process.cwd(), out)}\n`);
