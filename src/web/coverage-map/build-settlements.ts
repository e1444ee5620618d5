/**
 * Writes src/web/coverage-map/settlements.json: the map's settlement labels, the main settlements of
 * each zone (src/zones/catalogue.ts, domain.md §2.2) at the same points the zone build seeds the
 * zones from (settlements_leicestershire.csv, src/zones/build/seeds.ts). The service reads only the
 * committed JSON, never ../shared; run this again only when the catalogue or the sources change:
 *
 *   npm run web:settlements [-- --sources DIR]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildZoneSeeds } from '../../zones/build/seeds';
import { readSettlements } from '../../zones/build/sources';

const here = path.dirname(fileURLToPath(import.meta.url));
const flag = process.argv.indexOf('--sources');
const sourcesDir =
  flag > 0
    ? path.resolve(process.argv[flag + 1] ?? '')
    : path.resolve(here, '../../../../shared/geo-sources');

const round = (x: number) => Math.round(x * 10_000) / 10_000;
const seeds = buildZoneSeeds(readSettlements(sourcesDir)).map((s) => ({
  zoneId: s.zoneId,
  name: s.settlement,
  lon: round(s.lon),
  lat: round(s.lat),
}));
const out = path.join(here, 'settlements.json');
fs.writeFileSync(out, `[\n${seeds.map((s) => JSON.stringify(s)).join(',\n')}\n]\n`);
process.stdout.write(`${seeds.length} settlements written to ${path.relative(process.cwd(), out)}\n`);
