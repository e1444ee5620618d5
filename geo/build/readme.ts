/**
 * Fills geo/build/readme-template.md with the figures of this build, so geo/README.md never
 * disagrees with the files beside it.
 */
import type { AreaLayer } from '../../src/zones/lookup';
import type { ZoneAssignment, ZoneOverride } from './assign-zones';
import { CATCHMENT_KM } from './assignment-rules';
import type { BandOverride, DensitySplit } from './bands';
import {
  bandShareTable,
  bandSourceTable,
  densitySummary,
  districtZoneTable,
  overrideShift,
  zoneTable,
} from './report';
import type { PostcodePoint } from './sources';

export interface ReadmeInputs {
  template: string;
  areas: AreaLayer;
  postcodes: PostcodePoint[];
  zoneAssignments: Map<string, ZoneAssignment>;
  densitySplit?: DensitySplit;
  zoneOverrides: ZoneOverride[];
  bandOverrides: BandOverride[];
}

export function renderReadme(inputs: ReadmeInputs): string {
  const ladNames = new Map(inputs.areas.features.map((f) => [f.properties.lad, f.properties.ladName]));
  const values: Record<string, string> = {
    bandMethod: inputs.densitySplit
      ? 'the LSOA RUC2011 class, with E1 split by the **settlement-density proxy** (no OA-level file was supplied)'
      : 'the **official OA-level RUC2011** file supplied with `--ruc-oa`',
    bandShares: bandShareTable(inputs.areas, inputs.postcodes),
    bandSources: bandSourceTable(inputs.areas),
    densitySplit: densitySummary(inputs.densitySplit, inputs.areas),
    zoneTable: zoneTable(inputs.areas, inputs.postcodes, inputs.zoneAssignments),
    districtZones: districtZoneTable(inputs.areas),
    overrideShift: overrideShift(inputs.areas, inputs.postcodes),
    catchments: Object.entries(CATCHMENT_KM)
      .flatMap(([lad, zones]) =>
        Object.entries(zones).map(([zone, km]) => `| ${ladNames.get(lad) ?? lad} | ${zone} | ${km} km |`),
      )
      .join('\n'),
    zoneOverrides:
      inputs.zoneOverrides
        .map((o) => `| ${o.areaId || '–'} | ${o.lsoa || '–'} | ${o.zoneId} | ${o.reason} |`)
        .join('\n') || '| – | – | – | none |',
    bandOverrides:
      inputs.bandOverrides
        .map(
          (o) =>
            `| ${o.zoneId || '–'} | ${o.areaId || '–'} | ${o.fromBand || 'any'} | ${o.band} | ${o.reason} |`,
        )
        .join('\n') || '| – | – | – | – | none |',
  };
  return inputs.template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`readme-template.md: unknown placeholder {{${name}}}`);
    return value;
  });
}
