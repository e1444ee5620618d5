import { providerScores } from '../../performance/scores/in-force';
import { snapshotHistory } from '../../performance/scores/queries';
import { providerReport } from '../../reports/provider-report';
import type { Services } from '../../services';
import { definePage } from '../page';
import { render } from '../views';
import { visitKpiReport } from '../../visits/report';

/**
 * My performance (docs/specification/roles-and-stories.md §9.3, story P2): in each zone the
 * provider's role, the score brokerage ranks it by, the three components of that score with the
 * evidence behind each, and its KPIs over the last year; then its recent score history. Only ever
 * the signed-in provider's own organisation: the page takes no provider id.
 */
export function myPerformancePages(services: Services) {
  const { db, clock, config } = services;
  return [
    definePage({
      method: 'get',
      path: '/my/performance',
      roles: ['provider'],
      async handler(_req, res, ctx) {
        const now = clock.now();
        const providerId = ctx.user.providerId!;
        const [scores, report, history, visitKpis] = await Promise.all([
          providerScores(services, config.performance, providerId, now),
          providerReport(services, {}, now, providerId),
          snapshotHistory(db, providerId, { limit: 12 }),
          visitKpiReport(services, {
            actor: ctx.actor,
            asked: { groupBy: ['zone'] },
            settings: config.performance.visits,
            now,
          }),
        ]);
        const own = report.providers.find((p) => p.provider.id === providerId);
        const kpisByZone = new Map((own?.zones ?? []).map((z) => [z.zone.id, z.kpis]));
        const zoneName = new Map(scores.zones.map((z) => [z.zone.id, z.zone.name]));
        render(res, 'pages/provider/performance.njk', {
          provider: scores.provider,
          visitKpis,
          period: report.period,
          notes: report.notes,
          rag: config.performance.rag,
          noticeDays: config.allocation.handBack.noticeDays,
          zones: scores.zones.map((z) => ({ ...z, kpis: kpisByZone.get(z.zone.id) ?? null })),
          allZones: own?.allZones ?? null,
          history: history.map((s) => ({
            computedFor: s.computed_for,
            zoneName: zoneName.get(s.zone_id) ?? s.zone_id,
            value: Number(s.value),
            rag: s.rag,
          })),
        });
      },
    }),
  ];
}
