import { STAFF_ROLES } from '../../auth/roles';
import type { Provider } from '../../providers/model';
import { PROVIDER_STATUSES, ZONE_ROLES } from '../../providers/model';
import { listProviders } from '../../providers/queries';
import { ProviderListQuery } from '../../providers/schemas';
import type { Services } from '../../services';
import { choiceItems } from '../forms';
import { label } from '../labels';
import { definePage } from '../page';
import { allocationScores } from '../scores';
import { render } from '../views';

/** The filters as the API's schema reads them; blank selects mean "all", anything invalid is ignored. */
function providerFilter(query: Record<string, unknown>) {
  const given = Object.fromEntries(
    Object.entries(query).filter(([, v]) => typeof v === 'string' && v !== ''),
  );
  const { zone, role, status } = given;
  const parsed = ProviderListQuery.safeParse({ zone, role, status });
  return parsed.success ? parsed.data : {};
}

/** Each provider's zones with role, latest capacity (stale marked) and the score allocation uses. */
async function withScores(db: Services['db'], providers: Provider[], now: number) {
  const scores = await allocationScores(
    db,
    providers.flatMap((p) =>
      p.zones.map((z) => ({ providerId: p.id, zoneId: z.zoneId, tenderScore: p.tenderScore })),
    ),
    now,
  );
  return providers.map((p) => ({
    ...p,
    zones: p.zones.map((z) => ({ ...z, score: scores.get(`${p.id}|${z.zoneId}`) ?? null })),
  }));
}

/** Providers list for staff: roles per zone, capacity declarations and scores (domain.md §6 BO2, P3). */
export function providerListPages({ db, clock, config, zoneFacts }: Services) {
  return [
    definePage({
      method: 'get',
      path: '/staff/providers',
      roles: STAFF_ROLES,
      async handler(req, res) {
        const filter = providerFilter(req.query as Record<string, unknown>);
        const now = clock.now();
        const basis = { now, staleDays: config.allocation.capacityStaleDays };
        const [providers, zones] = await Promise.all([listProviders(db, filter, basis), zoneFacts.list(db)]);
        render(res, 'pages/staff/providers.njk', {
          providers: await withScores(db, providers, now),
          filter,
          staleDays: basis.staleDays,
          zoneItems: choiceItems(
            zones.map((z) => ({ value: z.id, text: z.name })),
            filter.zone,
            { blank: 'All zones' },
          ),
          roleItems: choiceItems(ZONE_ROLES, filter.role, { blank: 'Any role', describe: label }),
          statusItems: choiceItems(PROVIDER_STATUSES, filter.status, {
            blank: 'Any status',
            describe: (v) => label(v, 'provider'),
          }),
        });
      },
    }),
  ];
}
