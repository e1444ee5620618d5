import { z } from 'zod';
import { IsoDate } from '../calendar/dates';
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
