/**
 * Readers for geo/sources (see its SOURCES.md). Only the build and its tests read these; the
 * service reads only the built files of geo/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { parseCsv } from './csv';

export type AreaGeometry = Polygon | MultiPolygon;

/** Properties of leicestershire_oa11.geojson. */
export interface SourceOaProperties {
  OA11CD: string;
  LSOA11CD: string;
  LAD11CD: string;
  RUC11CD_LSOA: string;
  area_km2: number;
  n_postcodes: number;
  /** Postcodes not pinned to a delivery office (n_same_coords ≤ 5, SOURCES.md). */
  n_geographic_postcodes: number;
}

export interface Settlement {
  name: string;
  lon: number;
  lat: number;
  lad: string;
  oa: string;
}

export interface PostcodePoint {
  postcode: string;
  lon: number;
  lat: number;
  lad: string;
  oa: string;
  /** More than 5 postcodes on one spot are PO boxes or large users (SOURCES.md). */
  geographic: boolean;
}

export interface District {
  lad: string;
  name: string;
}

export interface LsoaRuc {
  lsoa: string;
  ruc11cd: string;
  ruc11: string;
}

function readJson<T>(dir: string, file: string): T {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
}

function readCsv(dir: string, file: string): Record<string, string>[] {
  return parseCsv(readFileSync(join(dir, file), 'utf8'));
}

export function readOutputAreas(dir: string): FeatureCollection<AreaGeometry, SourceOaProperties> {
  return readJson(dir, 'leicestershire_oa11.geojson');
}

export function readCounty(dir: string): FeatureCollection<AreaGeometry> {
  return readJson(dir, 'leicestershire_county.geojson');
}

export function readDistricts(dir: string): District[] {
  const fc = readJson<FeatureCollection<AreaGeometry, { LAD_CD: string; LAD_NM: string }>>(
    dir,
    'leicestershire_districts.geojson',
  );
  return fc.features.map((f) => ({ lad: f.properties.LAD_CD, name: f.properties.LAD_NM }));
}

export function readSettlements(dir: string): Settlement[] {
  return readCsv(dir, 'settlements_leicestershire.csv').map((row) => ({
    name: row.name ?? '',
    lon: Number(row.lon),
    lat: Number(row.lat),
    lad: row.LAD_CD ?? '',
    oa: row.OA11CD ?? '',
  }));
}

export function readPostcodes(dir: string): PostcodePoint[] {
  return readCsv(dir, 'postcodes_leicestershire.csv').map((row) => ({
    postcode: row.pcds ?? '',
    lon: Number(row.lon),
    lat: Number(row.lat),
    lad: row.LAD_CD ?? '',
    oa: row.OA11CD ?? '',
    geographic: Number(row.n_same_coords) <= 5,
  }));
}

export function readLsoaRuc(dir: string): Map<string, LsoaRuc> {
  const rows = readCsv(dir, 'ruc2011_lsoa11_leicestershire.csv');
  return new Map(
    rows.map((row) => [
      row.LSOA11CD ?? '',
      { lsoa: row.LSOA11CD ?? '', ruc11cd: row.RUC11CD ?? '', ruc11: row.RUC11 ?? '' },
    ]),
  );
}
