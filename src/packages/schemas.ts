import { z } from 'zod';
import { IsoDate } from '../calendar/dates';
import { BANDS } from '../pricing/bands';
import { POSTCODE_PATTERN } from '../zones/postcodes';
import {
  BAND_OVERRIDE_REASONS,
  CARE_TYPES,
  LOCATION_GIVEN,
  DECLINE_REASONS,
  HAND_BACK_REASONS,
  NEED_FLAGS,
  PACKAGE_STATUSES,
  URGENCIES,
} from './model';

/** A pseudonymous reference only (e.g. the case-system id): letters, digits and dashes, never a name. */
export const Reference = z
  .string()
  .trim()
  .min(3)
  .max(40)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9-]*$/,
    'letters, digits and dashes only: a pseudonymous reference, not a name',
  );

export const Latitude = z.coerce.number().finite().min(-90).max(90);
export const Longitude = z.coerce.number().finite().min(-180).max(180);

export const NeedsSchema = z
  .object({
    flags: z.array(z.enum(NEED_FLAGS)).max(NEED_FLAGS.length).default([]),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, 'an ISO 639-1 language code such as "pl"')
      .nullable()
      .default(null),
  })
  .strict()
  .refine((n) => new Set(n.flags).size === n.flags.length, {
    message: 'each need at most once',
    path: ['flags'],
  })
  .meta({ id: 'Needs', description: 'Structured needs: no free-text medical detail' });

/** A UK postcode, normalised later (postcode-locator.ts); the pattern makes a typo a 400. */
export const Postcode = z.string().trim().max(10).regex(POSTCODE_PATTERN, 'a UK postcode such as LE67 3JA');

/** Where the person lives: a postcode (placed at its centroid), or coordinates when it has none yet. */
export const IntakeLocation = z
  .object({
    postcode: Postcode.optional(),
    lat: Latitude.optional(),
    lon: Longitude.optional(),
  })
  .strict()
  .refine((l) => (l.postcode !== undefined) !== (l.lat !== undefined || l.lon !== undefined), {
    message: 'give either postcode, or lat and lon',
    path: ['postcode'],
  })
  .refine((l) => l.postcode !== undefined || (l.lat !== undefined && l.lon !== undefined), {
    message: 'lat and lon go together',
    path: ['lon'],
  })
  .meta({
    id: 'IntakeLocation',
    description: 'Exactly one of: { postcode } or { lat, lon } (e.g. a new build without a postcode yet)',
  });

/** Comment bounds for a band override: a short reason in words, never about the person. */
export const BandOverrideComment = z
  .string()
  .trim()
  .min(3)
  .max(200)
  .describe(
    'Why, in a sentence: about the address and travel, never the person (no names, no health details)',
  );

/** An officer's band override (specification §2.9): the band, a reason from the list and a comment. */
export const BandOverrideSchema = z
  .object({ band: z.enum(BANDS), reason: z.enum(BAND_OVERRIDE_REASONS), comment: BandOverrideComment })
  .strict()
  .meta({ id: 'BandOverride' });

export const NewPackageSchema = z
  .object({
    reference: Reference,
    location: IntakeLocation,
    bandOverride: BandOverrideSchema.optional(),
    weeklyHours: z.number().positive().max(168).multipleOf(0.25, 'in quarter hours'),
    visitsPerWeek: z.number().int().min(1).max(84),
    careType: z.enum(CARE_TYPES),
    urgency: z.enum(URGENCIES),
    wantedStart: IsoDate,
    needs: NeedsSchema.default({ flags: [], language: null }),
  })
  .strict()
  .meta({ id: 'NewPackage' });

const Version = z
  .number()
  .int()
  .positive()
  .max(2_147_483_647)
  .describe('The version you loaded; a stale one is refused with 409');

/** POST /packages/:id/band-override: an unplaced package's band, with the version check. */
export const BandOverrideRequestSchema = BandOverrideSchema.extend({ version: Version })
  .strict()
  .meta({ id: 'BandOverrideRequest' });

export const EditPackageSchema = z
  .object({
    version: Version,
    weeklyHours: NewPackageSchema.shape.weeklyHours.optional(),
    visitsPerWeek: NewPackageSchema.shape.visitsPerWeek.optional(),
    wantedStart: IsoDate.optional(),
    needs: NeedsSchema.optional(),
  })
  .strict()
  .refine((e) => Object.keys(e).length > 1, { message: 'change at least one field besides version' })
  .meta({ id: 'EditPackage' });

export const BandOverrideViewSchema = z
  .object({
    placedBand: z.string().describe('The band the area gave'),
    reason: z.enum(BAND_OVERRIDE_REASONS),
    comment: z.string().nullable().describe('Staff only; null for a provider'),
    at: z.string(),
  })
  .meta({ id: 'BandOverrideView', description: 'An officer overrode the band the area gave' });

export const PackageViewSchema = z
  .object({
    id: z.number().int(),
    reference: z.string().nullable(),
    location: z.object({ lat: z.number(), lon: z.number() }).nullable(),
    postcode: z.string().nullable().describe('The normalised postcode when one was given (as location)'),
    locationGiven: z.enum(LOCATION_GIVEN).describe('Whether intake was given a postcode or coordinates'),
    zone: z.object({ id: z.string(), name: z.string() }),
    band: z.string().describe("The band in force: the area's, or an officer's override"),
    bandSource: z.string().describe('How the area\'s band was set (geo/README.md "Bands")'),
    bandOverride: BandOverrideViewSchema.nullable(),
    areaId: z.string(),
    hourlyRatePence: z.number().int(),
    weeklyMinutes: z.number().int(),
    weeklyHours: z.number(),
    weeklyCostPence: z.number().int(),
    visitsPerWeek: z.number().int(),
    careType: z.enum(CARE_TYPES),
    urgency: z.enum(URGENCIES),
    wantedStart: z.string(),
    needs: z.object({ flags: z.array(z.string()), language: z.string().nullable() }),
    status: z.enum(PACKAGE_STATUSES),
    providerId: z.number().int().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    escalatedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Package' });

/** Extension members of a 409 for a move the package's status does not allow. */
export const IllegalTransitionProblem = z.object({
  currentStatus: z.enum(PACKAGE_STATUSES).optional().describe('The status the package is in'),
});

/** Extension members of a 409 for an edit of a stale version. */
export const VersionConflictProblem = IllegalTransitionProblem.extend({
  currentVersion: z.number().int().optional().describe('The version to reload'),
});

export const CancelSchema = z.object({ reason: z.string().trim().min(3).max(200) }).strict();
export const EndSchema = z.object({ endedOn: IsoDate, reason: z.string().trim().min(3).max(200) }).strict();
export const WidenSchema = z.object({ scope: z.enum(['neighbours', 'all']) }).strict();
export const StartSchema = z.object({ startedOn: IsoDate }).strict();
export const HandBackSchema = z
  .object({ reason: z.enum(HAND_BACK_REASONS), noticeDate: IsoDate })
  .strict()
  .meta({ id: 'HandBack' });
export const AcceptSchema = z.object({ startDate: IsoDate.optional() }).strict();
export const DeclineSchema = z.object({ reason: z.enum(DECLINE_REASONS) }).strict();

export const PackageListQuery = z.object({
  status: z.enum(PACKAGE_STATUSES).optional(),
  zone: z.string().max(60).optional(),
  urgency: z.enum(URGENCIES).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
