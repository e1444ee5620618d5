import { z } from 'zod';
import { CalendarDate } from '../calendar/dates';
import { Id } from '../http/params';
import { CQC_RATINGS, LEGACY_TYPES, PROVIDER_STATUSES, ZONE_ROLES } from './model';

const zoneId = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z][a-z0-9-]*$/, 'a zone id such as "charnwood-north"');
const reason = z.string().trim().min(3, 'give a reason of at least 3 characters').max(500);
/** Query flags arrive as text. */
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ProviderZoneParams = z.object({
  id: Id,
  zoneId,
});

const CapacityViewSchema = z
  .object({
    declarationId: z.number().int(),
    weeklyMinutes: z.number().int(),
    weeklyHours: z.number(),
    declaredAt: z.string(),
    declaredBy: z.number().int().nullable(),
    ageDays: z.number().int(),
    stale: z.boolean(),
  })
  .meta({ id: 'CapacityDeclaration' });

const ProviderZoneSchema = z.object({
  zoneId: z.string(),
  zoneName: z.string(),
  role: z.enum(ZONE_ROLES),
  since: z.string(),
  capacity: CapacityViewSchema.nullable(),
});

export const ProviderSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    cqcLocationId: z.string(),
    cqcOverall: z.enum(CQC_RATINGS),
    cqcSafe: z.enum(CQC_RATINGS),
    cqcWellLed: z.enum(CQC_RATINGS),
    chcApproved: z.boolean(),
    status: z.enum(PROVIDER_STATUSES),
    tenderScore: z.number().int(),
    admittedOn: z.string(),
    legacyType: z.enum(LEGACY_TYPES).nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    zones: z.array(ProviderZoneSchema),
  })
  .meta({ id: 'Provider' });

export const CoverageWarningSchema = z
  .object({
    zoneId: z.string(),
    zoneName: z.string(),
    code: z.enum(['below-minimum-primes', 'below-minimum-providers']),
    required: z.number().int(),
    actual: z.number().int(),
    message: z.string(),
  })
  .meta({ id: 'CoverageWarning' });

export const ProviderListQuery = z.object({
  zone: zoneId.optional(),
  role: z.enum(ZONE_ROLES).optional(),
  rating: z.enum(CQC_RATINGS).optional(),
  chc: flag.optional(),
  status: z.enum(PROVIDER_STATUSES).optional(),
});

const providerFields = {
  name: z.string().trim().min(1).max(200),
  cqcLocationId: z.string().trim().min(1).max(40),
  cqcOverall: z.enum(CQC_RATINGS),
  cqcSafe: z.enum(CQC_RATINGS),
  cqcWellLed: z.enum(CQC_RATINGS),
  chcApproved: z.boolean(),
  status: z.enum(PROVIDER_STATUSES),
  /**
   * The tender quality score, the starting point of its live quality score
   * (docs/specification/allocation.md §5.6; docs/specification/open-questions.md §10.5).
   */
  tenderScore: z.number().int().min(0).max(100),
  admittedOn: CalendarDate,
  legacyType: z.enum(LEGACY_TYPES).nullable(),
};

export const NewProviderSchema = z
  .object({
    ...providerFields,
    chcApproved: providerFields.chcApproved.default(false),
    status: providerFields.status.default('mobilising'),
    admittedOn: providerFields.admittedOn.optional().describe("Defaults to today's date"),
    legacyType: providerFields.legacyType.default(null),
  })
  .strict()
  .meta({ id: 'NewProvider' });

export const ProviderPatchSchema = z
  .object({
    version: z
      .number()
      .int()
      .positive()
      .max(2_147_483_647)
      .describe('The version read; a stale version is refused with 409'),
    reason: reason.optional(),
    name: providerFields.name.optional(),
    cqcLocationId: providerFields.cqcLocationId.optional(),
    cqcOverall: providerFields.cqcOverall.optional(),
    cqcSafe: providerFields.cqcSafe.optional(),
    cqcWellLed: providerFields.cqcWellLed.optional(),
    chcApproved: providerFields.chcApproved.optional(),
    status: providerFields.status.optional(),
    tenderScore: providerFields.tenderScore.optional(),
    admittedOn: providerFields.admittedOn.optional(),
    legacyType: providerFields.legacyType.optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).some((k) => k !== 'version' && k !== 'reason'), {
    message: 'name at least one field to change',
    path: [],
    when: (payload) => typeof payload.value === 'object' && payload.value !== null,
  })
  .meta({ id: 'ProviderPatch' });

export const ProviderChangeSchema = z
  .object({ provider: ProviderSchema, warnings: z.array(CoverageWarningSchema) })
  .meta({ id: 'ProviderChange' });

export const ZoneRoleBodySchema = z
  .object({
    role: z.enum(ZONE_ROLES),
    reason: reason.describe('Why the role is set: kept in the audit trail'),
  })
  .strict()
  .meta({ id: 'ZoneRoleChange' });

export const ZoneRoleRemovalSchema = z
  .object({ reason: reason.describe('Why the role is removed: kept in the audit trail') })
  .strict()
  .meta({ id: 'ZoneRoleRemoval' });

export const ZoneRoleResultSchema = z
  .object({
    providerId: z.number().int(),
    zoneId: z.string(),
    role: z.enum(ZONE_ROLES).nullable().describe('null once removed'),
    previousRole: z.enum(ZONE_ROLES).nullable(),
    changed: z.boolean(),
    warnings: z.array(CoverageWarningSchema),
  })
  .meta({ id: 'ZoneRoleResult' });

export const CapacityDeclarationSchema = z
  .object({
    zoneId,
    weeklyHours: z
      .number()
      .min(0)
      .max(10_000)
      .describe('New weekly hours the provider can take now; stored as whole minutes'),
    reason: reason.optional(),
  })
  .strict()
  .meta({ id: 'NewCapacityDeclaration' });

export const CAPACITY_STATES = ['current', 'stale', 'missing'] as const;

export const CapacityEntrySchema = z
  .object({
    providerId: z.number().int(),
    providerName: z.string(),
    providerStatus: z.enum(PROVIDER_STATUSES),
    zoneId: z.string(),
    zoneName: z.string(),
    role: z.enum(ZONE_ROLES),
    state: z.enum(CAPACITY_STATES),
    capacity: CapacityViewSchema.nullable(),
  })
  .meta({ id: 'CapacityEntry' });

export const CapacityListQuery = z.object({
  zone: zoneId.optional(),
  provider: Id.optional(),
  state: z.enum(CAPACITY_STATES).optional(),
});

export const ProviderCapacitySchema = z
  .object({
    providerId: z.number().int(),
    staleAfterDays: z.number().int(),
    zones: z.array(CapacityEntrySchema),
    /** Every declaration, newest first (the last 100). */
    history: z.array(CapacityViewSchema.extend({ zoneId: z.string() })),
  })
  .meta({ id: 'ProviderCapacity' });

export const ZoneCoverageSchema = z
  .object({
    zoneId: z.string(),
    zoneName: z.string(),
    sizeClass: z.string(),
    hasPrimes: z.boolean(),
    minPrimes: z.number().int(),
    minProviders: z.number().int(),
    primes: z
      .number()
      .int()
      .describe('Active providers holding the prime role that may receive offers (not rated Inadequate)'),
    primesRatedInadequate: z
      .number()
      .int()
      .describe('Active primes rated Inadequate by the CQC: not counted'),
    belowMinimumPrimesReason: z
      .string()
      .nullable()
      .describe('Why the zone is below its minimum primes, e.g. "2 active primes, 1 rated Inadequate"'),
    supplementaries: z.number().int(),
    providers: z.number().int().describe('Active providers holding any role'),
    chcApproved: z.number().int().describe('Active CHC-approved providers holding any role'),
    inactiveMembers: z
      .number()
      .int()
      .describe('Mobilising or suspended providers holding a role (not counted above)'),
    currentCapacityWeeklyMinutes: z
      .number()
      .int()
      .describe('Sum of active members\u2019 latest declarations that are not stale'),
    staleOrMissingCapacity: z.number().int().describe('Active members whose declaration is stale or missing'),
    warnings: z.array(CoverageWarningSchema),
  })
  .meta({ id: 'ZoneCoverage' });

export const CoverageReportSchema = z
  .object({ asAt: z.string(), zones: z.array(ZoneCoverageSchema), warnings: z.array(CoverageWarningSchema) })
  .meta({ id: 'CoverageReport' });
