/**
 * Paths and readers shared by the zone tests. Tests that need the open data read it from
 * ../shared/geo-sources (beside the repo, as in CI); without it they skip and say why.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const GEO_DIR = resolve(REPO_ROOT, 'geo');
export const FIXTURES_DIR = resolve(REPO_ROOT, 'test/fixtures/geo');
export const SOURCES_DIR = resolve(
  process.env.GEO_SOURCES_DIR ?? resolve(REPO_ROOT, '../shared/geo-sources'),
);
export const HAVE_SOURCES = existsSync(resolve(SOURCES_DIR, 'postcodes_leicestershire.csv'));

/** Call at the top of a test file whose tests need the open data; says why they are skipped. */
export function warnIfNoSources(): void {
  if (!HAVE_SOURCES) {
    console.warn(
      `Zone tests that need the open data are skipped: ${SOURCES_DIR} is missing (set GEO_SOURCES_DIR).`,
    );
  }
}

export function readGeoJson<T extends FeatureCollection>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Rebuild expected-output fixtures only when asked (style.md §13). */
export const UPDATE_FIXTURES = process.env.UPDATE_GEO_FIXTURES === '1';
