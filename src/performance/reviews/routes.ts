import { IdParams } from '../../http/params';
import { OVERSIGHT_ROLES } from '../../auth/roles';
import { defineRoute } from '../../http/route';
import type { Services } from '../../services';
import { confirmFlag, dismissFlag, getFlag, listFlags } from './flags';
import { raiseFlagByHand } from './raise';
import { runRoleReview } from './run';
import {
  BelowMinPrimesProblem,
  ConfirmFlagSchema,
  DismissFlagSchema,
  FlagConflictProblem,
  FlagListQuery,
  FlagListSchema,
  FlagWithCoverageSchema,
  RaiseFlagSchema,
  ReviewRunSchema,
} from './schemas';

/**
 * The promotion and demotion review: its flags, commissioners' flags and decisions on them (admins
 * keep the right to decide), and a run on demand.
 */
export function reviewRoutes(services: Services) {
  return [
    ...flagReadRoutes(services),
    raiseFlagRoute(services),
    ...flagDecisionRoutes(services),
    reviewRunRoute(services),
  ];
}

function raiseFlagRoute({ db, clock, config, zoneFacts }: Services) {
  return defineRoute({
    method: 'post',
    path: '/reviews/flags',
    operationId: 'raiseReviewFlag',
    summary: 'Raise a promotion or demotion flag by hand, with evidence (another commissioner confirms it)',
    tags: ['performance'],
    access: { roles: OVERSIGHT_ROLES },
    request: { body: RaiseFlagSchema },
    responses: {
      201: { description: 'The flag raised', schema: FlagWithCoverageSchema },
      404: { description: 'The provider holds no role in the zone' },
      409: { description: 'An open flag of the kind is waiting, or one exists for the review month' },
      422: { description: 'The provider’s role does not fit the kind (a demotion needs a prime)' },
    },
    async handler({ body }, { actor }) {
      return raiseFlagByHand({ db, config, zoneFacts, actor, now: clock.now() }, body);
    },
  });
}

function flagReadRoutes({ db, zoneFacts }: Services) {
  return [
    defineRoute({
      method: 'get',
      path: '/reviews/flags',
      operationId: 'listReviewFlags',
      summary: 'Promotion and demotion flags, newest first',
      tags: ['performance'],
      access: { roles: OVERSIGHT_ROLES },
      request: { query: FlagListQuery },
      responses: { 200: { description: 'Flags with their evidence', schema: FlagListSchema } },
      async handler({ query }) {
        return { flags: await listFlags({ db, zoneFacts }, query) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/reviews/flags/:id',
      operationId: 'getReviewFlag',
      summary: 'One flag, with the zone’s prime coverage now',
      tags: ['performance'],
      access: { roles: OVERSIGHT_ROLES },
      request: { params: IdParams },
      responses: {
        200: { description: 'The flag', schema: FlagWithCoverageSchema },
        404: { description: 'No such flag' },
      },
      async handler({ params }) {
        return getFlag({ db, zoneFacts }, params.id);
      },
    }),
  ];
}

function flagDecisionRoutes({ db, clock, zoneFacts }: Services) {
  return [
    defineRoute({
      method: 'post',
      path: '/reviews/flags/:id/confirm',
      operationId: 'confirmReviewFlag',
      summary: 'Confirm a flag with evidence and a comment: the provider’s role in the zone changes now',
      tags: ['performance'],
      access: { roles: OVERSIGHT_ROLES },
      request: { params: IdParams, body: ConfirmFlagSchema },
      responses: {
        200: { description: 'The confirmed flag', schema: FlagWithCoverageSchema },
        404: { description: 'No such flag' },
        409: {
          description: 'Already decided, or the provider’s role has changed since',
          schema: FlagConflictProblem,
        },
        422: {
          description: 'Would leave the zone below its minimum primes without acknowledgement',
          schema: BelowMinPrimesProblem,
        },
      },
      async handler({ params, body }, { actor }) {
        return confirmFlag({ db, zoneFacts, actor, now: clock.now() }, params.id, body);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/reviews/flags/:id/dismiss',
      operationId: 'dismissReviewFlag',
      summary: 'Dismiss a flag with a reason, evidence and a comment; the role does not change',
      tags: ['performance'],
      access: { roles: OVERSIGHT_ROLES },
      request: { params: IdParams, body: DismissFlagSchema },
      responses: {
        200: { description: 'The dismissed flag', schema: FlagWithCoverageSchema },
        404: { description: 'No such flag' },
        409: { description: 'Already decided', schema: FlagConflictProblem },
      },
      async handler({ params, body }, { actor }) {
        return dismissFlag({ db, zoneFacts, actor, now: clock.now() }, params.id, body);
      },
    }),
  ];
}

function reviewRunRoute({ db, clock, config, zoneFacts }: Services) {
  return defineRoute({
    method: 'post',
    path: '/reviews/run',
    operationId: 'runRoleReview',
    summary: 'Run the promotion and demotion review now (it also runs daily)',
    tags: ['performance'],
    access: { roles: ['admin'] },
    request: {},
    responses: { 200: { description: 'What the review raised', schema: ReviewRunSchema } },
    async handler(_input, { actor }) {
      return runRoleReview({ db, config, zoneFacts, actor, now: clock.now() });
    },
  });
}
