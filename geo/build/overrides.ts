/**
 * The committed exception tables in geo/ (explained in geo/README.md). They are data, read by
 * the build, so a council can change them without touching code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PRICE_BANDS, type PriceBand } from '../../src/zones/lookup';
import { findZone } from '../../src/zones/catalogue';
import type { ZoneOverride } from './assign-zones';
import type { BandOverride } from './bands';
import { parseCsv } from './csv';

export const ZONE_OVERRIDES_FILE = 'zone-overrides.csv';
export const BAND_OVERRIDES_FILE = 'band-overrides.csv';

function readRows(geoDir: string, file: string): Record<string, string>[] {
  const path = join(geoDir, file);
  return existsSync(path) ? parseCsv(readFileSync(path, 'utf8')) : [];
}

function zoneIdOf(value: string, file: string): string {
  const zone = findZone(value);
  if (!zone) throw new Error(`${file}: unknown zone "${value}"`);
  return zone.id;
}

function bandOf(value: string, file: string): PriceBand {
  if (!(PRICE_BANDS as readonly string[]).includes(value))
    throw new Error(`${file}: unknown band "${value}"`);
  return value as PriceBand;
}

/** geo/zone-overrides.csv: areaId,lsoa,zoneId,reason (an areaId or an LSOA code). */
export function readZoneOverrides(geoDir: string): ZoneOverride[] {
  return readRows(geoDir, ZONE_OVERRIDES_FILE).map((row) => {
    if (!row.areaId === !row.lsoa)
      throw new Error(`${ZONE_OVERRIDES_FILE}: give either an areaId or an lsoa`);
    if (!row.reason) throw new Error(`${ZONE_OVERRIDES_FILE}: every row needs a reason`);
    return {
      areaId: row.areaId ?? '',
      lsoa: row.lsoa ?? '',
      zoneId: zoneIdOf(row.zoneId ?? '', ZONE_OVERRIDES_FILE),
      reason: row.reason,
    };
  });
}

/** geo/band-overrides.csv: zoneId,areaId,fromBand,band,reason (zoneId or areaId; fromBand may be empty). */
export function readBandOverrides(geoDir: string): BandOverride[] {
  return readRows(geoDir, BAND_OVERRIDES_FILE).map((row) => {
    if (!row.zoneId === !row.areaId)
      throw new Error(`${BAND_OVERRIDES_FILE}: give either a zoneId or an areaId`);
    if (!row.reason) throw new Error(`${BAND_OVERRIDES_FILE}: every row needs a reason`);
    return {
      zoneId: row.zoneId ? zoneIdOf(row.zoneId, BAND_OVERRIDES_FILE) : '',
      areaId: row.areaId ?? '',
      fromBand: row.fromBand ? bandOf(row.fromBand, BAND_OVERRIDES_FILE) : '',
      band: bandOf(row.band ?? '', BAND_OVERRIDES_FILE),
      reason: row.reason,
    };
  });
}

/**
 * The official OA-level RUC2011 file (ONS RUC11_OA11_EW.csv: OA11CD, RUC11CD, …), when a
 * council supplies it with --ruc-oa. Column names are matched case-insensitively.
 */
export function readOaRuc(file: string): Map<string, string> {
  const rows = parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  const lower = (row: Record<string, string>, name: string) =>
    Object.entries(row)
      .find(([key]) => key.toLowerCase() === name)?.[1]
      ?.trim() ?? '';
  const result = new Map<string, string>();
  for (const row of rows) {
    const oa = lower(row, 'oa11cd');
    const code = lower(row, 'ruc11cd');
    if (!oa || !code) throw new Error(`${file}: needs OA11CD and RUC11CD columns`);
    result.set(oa, code);
  }
  return result;
}
