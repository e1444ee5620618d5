import { z } from 'zod';
import { CQC_RATINGS, KEY_QUESTIONS } from '../../providers/cqc/model';
import { csvBody, DryRunFlag, ImportRefusedSchema, RefusalSchema } from '../schemas';
import { OUTCOMES } from './match';

export const CqcImportQuery = z.object({ dryRun: DryRunFlag });

/** The file itself, as text (the route reads `text/csv`). */
export const CqcRatingsCsv = csvBody('The CQC "Care directory with ratings" file (Locations sheet) as CSV');

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

export const CqcImportRefusedSchema = ImportRefusedSchema;
