import fs from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Knex } from 'knex';
import { londonDate } from '../calendar/dates';
import type { ZoneFactsService } from './facts';
import { buildAreaIndex, type AreaLayer } from './lookup';
import { loadLocator, type Locator } from './locator';
import { outsideServiceArea, placeOnLayer, type Placement, type PlaceResult } from './placement';

export type ZoneCollection = FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>>;

/** One version of the area layer: the one built into geo/ (id null) or an admin's upload. */
export interface LayerVersion {
  id: number | null;
  appliesFrom: string | null;
  label: string;
  locator: Locator;
  areas: AreaLayer;
  zones: ZoneCollection;
  simplifiedZones: ZoneCollection;
}

type Point = { lon: number; lat: number };

const REFRESH_MS = 30_000;

/**
 * The area layer in force at a moment, and where a point falls on it: the latest uploaded version
 * whose date has come, else the one built into geo/. Every instance reads uploads from the database, checking for new ones at
 * most every 30 s (at once after an upload it made itself), and indexes each version once.
 */
export function createZoneLayers(deps: {
  db: Knex;
  facts: ZoneFactsService;
  geoDir: string;
  baseline?: Locator;
}) {
  const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(deps.geoDir, file), 'utf8'));
  const builtAreas = readJson('areas.geojson') as AreaLayer;
  const built: LayerVersion = {
    id: null,
    appliesFrom: null,
    label: 'Built by geo:build from the open data in geo/sources (geo/README.md)',
    locator: deps.baseline ?? loadLocator(deps.geoDir),
    areas: builtAreas,
    zones: readJson('zones.geojson') as ZoneCollection,
    simplifiedZones: readJson('zones.simplified.geojson') as ZoneCollection,
  };
  const loaded = new Map<number, LayerVersion>();
  let versions: { id: number; applies_from: string }[] = [];
  let checkedAt = -Infinity;

  async function refreshIfDue(): Promise<void> {
    if (Date.now() - checkedAt < REFRESH_MS) return;
    versions = await deps
      .db('area_layers')
      .orderBy([
        { column: 'applies_from', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .select('id', 'applies_from');
    checkedAt = Date.now();
  }

  async function load(id: number): Promise<LayerVersion> {
    const cached = loaded.get(id);
    if (cached) return cached;
    const row = await deps.db('area_layers').where({ id }).first();
    const areas = JSON.parse(row.areas_geojson) as AreaLayer;
    const zones = JSON.parse(row.zones_geojson) as ZoneCollection;
    const version: LayerVersion = {
      id,
      appliesFrom: row.applies_from,
      label: row.label,
      locator: buildAreaIndex(areas),
      areas,
      zones,
      simplifiedZones: zones,
    };
    loaded.set(id, version);
    return version;
  }

  async function inForce(now: number): Promise<LayerVersion> {
    await refreshIfDue();
    const today = londonDate(now);
    const current = versions.find((v) => v.applies_from <= today);
    return current ? load(current.id) : built;
  }

  async function place(point: Point, now: number): Promise<PlaceResult> {
    const layer = await inForce(now);
    return placeOnLayer(layer, (zoneId) => deps.facts.of(deps.db, zoneId), point);
  }

  return {
    built,
    inForce,
    /** After this instance stores an upload: look again at once. */
    invalidate() {
      checkedAt = -Infinity;
    },
    /**
     * The one way to place a point at an instant: its zone, band, band method and area under the
     * layer in force then, and that layer's version; or, outside the service area, the nearest zone.
     */
    place,
    /** As place, refusing a point outside the service area with 422 (the API's answer). */
    async placeInside(point: Point, now: number): Promise<Placement> {
      const placed = await place(point, now);
      if (!placed.inside) throw outsideServiceArea(placed);
      return placed;
    },
  };
}

export type ZoneLayers = ReturnType<typeof createZoneLayers>;
