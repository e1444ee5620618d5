import { z } from 'zod';
import { REVIEW_OUTCOMES } from '../model';
import { EditPackageSchema, NewPackageSchema, visitsFitHours } from '../schemas';

/**
 * POST /packages/:id/funding-review: the outcome of a discharge to assess package's review
 * (docs/specification/allocation.md §5.15). `continue` moves it to council funding as it is;
 * `change-hours` moves it to council funding with new hours and visits (both given); `end` ends care
 * (or cancels a package not yet in care) with a reason.
 */
export const FundingReviewSchema = z
  .object({
    version: EditPackageSchema.shape.version,
    outcome: z.enum(REVIEW_OUTCOMES),
    weeklyHours: NewPackageSchema.shape.weeklyHours.optional().describe('change-hours only: the new hours'),
    visitsPerWeek: NewPackageSchema.shape.visitsPerWeek
      .optional()
      .describe('change-hours only: the new visits'),
    reason: z.string().trim().min(3).max(200).optional().describe('end only (required): why care ends'),
  })
  .strict()
  .superRefine((r, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    for (const field of ['weeklyHours', 'visitsPerWeek'] as const) {
      if (r.outcome === 'change-hours' && r[field] === undefined) issue(field, 'required to change hours');
      if (r.outcome !== 'change-hours' && r[field] !== undefined) issue(field, 'only when changing hours');
    }
    if (r.outcome === 'end' && r.reason === undefined) issue('reason', 'required to end care');
    if (r.outcome !== 'end' && r.reason !== undefined) issue('reason', 'only when ending care');
  })
  .superRefine(visitsFitHours)
  .meta({ id: 'FundingReview' });
export type FundingReviewInput = z.output<typeof FundingReviewSchema>;

/** GET /packages/reviews-due: which reviews to list. */
export const ReviewsDueQuery = z.object({
  zone: z.string().max(60).optional(),
});

export const ReviewDueSchema = z
  .object({
    packageId: z.number().int(),
    reference: z.string().nullable(),
    zone: z.object({ id: z.string(), name: z.string() }),
    band: z.string(),
    status: z.string(),
    weeklyHours: z.number(),
    fundedUntil: z.string(),
    reviewDue: z.string(),
    overdue: z.boolean().describe('Due before today'),
    version: z.number().int(),
  })
  .meta({ id: 'ReviewDue' });

export const ReviewsDueSchema = z
  .object({
    today: z.string(),
    overdue: z.array(ReviewDueSchema).describe('Due before today, oldest first'),
    dueThisWeek: z.array(ReviewDueSchema).describe('Due from today to six days ahead'),
  })
  .meta({ id: 'ReviewsDue' });
