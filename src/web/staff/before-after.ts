import { STAFF_ROLES } from '../../auth/roles';
import { isIsoDate, londonDate } from '../../calendar/dates';
import { SERVICE_START } from '../../calendar/field-rules';
import { beforeAfterReport } from '../../baseline/report';
import type { Services } from '../../services';
import { definePage } from '../page';
import { render } from '../views';

/** The day asked for, if it is a date up to today; otherwise the framework's start (the report's default). */
function dayOr(value: unknown, now: number): string {
  const day = typeof value === 'string' ? value : '';
  return isIsoDate(day) && day <= londonDate(now) ? day : SERVICE_START;
}

/**
 * Before and after (docs/imports.md "Before and after"): pick-up times of the old framework's referrals
 * against the service's, by band and zone, with the counts behind each figure; the same data as
 * GET /reports/before-after.
 */
export function beforeAfterPages({ db, clock, zoneFacts }: Services) {
  return [
    definePage({
      method: 'get',
      path: '/staff/before-after',
      roles: STAFF_ROLES,
      async handler(req, res) {
        const now = clock.now();
        const date = dayOr(req.query.date, now);
        const report = await beforeAfterReport(db, { date, asOf: now });
        const names = await zoneFacts.names(db);
        const sections = [
          { title: 'County', rows: [{ name: 'All referrals', pair: report.all }] },
          {
            title: 'By band',
            rows: Object.entries(report.byBand).map(([band, pair]) => ({ name: band, pair, label: true })),
          },
          {
            title: 'By zone',
            rows: Object.entries(report.byZone).map(([id, pair]) => ({ name: names.get(id) ?? id, pair })),
          },
        ];
        render(res, 'pages/staff/before-after.njk', { date, sections });
      },
    }),
  ];
}
