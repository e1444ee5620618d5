/**
 * A package's planned against actual visits for a chosen period (docs/visits.md "Package page"),
 * so that a complaint about late calls can be answered: staff see every provider's records; a
 * provider its own records of a package it holds (any other is not found, src/visits/report.ts).
 */
import type { Response } from 'express';
import { STAFF_ROLES } from '../auth/roles';
import { IdParams } from '../http/params';
import { getPackage } from '../packages/queries';
import type { Services } from '../services';
import { packageVisits } from '../visits/report';
import { PackageVisitsQuery } from '../visits/schemas';
import { dateTime, time } from './format';
import { definePage, paramsOr404, type PageContext } from './page';
import { render } from './views';

async function show(
  services: Services,
  res: Response,
  ctx: PageContext,
  input: { id: number; query: unknown },
) {
  const { db, clock, config } = services;
  const asked = PackageVisitsQuery.safeParse(input.query);
  const query = asked.success ? asked.data : {};
  const pkg = await getPackage(db, input.id);
  const found = await packageVisits(db, {
    actor: ctx.actor,
    packageId: input.id,
    asked: query,
    settings: config.performance.visits,
    now: clock.now(),
  });
  const rows = found.visits.map((v) => ({
    ...v,
    planned: dateTime(v.plannedStart),
    actual: v.actualStart && v.actualEnd ? `${time(v.actualStart)} to ${time(v.actualEnd)}` : null,
  }));
  const count = (test: (v: (typeof rows)[number]) => boolean) => rows.filter(test).length;
  render(res, 'pages/visits/package-visits.njk', {
    pkg,
    period: found.period,
    thresholds: found.thresholds,
    visits: rows,
    totals: {
      visits: rows.length,
      missed: count((v) => v.outcome === 'missed'),
      late: count((v) => v.late),
      short: count((v) => v.short),
      carerShort: count((v) => v.carerShort),
    },
    invalid: !asked.success,
    backHref: ctx.user.role === 'provider' ? `/my/packages/${pkg.id}` : `/staff/packages/${pkg.id}`,
    formAction:
      ctx.user.role === 'provider' ? `/my/packages/${pkg.id}/visits` : `/staff/packages/${pkg.id}/visits`,
  });
}

export function packageVisitPages(services: Services) {
  return [
    definePage({
      method: 'get',
      path: '/staff/packages/:id/visits',
      roles: STAFF_ROLES,
      async handler(req, res, ctx) {
        const { id } = paramsOr404(IdParams, req.params);
        await show(services, res, ctx, { id, query: req.query });
      },
    }),
    definePage({
      method: 'get',
      path: '/my/packages/:id/visits',
      roles: ['provider'],
      async handler(req, res, ctx) {
        const { id } = paramsOr404(IdParams, req.params);
        await show(services, res, ctx, { id, query: req.query });
      },
    }),
  ];
}
