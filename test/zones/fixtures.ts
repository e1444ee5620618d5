/**
 * Paths and readers shared by the zone tests. Tests that need the open data read it from geo/sources,
 * the same files geo:build reads.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const GEO_DIR = resolve(REPO_ROOT, 'geo');
export const FIXTURES_DIR = resolve(REPO_ROOT, 'test/fixtures/geo');
export const SOURCES_DIR = resolve(GEO_DIR, 'sources');

export function readGeoJson<T extends FeatureCollection>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Rebuild expected-output fixtures only when asked (docs/development.md, Conventions). */
export const UPDATE_FIXTURES = process.env.UPDATE_GEO_FIXTURES === '1';
