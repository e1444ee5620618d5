import { IdParams } from '../../http/params';
import { OVERSIGHT_ROLES } from '../../auth/roles';
import { defineRoute } from '../../http/route';
import type { Services } from '../../services';
import { confirmFlag, dismissFlag, getFlag, listFlags } from './flags';
import { runRoleReview } from './run';
import {
  BelowMinPrimesProblem,
  ConfirmFlagSchema,
  DismissFlagSchema,
  FlagConflictProblem,
  FlagListQuery,
  FlagListSchema,
  FlagWithCoverageSchema,
  ReviewRunSchema,
} from './schemas';

/** The promotion and demotion review: its flags, the admin's decisions on them, and a run on demand. */
export function reviewRoutes(services: Services) {
  return [...flagReadRoutes(services), ...flagDecisionRoutes(services), reviewRunRoute(services)];
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
      summary: 'Confirm a flag: the provider’s role in the zone changes now (audited)',
      tags: ['performance'],
      access: { roles: ['admin'] },
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
      summary: 'Dismiss a flag with a reason; the role does not change',
      tags: ['performance'],
      access: { roles: ['admin'] },
      request: { params: IdParams, body: DismissFlagSchema },
      responses: {
        200: { description: 'The dismissed flag', schema: FlagWithCoverageSchema },
        404: { description: 'No such flag' },
        409: { description: 'Already decided', schema: FlagConflictProblem },
      },
      async handler({ params, body }, { actor }) {
        return dismissFlag({ db, zoneFacts, actor, now: clock.now() }, params.id, body.reason);
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
