import { z } from 'zod';
import { CQC_RATINGS, KEY_QUESTIONS } from '../../providers/cqc/model';
import { OUTCOMES } from './match';

export const CqcImportQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('true: check the file and report what it would change, writing nothing'),
});

/** The file itself, as text (the route reads `text/csv`). */
export const CqcRatingsCsv = z
  .string({ error: 'send the file as the body, with Content-Type: text/csv' })
  .min(1, 'the file is empty')
  .describe('The CQC "Care directory with ratings" file (Locations sheet) as CSV');

export const RefusalSchema = z
  .object({
    row: z.number().int().describe('The row in the file; the header is row 1'),
    column: z.string(),
    reason: z.string(),
  })
  .meta({ id: 'ImportRefusal' });

const Dated = z.object({ rating: z.enum(CQC_RATINGS), publishedOn: z.string() });

const DowngradeSchema = z.object({
  keyQuestion: z.enum(KEY_QUESTIONS),
  from: z.enum(CQC_RATINGS).nullable(),
  to: z.enum(CQC_RATINGS),
  publishedOn: z.string(),
});

export const CqcImportReportSchema = z
  .object({
    dryRun: z.boolean(),
    applied: z.boolean().describe('True when the ratings were written (never on a dry run)'),
    rowsRead: z.number().int(),
    accepted: z.number().int(),
    refused: z.number().int(),
    refusals: z.array(RefusalSchema),
    skipped: z.number().int().describe('Rows about a service or population group, not the location itself'),
    outcomes: z.object(
      Object.fromEntries(OUTCOMES.map((o) => [o, z.number().int()])) as Record<
        (typeof OUTCOMES)[number],
        z.ZodNumber
      >,
    ),
    rows: z.array(
      z.object({
        row: z.number().int(),
        locationId: z.string(),
        cqcProviderId: z.string().nullable(),
        providerId: z.number().int().nullable().describe('Our provider; null when no provider matched'),
        keyQuestion: z.enum(KEY_QUESTIONS),
        rating: z.enum(CQC_RATINGS),
        publishedOn: z.string(),
        outcome: z.enum(OUTCOMES),
        before: Dated.nullable(),
        newLocation: z.boolean(),
      }),
    ),
    downgrades: z.array(z.object({ providerId: z.number().int(), downgrades: z.array(DowngradeSchema) })),
  })
  .meta({
    id: 'CqcImportReport',
    description: 'What a CQC ratings file changed (or would change), row by row',
  });

export const CqcImportRefusedSchema = z.object({
  dryRun: z.boolean(),
  applied: z.literal(false),
  rowsRead: z.number().int(),
  accepted: z.number().int(),
  refused: z.number().int(),
  refusals: z.array(RefusalSchema),
});
