import { z } from 'zod';
import { IsoDate } from '../calendar/dates';
import { Id } from '../http/params';
import { BANDS } from '../pricing/bands';
import { POSTCODE_PATTERN } from '../zones/postcodes';
import {
  BAND_OVERRIDE_REASONS,
  CARE_TYPES,
  FUNDING_STREAMS,
  LOCATION_GIVEN,
  REVIEW_OUTCOMES,
  DECLINE_REASONS,
  noNeeds,
  PACKAGE_STATUSES,
  URGENCIES,
  careTypeOf,
  type CareType,
  type FundingStream,
} from './model';
import { HandBackViewSchema } from './hand-back/schemas';
import { NeedsSchema } from './needs-schema';

const WANTED_START =
  'The day care should start, YYYY-MM-DD: from 14 days ago (a late referral) to a year from today';

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

/**
 * Hours of care a week: at least a quarter hour (a smaller positive number, such as 5e-324, would
 * store a package costing £0) and at most every hour of the week (live-in care).
 */
export const WeeklyHours = z
  .number()
  .min(0.25, 'at least 0.25 (a quarter hour) a week')
  .max(168, 'at most 168 (every hour of the week)')
  .multipleOf(0.25, 'in quarter hours')
  .describe('Hours of care a week, in quarter hours, 0.25–168');

/** Visits a week: one to twelve a day. */
export const VisitsPerWeek = z
  .number()
  .int()
  .min(1)
  .max(84)
  .describe('Visits a week, 1–84 (twelve a day), each of at least 15 minutes');

/** Shortest visit that makes sense: four visits to the hour at most. */
const MIN_VISIT_MINUTES = 15;

/** Visits must fit the hours: no visit shorter than 15 minutes (both fields named when not). */
export function visitsFitHours(
  p: { weeklyHours?: number | undefined; visitsPerWeek?: number | undefined },
  ctx: z.RefinementCtx,
): void {
  if (p.weeklyHours === undefined || p.visitsPerWeek === undefined) return;
  if (p.visitsPerWeek * MIN_VISIT_MINUTES <= p.weeklyHours * 60) return;
  const message = `${p.visitsPerWeek} visits do not fit in ${p.weeklyHours} hours: each visit is at least ${MIN_VISIT_MINUTES} minutes`;
  ctx.addIssue({ code: 'custom', path: ['visitsPerWeek'], message });
  ctx.addIssue({ code: 'custom', path: ['weeklyHours'], message });
}

/** The funding stream of an intake, from fundingStream or the older careType (which must agree). */
export function intakeFundingStream(p: {
  fundingStream?: FundingStream | undefined;
  careType?: CareType | undefined;
}): FundingStream | undefined {
  return p.fundingStream ?? (p.careType === undefined ? undefined : p.careType === 'chc' ? 'chc' : 'council');
}

/** A stream is given (or a care type) and agrees with the care type; D2A carries its dates, others none (intake and the caseload import). */
export function fundingFits(
  p: Parameters<typeof intakeFundingStream>[0] & {
    fundedUntil?: string | undefined;
    reviewDue?: string | undefined;
  },
  ctx: z.RefinementCtx,
): void {
  const stream = intakeFundingStream(p);
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (stream === undefined) return issue('fundingStream', 'give the funding stream');
  if (p.careType !== undefined && careTypeOf(stream) !== p.careType)
    issue(
      'careType',
      `care type ${p.careType} does not fit funding stream ${stream}: give only fundingStream`,
    );
  for (const field of ['fundedUntil', 'reviewDue'] as const) {
    if (stream === 'd2a' && p[field] === undefined)
      issue(field, 'required for a discharge to assess package');
    if (stream !== 'd2a' && p[field] !== undefined)
      issue(field, 'only a discharge to assess package has this');
  }
}

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

/** An officer's band override (docs/specification/zones-and-bands.md §2.9): the band, a reason from the list and a comment. */
export const BandOverrideSchema = z
  .object({ band: z.enum(BANDS), reason: z.enum(BAND_OVERRIDE_REASONS), comment: BandOverrideComment })
  .strict()
  .meta({ id: 'BandOverride' });

export const NewPackageSchema = z
  .object({
    reference: Reference,
    location: IntakeLocation,
    bandOverride: BandOverrideSchema.optional(),
    weeklyHours: WeeklyHours,
    visitsPerWeek: VisitsPerWeek,
    fundingStream: z
      .enum(FUNDING_STREAMS)
      .optional()
      .describe(
        'Who pays: council, chc (NHS, CHC-approved providers only), d2a (discharge to assess) or joint',
      ),
    careType: z
      .enum(CARE_TYPES)
      .optional()
      .describe('Older form of the funding stream: chc is the chc stream, core the council stream'),
    fundedUntil: IsoDate.optional().describe(
      'D2A only (required): the last day of the funded period, YYYY-MM-DD, from today to a year from today',
    ),
    reviewDue: IsoDate.optional().describe(
      'D2A only (required): the day the review is due, YYYY-MM-DD, from today to fundedUntil',
    ),
    urgency: z.enum(URGENCIES),
    wantedStart: IsoDate.describe(WANTED_START),
    needs: NeedsSchema.default(noNeeds),
  })
  .strict()
  .superRefine(visitsFitHours)
  .superRefine(fundingFits)
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
    wantedStart: IsoDate.optional().describe(WANTED_START),
    needs: NeedsSchema.optional(),
  })
  .strict()
  .superRefine(visitsFitHours)
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

export const D2aViewSchema = z
  .object({
    fundedUntil: z.string().describe('The last day of the funded period'),
    reviewDue: z.string(),
    outcome: z.enum(REVIEW_OUTCOMES).nullable().describe('Null until the review is recorded'),
    reviewedAt: z.string().nullable(),
  })
  .meta({ id: 'D2aReview' });

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
    fundingStream: z.enum(FUNDING_STREAMS),
    careType: z.enum(CARE_TYPES).describe('chc for the chc funding stream, otherwise core'),
    d2a: D2aViewSchema.nullable().describe('The funded period and review of a discharge to assess package'),
    urgency: z.enum(URGENCIES),
    wantedStart: z.string(),
    needs: NeedsSchema,
    status: z.enum(PACKAGE_STATUSES),
    providerId: z.number().int().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    escalatedAt: z.string().nullable(),
    version: z.number().int(),
    handBack: HandBackViewSchema.nullable()
      .optional()
      .describe(
        "A hand-back still running: the outgoing provider keeps the care until the notice date while the package is re-brokered. On a single package's view only; staff and the outgoing provider see it",
      ),
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
export const StartSchema = z
  .object({
    startedOn: IsoDate.describe('The day care started, YYYY-MM-DD: not before the award, not after today'),
  })
  .strict();
export const AcceptSchema = z
  .object({
    startDate: IsoDate.optional().describe(
      'The day the provider can start care, YYYY-MM-DD: from today to a year from today (default: the wanted start)',
    ),
  })
  .strict();
export const DeclineSchema = z.object({ reason: z.enum(DECLINE_REASONS) }).strict();

/** The longest page `GET /packages` and the search page return. */
export const PACKAGE_PAGE_MAX = 500;

const ReferenceSearch = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9-]+$/, 'letters, digits and dashes only');

/**
 * Finding any package: every filter is optional and they combine (AND). `reference` is an exact
 * match, `referencePrefix` the start of one (case-insensitive); the intake dates are days in
 * England, both inclusive.
 */
export const PackageListQuery = z
  .object({
    reference: ReferenceSearch.optional().describe('Exactly this case reference'),
    referencePrefix: ReferenceSearch.optional().describe(
      'Case references starting with this (any letter case)',
    ),
    status: z.enum(PACKAGE_STATUSES).optional(),
    zone: z.string().max(60).optional(),
    band: z.enum(BANDS).optional(),
    urgency: z.enum(URGENCIES).optional(),
    fundingStream: z.enum(FUNDING_STREAMS).optional(),
    provider: Id.optional().describe('Held by this provider (staff only; a provider sees its own)'),
    intakeFrom: IsoDate.optional().describe('Taken in on or after this day'),
    intakeTo: IsoDate.optional().describe('Taken in on or before this day'),
    limit: z.coerce.number().int().min(1).max(PACKAGE_PAGE_MAX).default(100).describe('Page size, 1–500'),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe('Rows to skip, 0–1,000,000'),
  })
  .refine((q) => !q.intakeFrom || !q.intakeTo || q.intakeFrom <= q.intakeTo, {
    message: 'must not be before intakeFrom',
    path: ['intakeTo'],
  });
export type PackageListFilter = z.output<typeof PackageListQuery>;
