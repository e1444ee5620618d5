import { findProvider } from '../../providers/queries';
import type { Services } from '../../services';
import { definePage } from '../page';
import { allocationScores } from '../scores';
import { render } from '../views';

/**
 * My performance (domain.md §6 P2): the provider's role and the score allocation ranks it by in
 * each zone. Part B adds the score components and KPIs behind them to this page.
 */
export function myPerformancePages({ db, clock, config }: Services) {
  return [
    definePage({
      method: 'get',
      path: '/my/performance',
      roles: ['provider'],
      async handler(_req, res, ctx) {
        const now = clock.now();
        const provider = await findProvider(db, ctx.user.providerId!, {
          now,
          staleDays: config.allocation.capacityStaleDays,
        });
        const zones = provider?.zones ?? [];
        const scores = await allocationScores(
          db,
          zones.map((z) => ({ providerId: provider!.id, zoneId: z.zoneId, tenderScore: provider!.tenderScore })),
          now,
        );
        render(res, 'pages/provider/performance.njk', {
          provider,
          zones: zones.map((z) => ({ ...z, score: scores.get(`${provider!.id}|${z.zoneId}`) ?? null })),
        });
      },
    }),
  ];
}
