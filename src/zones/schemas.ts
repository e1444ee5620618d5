import { z } from 'zod';
import { IsoDate } from '../calendar/dates';
import { BANDS } from '../pricing/bands';
import { BAND_SOURCES } from './lookup';
import { POSTCODE_PATTERN } from './postcodes';

const coordinate = (min: number, max: number) => z.coerce.number().finite().min(min).max(max);

export const LocateQuery = z
  .object({
    lat: coordinate(-90, 90).optional(),
    lon: coordinate(-180, 180).optional(),
    postcode: z.string().trim().max(10).regex(POSTCODE_PATTERN, 'a UK postcode such as LE11 3TU').optional(),
  })
  .refine((q) => (q.postcode !== undefined) !== (q.lat !== undefined || q.lon !== undefined), {
    message: 'give either lat and lon, or postcode',
    path: ['postcode'],
  })
  .refine((q) => q.postcode !== undefined || (q.lat !== undefined && q.lon !== undefined), {
    message: 'lat and lon go together',
    path: ['lon'],
  });

export const LocationSchema = z
  .object({
    location: z.object({ lat: z.number(), lon: z.number() }),
    postcode: z.string().nullable(),
    zone: z.object({ id: z.string(), name: z.string(), hasPrimes: z.boolean() }),
    band: z.object({ band: z.string(), source: z.string() }),
    hourlyRatePence: z.number().int().nullable(),
    rateCardAppliesFrom: z.string().nullable(),
    areaId: z.string(),
    lsoa: z.string(),
    district: z.object({ code: z.string(), name: z.string() }),
    layer: z.object({ id: z.number().int().nullable(), appliesFrom: z.string().nullable() }),
  })
  .meta({ id: 'Location' });

export const ZoneIdParams = z.object({ id: z.string().trim().min(1).max(120) });

export const ZonesQuery = z.object({
  simplified: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export const NewAreaLayerSchema = z
  .object({
    appliesFrom: IsoDate,
    label: z.string().trim().min(3).max(200),
    areas: z
      .object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()).min(1).max(50_000) })
      .loose(),
  })
  .strict()
  .meta({
    id: 'NewAreaLayer',
    description: 'A replacement area layer: every area with one zone and one band',
  });

/** Extension members of a 422 for a place outside the county (zones.place). */
export const OutsideServiceAreaProblem = z.object({
  nearestZone: z.string().optional().describe('The id of the nearest zone'),
  nearestZoneName: z.string().optional(),
  distanceMetres: z.number().int().optional().describe('How far the place is from that zone'),
  council: z
    .string()
    .optional()
    .describe('For a postcode: the other council it belongs to, e.g. Leicester City or Rutland'),
});

const Position = z.array(z.number()).describe('[lon, lat]');
const PolygonSchema = z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(Position)) });
const MultiPolygonSchema = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(z.array(Position))),
});
const AreaGeometry = z.discriminatedUnion('type', [PolygonSchema, MultiPolygonSchema]);

export const ZoneFeatureSchema = z
  .object({
    type: z.literal('Feature'),
    properties: z.object({
      id: z.string(),
      name: z.string(),
      aliases: z.array(z.string()),
      sizeClass: z.string(),
      mainSettlements: z.array(z.string()),
      plannedWeeklyHours: z.number().describe('The council’s July 2019 plan for the zone'),
      hasPrimes: z.boolean(),
      minPrimes: z.number().int(),
      minProviders: z.number().int(),
      districts: z.array(z.string()).describe('Districts the zone overlaps'),
    }),
    geometry: AreaGeometry,
  })
  .meta({ id: 'Zone', description: 'A zone as a GeoJSON Feature' });

export const ZoneCollectionSchema = z
  .object({ type: z.literal('FeatureCollection'), features: z.array(ZoneFeatureSchema) })
  .meta({ id: 'ZoneCollection', description: 'The zones of the layer in force, as GeoJSON' });

export const AreaFeatureSchema = z
  .object({
    type: z.literal('Feature'),
    properties: z.object({
      areaId: z.string().describe('Output Area code (OA11CD)'),
      zoneId: z.string(),
      band: z.enum(BANDS),
      bandSource: z.enum(BAND_SOURCES),
      lsoa: z.string(),
      lad: z.string().describe('District code'),
      ladName: z.string(),
      ruc11Lsoa: z.string().describe('RUC2011 class of the LSOA'),
      ruc11Oa: z.string().optional().describe("The Output Area's own RUC2011 class, when known"),
    }),
    geometry: AreaGeometry,
  })
  .meta({ id: 'Area', description: 'An Output Area with its zone and price band, as a GeoJSON Feature' });

export const AreaCollectionSchema = z
  .object({ type: z.literal('FeatureCollection'), features: z.array(AreaFeatureSchema) })
  .meta({ id: 'AreaCollection' });

const LayerSummary = {
  id: z.number().int(),
  appliesFrom: z.string(),
  label: z.string(),
  areas: z.number().int().describe('How many areas'),
  zones: z.number().int().describe('How many zones'),
};

export const StoredLayerSchema = z.object(LayerSummary).meta({ id: 'StoredAreaLayer' });

export const LayerVersionsSchema = z
  .object({
    inForce: z.object({ id: z.number().int().nullable(), appliesFrom: z.string().nullable() }),
    built: z.object({ id: z.null(), label: z.string(), areas: z.number().int() }),
    uploads: z.array(
      z.object({
        ...LayerSummary,
        createdAt: z.string(),
        createdBy: z.number().int().nullable(),
      }),
    ),
  })
  .meta({ id: 'AreaLayerVersions', description: 'The built layer (id null) and every upload, newest first' });

/** Extension members of the 422 for a layer naming zones the service does not have. */
export const UnknownZonesProblem = z.object({ unknownZones: z.array(z.string()).optional() });
