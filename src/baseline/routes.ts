import { z } from 'zod';
import { STAFF_ROLES } from '../auth/roles';
import { IsoDate } from '../calendar/dates';
import { comparisonDateCheck, requireDatesInRange, SERVICE_START } from '../calendar/field-rules';
import { defineRoute } from '../http/route';
import type { Services } from '../services';
import { beforeAfterReport } from './report';

export const BeforeAfterQuery = z.object({
  date: IsoDate.default(SERVICE_START).describe(
    'The day that divides before from after, YYYY-MM-DD, up to today; default 2021-11-01 (the framework began)',
  ),
});

const Figures = z
  .object({
    referrals: z.number().int(),
    placed: z.number().int(),
    unplaced: z.number().int().describe('Never placed (baseline) or not yet awarded (the service)'),
    medianDays: z.number().nullable().describe('Median days from request to placement, of those placed'),
    p90Days: z.number().nullable().describe('90th percentile of the same'),
    fromBaseline: z.number().int(),
    fromService: z.number().int(),
  })
  .meta({ id: 'WaitFigures' });
const Pair = z.object({ before: Figures, after: Figures }).meta({ id: 'BeforeAfterPair' });

export const BeforeAfterSchema = z
  .object({
    date: z.string(),
    all: Pair,
    byBand: z.record(z.string(), Pair),
    byZone: z.record(z.string(), Pair).describe('By zone id'),
  })
  .meta({
    id: 'BeforeAfter',
    description: 'Pick-up times before and after a day, by band and zone, with counts',
  });

export function beforeAfterRoutes({ db, clock }: Services) {
  return [
    defineRoute({
      method: 'get',
      path: '/reports/before-after',
      operationId: 'beforeAfterReport',
      summary: 'Pick-up times before and after a day (the old framework against this one), by band and zone',
      tags: ['reports'],
      access: { roles: STAFF_ROLES },
      request: { query: BeforeAfterQuery },
      responses: {
        200: { description: 'The comparison, with the counts behind each figure', schema: BeforeAfterSchema },
      },
      async handler({ query }) {
        const now = clock.now();
        requireDatesInRange([comparisonDateCheck('query.date', query.date, now)]);
        return beforeAfterReport(db, { date: query.date, asOf: now });
      },
    }),
  ];
}
