import { OVERSIGHT_ROLES } from '../../auth/roles';
import { IdParams } from '../../http/params';
import { defineRoute } from '../../http/route';
import type { Services } from '../../services';
import { confirmFlag, dismissFlag, getFlag, listFlags } from './flags';
import { runRoleReview } from './run';
import { ConfirmFlagSchema, DismissFlagSchema, FlagListQuery } from './schemas';

export function reviewRoutes({ db, clock, config, zoneFacts }: Services) {
  return [
    defineRoute({
      method: 'get',
      path: '/reviews/flags',
      summary: 'Promotion and demotion flags, newest first',
      tags: ['performance'],
      access: { roles: OVERSIGHT_ROLES },
      request: { query: FlagListQuery },
      responses: { 200: { description: 'Flags with their evidence' } },
      async handler({ query }) {
        return { flags: await listFlags({ db, zoneFacts }, query) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/reviews/flags/:id',
      summary: 'One flag, with the zone’s prime coverage now',
      tags: ['performance'],
      access: { roles: OVERSIGHT_ROLES },
      request: { params: IdParams },
      responses: { 200: { description: 'The flag' }, 404: { description: 'No such flag' } },
      async handler({ params }) {
        return getFlag({ db, zoneFacts }, params.id);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/reviews/flags/:id/confirm',
      summary: 'Confirm a flag: the provider’s role in the zone changes now (audited)',
      tags: ['performance'],
      access: { roles: ['admin'] },
      request: { params: IdParams, body: ConfirmFlagSchema },
      responses: {
        200: { description: 'The confirmed flag' },
        404: { description: 'No such flag' },
        409: { description: 'Already decided, or the provider’s role has changed since' },
        422: { description: 'Would leave the zone below its minimum primes without acknowledgement' },
      },
      async handler({ params, body }, { actor }) {
        return confirmFlag({ db, zoneFacts, actor, now: clock.now() }, params.id, body);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/reviews/flags/:id/dismiss',
      summary: 'Dismiss a flag with a reason; the role does not change',
      tags: ['performance'],
      access: { roles: ['admin'] },
      request: { params: IdParams, body: DismissFlagSchema },
      responses: {
        200: { description: 'The dismissed flag' },
        404: { description: 'No such flag' },
        409: { description: 'Already decided' },
      },
      async handler({ params, body }, { actor }) {
        return dismissFlag({ db, zoneFacts, actor, now: clock.now() }, params.id, body.reason);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/reviews/run',
      summary: 'Run the promotion and demotion review now (it also runs daily)',
      tags: ['performance'],
      access: { roles: ['admin'] },
      request: {},
      responses: { 200: { description: 'What the review raised' } },
      async handler(_input, { actor }) {
        return runRoleReview({ db, config, zoneFacts, actor, now: clock.now() });
      },
    }),
  ];
}
