/**
 * The caseload file's columns (docs/imports.md "Caseload"): one row per package already in care,
 * snake_case like the coverage CSV. The needs of src/packages/needs-schema.ts are spread over five
 * columns; a list is its values separated by semicolons ("dementia; end-of-life"), an empty cell the
 * default (no need).
 */
import { z } from 'zod';
import { IsoDate } from '../../calendar/dates';
import { FUNDING_STREAMS } from '../../packages/model';
import { NeedsSchema } from '../../packages/needs-schema';
import {
  fundingFits,
  Latitude,
  Longitude,
  Postcode,
  Reference,
  visitsFitHours,
  VisitsPerWeek,
  WeeklyHours,
} from '../../packages/schemas';

export const CASELOAD_COLUMNS = [
  'reference',
  'postcode',
  'latitude',
  'longitude',
  'weekly_hours',
  'visits_per_week',
  'provider',
  'zone_role',
  'start_date',
  'funding_stream',
  'funded_until',
  'review_due',
  'carer_gender',
  'two_carers',
  'languages',
  'specialisms',
  'support',
] as const;
export type CaseloadColumn = (typeof CASELOAD_COLUMNS)[number];

export const REQUIRED_COLUMNS: readonly CaseloadColumn[] = [
  'reference',
  'weekly_hours',
  'visits_per_week',
  'provider',
  'zone_role',
  'start_date',
  'funding_stream',
];

/** The provider's role in the package's zone when it took the package. */
export const ZONE_ROLES = ['prime', 'supplementary'] as const;
export type ZoneRole = (typeof ZONE_ROLES)[number];

/** The kind of round a role's award stands for (brokerage_episodes.award_round_kind). */
export const ROUND_KIND_OF_ROLE = { prime: 'primes', supplementary: 'supplementaries' } as const;

const list = (cell: string) =>
  cell
    .split(';')
    .map((v) => v.trim().toLowerCase())
    .filter((v) => v !== '');

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0', '']);

/** A checked row's fields: the intake's own schemas, so a row holds what an intake would. */
export const CaseloadRowSchema = z
  .object({
    reference: Reference,
    postcode: Postcode.optional(),
    latitude: Latitude.optional(),
    longitude: Longitude.optional(),
    weekly_hours: z.coerce.number().pipe(WeeklyHours),
    visits_per_week: z.coerce.number().pipe(VisitsPerWeek),
    provider: z.string().min(1).max(200),
    zone_role: z.enum(ZONE_ROLES),
    start_date: IsoDate,
    funding_stream: z.enum(FUNDING_STREAMS),
    funded_until: IsoDate.optional(),
    review_due: IsoDate.optional(),
    needs: NeedsSchema,
  })
  .superRefine((r, ctx) => {
    if ((r.postcode !== undefined) === (r.latitude !== undefined || r.longitude !== undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['postcode'],
        message: 'give either postcode, or latitude and longitude',
      });
    else if (r.postcode === undefined && (r.latitude === undefined || r.longitude === undefined))
      ctx.addIssue({ code: 'custom', path: ['longitude'], message: 'latitude and longitude go together' });
    visitsFitHours({ weeklyHours: r.weekly_hours, visitsPerWeek: r.visits_per_week }, ctx);
    fundingFits(
      { fundingStream: r.funding_stream, fundedUntil: r.funded_until, reviewDue: r.review_due },
      ctx,
    );
  });
export type CaseloadRow = z.output<typeof CaseloadRowSchema>;

/** Schema paths (the intake's names) back to the file's columns. */
const COLUMN_OF_PATH: Record<string, CaseloadColumn> = {
  weeklyHours: 'weekly_hours',
  visitsPerWeek: 'visits_per_week',
  fundingStream: 'funding_stream',
  fundedUntil: 'funded_until',
  reviewDue: 'review_due',
  carerGender: 'carer_gender',
  twoCarers: 'two_carers',
  languages: 'languages',
  specialisms: 'specialisms',
  support: 'support',
};

export function columnOf(path: readonly PropertyKey[]): string {
  const key = String(path[0] === 'needs' ? path[1] : path[0]);
  return COLUMN_OF_PATH[key] ?? key;
}

/** The row's cells as the schema's input: empty cells absent, needs from their columns. */
export function rowInput(cell: (name: CaseloadColumn) => string) {
  const optional = (name: CaseloadColumn) => (cell(name) === '' ? undefined : cell(name));
  const twoCarers = cell('two_carers').toLowerCase();
  return {
    reference: cell('reference'),
    postcode: optional('postcode'),
    latitude: optional('latitude'),
    longitude: optional('longitude'),
    weekly_hours: cell('weekly_hours'),
    visits_per_week: cell('visits_per_week'),
    provider: cell('provider'),
    zone_role: cell('zone_role').toLowerCase(),
    start_date: cell('start_date'),
    funding_stream: cell('funding_stream').toLowerCase(),
    funded_until: optional('funded_until'),
    review_due: optional('review_due'),
    needs: {
      carerGender: cell('carer_gender') === '' ? 'any' : cell('carer_gender').toLowerCase(),
      twoCarers: YES.has(twoCarers) ? true : NO.has(twoCarers) ? false : twoCarers,
      languages: list(cell('languages')),
      specialisms: list(cell('specialisms')),
      support: list(cell('support')),
    },
  };
}
