import { OVERSIGHT_ROLES } from '../auth/roles';
import { requireDatesInRange, riskMonthCheck } from '../calendar/field-rules';
import { lastCompleteMonth } from '../calendar/months';
import { defineRoute } from '../http/route';
import type { Services } from '../services';
import { overrideProviderRisk } from './override';
import { listRatings } from './queries';
import { reviewList } from './rule';
import { runProviderRisk } from './run';
import {
  ProviderRiskMonthSchema,
  ProviderRiskSchema,
  RiskMonthQuery,
  RiskOverrideParams,
  RiskOverrideSchema,
  RiskRunResultSchema,
  RiskRunSchema,
} from './schemas';

/** The month asked for (checked against its field rule), or the last complete month. */
export function riskMonth(path: string, month: string | undefined, now: number): string {
  requireDatesInRange([riskMonthCheck(path, month, now)]);
  return month ?? lastCompleteMonth(now);
}

/** A month's ratings and its review list. */
export async function providerRiskMonth(db: Services['db'], month: string) {
  const ratings = await listRatings(db, month);
  return { month, ratings, reviewList: reviewList(ratings) };
}

/**
 * The monthly provider-risk RAG (docs/provider-risk.md): the council's internal view, so for
 * commissioners (who act as the quality officers) and admins only; providers do not see it.
 */
export function providerRiskRoutes({ db, clock, config }: Services) {
  return [
    defineRoute({
      method: 'get',
      path: '/provider-risk',
      operationId: 'getProviderRisk',
      summary: 'Every provider’s risk RAG for a month, and the desktop review or visit list',
      tags: ['performance'],
      access: { roles: OVERSIGHT_ROLES },
      request: { query: RiskMonthQuery },
      responses: { 200: { description: 'The month’s ratings', schema: ProviderRiskMonthSchema } },
      async handler({ query }) {
        return providerRiskMonth(db, riskMonth('query.month', query.month, clock.now()));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/provider-risk/run',
      operationId: 'runProviderRisk',
      summary: 'Rate every provider’s risk for a month now (it also runs monthly); keeps overrides',
      tags: ['performance'],
      access: { roles: OVERSIGHT_ROLES },
      request: { body: RiskRunSchema },
      responses: { 201: { description: 'The run', schema: RiskRunResultSchema } },
      async handler({ body }, { actor }) {
        const now = clock.now();
        const month = riskMonth('body.month', body.month, now);
        return runProviderRisk({ db, config, actor, now }, { month, trigger: 'on-demand' });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/provider-risk/:providerId/override',
      operationId: 'overrideProviderRisk',
      summary: 'Set a provider’s risk RAG for a month by hand, with a reason (the computed RAG is kept)',
      tags: ['performance'],
      access: { roles: OVERSIGHT_ROLES },
      request: { params: RiskOverrideParams, body: RiskOverrideSchema },
      responses: {
        200: { description: 'The rating with its override', schema: ProviderRiskSchema },
        404: { description: 'The provider has no rating for that month' },
      },
      async handler({ params, body }, { actor }) {
        riskMonth('body.month', body.month, clock.now());
        return overrideProviderRisk(
          { db, actor, now: clock.now() },
          { providerId: params.providerId, ...body },
        );
      },
    }),
  ];
}
