import { commandContext } from '../../allocation/context';
import { IdParams } from '../../http/params';
import { defineRoute } from '../../http/route';
import type { Services } from '../../services';
import { PackageViewSchema, VersionConflictProblem } from '../schemas';
import { packageViewer } from '../view';
import { recordFundingReview } from './review';
import { reviewsDue } from './reviews-due';
import { FundingReviewSchema, ReviewsDueQuery, ReviewsDueSchema } from './schemas';

/** Discharge to assess reviews: the list officers work from, and recording an outcome. */
export function fundingRoutes(services: Services) {
  return [reviewsDueRoute(services), fundingReviewRoute(services)];
}

function reviewsDueRoute({ db, clock }: Services) {
  return defineRoute({
    method: 'get',
    path: '/reviews-due',
    operationId: 'listReviewsDue',
    summary: 'Discharge to assess reviews overdue and due this week',
    tags: ['packages'],
    access: { roles: ['officer', 'commissioner'] },
    request: { query: ReviewsDueQuery },
    responses: {
      200: { description: 'Overdue, then due this week, oldest first', schema: ReviewsDueSchema },
    },
    async handler({ query }) {
      return reviewsDue(db, { now: clock.now(), zone: query.zone });
    },
  });
}

function fundingReviewRoute(services: Services) {
  const view = packageViewer(services);
  return defineRoute({
    method: 'post',
    path: '/packages/:id/funding-review',
    operationId: 'recordFundingReview',
    summary:
      "Record a D2A package's review: continue under council funding, change hours, or end (send the version you loaded)",
    tags: ['packages'],
    access: { roles: ['officer'] },
    request: { params: IdParams, body: FundingReviewSchema },
    responses: {
      200: { description: 'The package after the review', schema: PackageViewSchema },
      404: { description: 'No such package' },
      409: {
        description:
          'Not a D2A package with a review to record, closed, or changed by someone else since that version',
        schema: VersionConflictProblem,
      },
    },
    async handler({ params, body }, { actor }) {
      const reviewed = await recordFundingReview(commandContext(services, actor), {
        packageId: params.id,
        review: body,
      });
      return view(reviewed, actor);
    },
  });
}
