/**
 * Figures for geo/README.md: how the bands and zones came out, beside the council's July 2019 hours.
 */
import { MAINTENANCE_HOURS_JULY_2019, ZONE_CATALOGUE } from '../../src/zones/catalogue';
import { BAND_SOURCES, PRICE_BANDS, type AreaLayer } from '../../src/zones/lookup';
import type { ZoneAssignment } from './assign-zones';
import type { DensitySplit } from './bands';
import type { PostcodePoint } from './sources';

const pct = (part: number, whole: number, digits = 1) =>
  `${whole > 0 ? ((100 * part) / whole).toFixed(digits) : '0'}%`;
const int = (n: number) => n.toLocaleString('en-GB');

function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Postcodes counted by the band/zone of the OA the postcode file gives them. */
function countByArea(
  layer: AreaLayer,
  postcodes: PostcodePoint[],
  pick: (p: AreaLayer['features'][number]['properties']) => string,
) {
  const byOa = new Map(layer.features.map((f) => [f.properties.areaId, pick(f.properties)]));
  const all = new Map<string, number>();
  const geographic = new Map<string, number>();
  for (const pc of postcodes) {
    const group = byOa.get(pc.oa) ?? 'none';
    all.set(group, (all.get(group) ?? 0) + 1);
    if (pc.geographic) geographic.set(group, (geographic.get(group) ?? 0) + 1);
  }
  return { all, geographic };
}

export function bandShareTable(layer: AreaLayer, postcodes: PostcodePoint[]): string {
  const { all, geographic } = countByArea(layer, postcodes, (p) => p.band);
  const totalHours = Object.values(MAINTENANCE_HOURS_JULY_2019).reduce((a, b) => a + b, 0);
  const geoTotal = postcodes.filter((p) => p.geographic).length;
  const rows = PRICE_BANDS.map((band) => [
    band,
    int(layer.features.filter((f) => f.properties.band === band).length),
    int(all.get(band) ?? 0),
    pct(all.get(band) ?? 0, postcodes.length),
    pct(geographic.get(band) ?? 0, geoTotal),
    int(MAINTENANCE_HOURS_JULY_2019[band]),
    pct(MAINTENANCE_HOURS_JULY_2019[band], totalHours),
  ]);
  rows.push([
    'total',
    int(layer.features.length),
    int(postcodes.length),
    '100%',
    '100%',
    int(totalHours),
    '100%',
  ]);
  return table(
    [
      'Band',
      'OAs',
      'Postcodes',
      'Share of postcodes',
      'Share of geographic postcodes',
      'Maintenance hours Jul 2019',
      'Share of hours',
    ],
    rows,
  );
}

export function bandSourceTable(layer: AreaLayer): string {
  const rows = BAND_SOURCES.flatMap((source) =>
    PRICE_BANDS.map(
      (band) =>
        [
          source,
          band,
          layer.features.filter((f) => f.properties.bandSource === source && f.properties.band === band)
            .length,
        ] as const,
    ),
  ).filter(([, , n]) => n > 0);
  return table(
    ['bandSource', 'band', 'OAs'],
    rows.map(([s, b, n]) => [s, b, int(n)]),
  );
}

export function zoneTable(
  layer: AreaLayer,
  postcodes: PostcodePoint[],
  assignments: Map<string, ZoneAssignment>,
): string {
  const { geographic } = countByArea(layer, postcodes, (p) => p.zoneId);
  const geoTotal = postcodes.filter((p) => p.geographic).length;
  const plannedTotal = ZONE_CATALOGUE.reduce((sum, z) => sum + z.plannedWeeklyHours, 0);
  const rows = ZONE_CATALOGUE.map((zone) => {
    const members = layer.features.filter((f) => f.properties.zoneId === zone.id);
    const rules = (rule: ZoneAssignment['zoneRule']) =>
      members.filter((f) => assignments.get(f.properties.areaId)?.zoneRule === rule).length;
    const districts = [...new Set(members.map((f) => f.properties.ladName))].sort().join(', ');
    return [
      zone.id,
      districts,
      `${int(members.length)} (${rules('settlement')} / ${rules('nearest-settlement')} / ${rules('override')})`,
      pct(geographic.get(zone.id) ?? 0, geoTotal),
      pct(zone.plannedWeeklyHours, plannedTotal),
    ];
  });
  return table(
    [
      'Zone',
      'Districts',
      'OAs (settlement / nearest / override)',
      'Share of geographic postcodes',
      'Share of planned hours (App C)',
    ],
    rows,
  );
}

export function densitySummary(split: DensitySplit | undefined, layer: AreaLayer): string {
  if (!split) return 'E1 was split with the official OA-level RUC2011 file (`--ruc-oa`); no proxy was used.';
  const isolated = layer.features.filter(
    (f) => f.properties.bandSource === 'density-proxy' && f.properties.band === 'isolated',
  ).length;
  return (
    `Threshold: an E1 OA with at most **${split.thresholdPerKm2.toFixed(2)} geographic postcodes per km²** is isolated. ` +
    `${int(isolated)} OAs are isolated; they hold **${pct(split.achievedShare, 1)}** of the E1 OAs' geographic postcodes ` +
    `(target ${pct(MAINTENANCE_HOURS_JULY_2019.isolated, MAINTENANCE_HOURS_JULY_2019.isolated + MAINTENANCE_HOURS_JULY_2019.rural)}).`
  );
}

export function districtZoneTable(layer: AreaLayer): string {
  const byDistrict = new Map<string, Map<string, number>>();
  for (const { properties: p } of layer.features) {
    const zones = byDistrict.get(p.ladName) ?? new Map<string, number>();
    zones.set(p.zoneId, (zones.get(p.zoneId) ?? 0) + 1);
    byDistrict.set(p.ladName, zones);
  }
  const rows = [...byDistrict]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([district, zones]) => [district, [...zones].map(([zone, n]) => `${zone} (${n})`).join(', ')]);
  return table(['District', 'Zones (OAs)'], rows);
}

/** How many postcodes the band overrides moved, to set beside the shares above. */
export function overrideShift(layer: AreaLayer, postcodes: PostcodePoint[]): string {
  const overridden = new Set(
    layer.features.filter((f) => f.properties.bandSource === 'override').map((f) => f.properties.areaId),
  );
  const moved = postcodes.filter((pc) => overridden.has(pc.oa)).length;
  return `The band overrides cover ${int(overridden.size)} OAs with ${int(moved)} postcodes (${pct(moved, postcodes.length)} of the county's).`;
}
