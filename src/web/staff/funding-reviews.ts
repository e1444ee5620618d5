import type { Response } from 'express';
import { z } from 'zod';
import { commandContext } from '../../allocation/context';
import { Conflict } from '../../errors';
import { IdParams } from '../../http/params';
import { recordFundingReview } from '../../packages/funding/review';
import { reviewsDue } from '../../packages/funding/reviews-due';
import { FundingReviewSchema } from '../../packages/funding/schemas';
import { REVIEW_OUTCOMES, type PackageRecord } from '../../packages/model';
import { getPackage } from '../../packages/queries';
import type { Services } from '../../services';
import { check, choiceItems, numberField, text, type FieldErrors, type FormBody } from '../forms';
import { label } from '../labels';
import { definePage, paramsOr404 } from '../page';
import { redirectWithFlash, render, renderForm } from '../views';

const ReviewForm = z
  .object({
    version: z.coerce.number().int(),
    outcome: z.enum(REVIEW_OUTCOMES, { error: 'Select the outcome of the review' }),
    weeklyHours: z.string().trim(),
    visitsPerWeek: z.string().trim(),
    reason: z.string().trim(),
  })
  .transform((f, ctx): z.input<typeof FundingReviewSchema> => {
    if (f.outcome === 'end' && f.reason === '') {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Enter why care ends' });
      return z.NEVER;
    }
    if (f.outcome !== 'change-hours')
      return { version: f.version, outcome: f.outcome, ...(f.outcome === 'end' && { reason: f.reason }) };
    const hours = numberField('Enter the new hours a week', 'Hours a week must be a number, like 7.5');
    const visits = numberField('Enter the new visits a week', 'Visits a week must be a number, like 14');
    const [h, v] = [hours.safeParse(f.weeklyHours), visits.safeParse(f.visitsPerWeek)];
    if (!h.success)
      ctx.addIssue({ code: 'custom', path: ['weeklyHours'], message: h.error.issues[0]!.message });
    if (!v.success)
      ctx.addIssue({ code: 'custom', path: ['visitsPerWeek'], message: v.error.issues[0]!.message });
    if (!h.success || !v.success) return z.NEVER;
    return { version: f.version, outcome: f.outcome, weeklyHours: h.data, visitsPerWeek: v.data };
  })
  .pipe(FundingReviewSchema);

const reviewValues = (body: FormBody | undefined, pkg: PackageRecord) => ({
  version: text(body, 'version') || String(pkg.version),
  outcome: text(body, 'outcome'),
  weeklyHours: text(body, 'weeklyHours'),
  visitsPerWeek: text(body, 'visitsPerWeek'),
  reason: text(body, 'reason'),
});

function showReview(
  res: Response,
  view: { pkg: PackageRecord; values: ReturnType<typeof reviewValues>; errors?: FieldErrors },
) {
  const { pkg, values, errors = {} } = view;
  const outcomeItems = choiceItems(REVIEW_OUTCOMES, values.outcome, {
    describe: (o) => label(`review-${o}`),
  });
  renderForm(res, 'pages/staff/funding-review.njk', { pkg, values, outcomeItems }, { errors });
}

/**
 * Discharge to assess reviews (docs/specification/allocation.md §5.15): the list officers work from
 * (overdue, then due this week) and the review form, which records the outcome as
 * POST /packages/:id/funding-review does.
 */
export function fundingReviewPages(services: Services) {
  const { db, clock } = services;
  return [
    definePage({
      method: 'get',
      path: '/staff/reviews-due',
      roles: ['officer', 'commissioner'],
      async handler(_req, res, ctx) {
        const due = await reviewsDue(db, { now: clock.now() });
        render(res, 'pages/staff/reviews-due.njk', { ...due, canReview: ctx.actor.role === 'officer' });
      },
    }),
    definePage({
      method: 'get',
      path: '/staff/packages/:id/funding-review',
      roles: ['officer'],
      async handler(req, res) {
        const pkg = await getPackage(db, paramsOr404(IdParams, req.params).id);
        showReview(res, { pkg, values: reviewValues(undefined, pkg) });
      },
    }),
    definePage({
      method: 'post',
      path: '/staff/packages/:id/funding-review',
      roles: ['officer'],
      async handler(req, res, ctx) {
        const pkg = await getPackage(db, paramsOr404(IdParams, req.params).id);
        const values = reviewValues(req.body as FormBody, pkg);
        const form = check(ReviewForm, values);
        if (!form.ok) return showReview(res, { pkg, values, errors: form.errors });
        try {
          await recordFundingReview(commandContext(services, ctx.actor), {
            packageId: pkg.id,
            review: form.data,
          });
        } catch (err) {
          if (!(err instanceof Conflict)) throw err;
          const now = await getPackage(db, pkg.id);
          return showReview(res, {
            pkg: now,
            values: reviewValues(undefined, now),
            errors: { form: err.message },
          });
        }
        await redirectWithFlash(res, `/staff/packages/${pkg.id}`, `Review of package ${pkg.id} recorded`);
      },
    }),
  ];
}
