import { z } from 'zod';
import { OVERSIGHT_ROLES } from '../../auth/roles';
import { listFlags } from '../../performance/reviews/flags';
import { zoneScores } from '../../performance/scores/in-force';
import { providerZoneCounts } from '../../reports/provider-report';
import type { Services } from '../../services';
import { FUNDING_STREAMS } from '../../packages/model';
import { choiceItems } from '../forms';
import { label } from '../labels';
import { definePage } from '../page';
import { render } from '../views';
import { performanceTable } from './performance-rows';
import { visitKpiReport } from '../../visits/report';

const blankIsNone = (v: unknown) => (v === '' ? undefined : v);

const Filter = z.object({
  zone: z
    .preprocess(
      blankIsNone,
      z
        .string()
        .max(60)
        .regex(/^[a-z][a-z0-9-]*$/)
        .optional(),
    )
    .catch(undefined),
  /** Limits the measures (not the scores, which count every stream) to one funding stream. */
  fundingStream: z.preprocess(blankIsNone, z.enum(FUNDING_STREAMS).optional()).catch(undefined),
});

/**
 * Provider performance and review flags for commissioners and administrators
 * (docs/specification/roles-and-stories.md §9.4, stories C4, C6): scores with their components and
 * RAG, the KPIs behind them over the last year, and the promotion and demotion flags of the review
 * (read-only here; an administrator decides them on the flag's page).
 */
export function performancePages(services: Services) {
  const { db, clock, config, zoneFacts } = services;
  return [
    definePage({
      method: 'get',
      path: '/staff/performance',
      roles: OVERSIGHT_ROLES,
      async handler(req, res, { user, actor }) {
        const filter = Filter.parse(req.query);
        const now = clock.now();
        const [scores, report, open, recent, zones, visitKpis] = await Promise.all([
          zoneScores(services, config.performance, filter.zone, now),
          providerZoneCounts(services, { fundingStream: filter.fundingStream }, now),
          listFlags(services, { status: 'open', limit: 500, ...(filter.zone ? { zone: filter.zone } : {}) }),
          listFlags(services, { limit: 50, ...(filter.zone ? { zone: filter.zone } : {}) }),
          zoneFacts.list(db),
          visitKpiReport(services, {
            actor,
            asked: { groupBy: ['provider', 'zone'], ...(filter.zone ? { zoneId: filter.zone } : {}) },
            settings: config.performance.visits,
            now,
          }),
        ]);
        render(res, 'pages/staff/performance.njk', {
          zones: performanceTable(scores, report.kpis),
          visitKpis,
          period: report.period,
          notes: report.notes,
          openFlags: open,
          decidedFlags: recent.filter((f) => f.status !== 'open').slice(0, 20),
          canDecide: user.role === 'admin',
          rag: config.performance.rag,
          filter,
          zoneItems: choiceItems(
            zones.map((zone) => ({ value: zone.id, text: zone.name })),
            filter.zone,
            { blank: 'All zones' },
          ),
          fundingStreamItems: choiceItems(FUNDING_STREAMS, filter.fundingStream, {
            blank: 'All funding streams',
            describe: label,
          }),
        });
      },
    }),
  ];
}
