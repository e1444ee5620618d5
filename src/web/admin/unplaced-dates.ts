import { SENSIBLE_YEARS } from '../../calendar/dates';
import { findUnplacedDates } from '../../calendar/unplaced-queries';
import type { Services } from '../../services';
import { definePage } from '../page';
import { render } from '../views';

/**
 * Stored dates the service cannot place in time (src/calendar/unplaced.ts): rows written before the
 * date rules, which KPIs, reports and scores now leave out with a note. Listed so that an admin can
 * have them corrected at the source.
 */
export function unplacedDatePages({ db }: Services) {
  return [
    definePage({
      method: 'get',
      path: '/admin/dates',
      roles: ['admin'],
      async handler(_req, res) {
        const dates = await findUnplacedDates(db);
        render(res, 'pages/admin/unplaced-dates.njk', { dates, years: SENSIBLE_YEARS });
      },
    }),
  ];
}
