import { ROLES } from '../../auth/roles';
import { defineRoute } from '../../http/route';
import type { Services } from '../../services';
import { kpiFilterFor, kpiReport } from './report';
import { KpiQuerySchema, KpiReportSchema } from './schemas';

export function kpiRoutes({ db, clock, config, zoneFacts }: Services) {
  return [
    defineRoute({
      method: 'get',
      path: '/performance/kpis',
      operationId: 'getKpis',
      summary: 'Pick-up and response KPIs for a period, per provider, zone and/or band, or county-wide',
      tags: ['performance'],
      access: { roles: ROLES },
      request: { query: KpiQuerySchema },
      responses: {
        200: { description: 'KPIs per group (a provider sees only its own)', schema: KpiReportSchema },
        404: { description: 'For a provider user: `provider` names another provider' },
      },
      async handler({ query }, { actor }) {
        const { from, to, groupBy } = query;
        const filter = kpiFilterFor(actor, query);
        return kpiReport({ db, zoneFacts }, config, { from, to, groupBy, filter }, clock.now());
      },
    }),
  ];
}
