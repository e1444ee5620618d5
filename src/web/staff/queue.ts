import { z } from 'zod';
import { STAFF_ROLES } from '../../auth/roles';
import { URGENCIES } from '../../packages/model';
import { brokerageQueue } from '../../packages/queries';
import type { Services } from '../../services';
import { choiceItems } from '../forms';
import { label } from '../labels';
import { definePage } from '../page';
import { render } from '../views';

const blankAsUnset = (value: unknown) => (value === '' ? undefined : value);

/** The queue's filters; a value that is not a zone or urgency is ignored rather than refused. */
export const QueueFilter = z.object({
  zone: z
    .preprocess(
      blankAsUnset,
      z
        .string()
        .max(60)
        .regex(/^[a-z][a-z0-9-]*$/)
        .optional(),
    )
    .catch(undefined),
  urgency: z.preprocess(blankAsUnset, z.enum(URGENCIES).optional()).catch(undefined),
});

/** Brokerage queue (domain.md §6 BO8): packages brokering or unplaced, oldest first. */
export function queuePages({ db, clock, zoneFacts }: Services) {
  return [
    definePage({
      method: 'get',
      path: '/staff/queue',
      roles: STAFF_ROLES,
      async handler(req, res) {
        const filter = QueueFilter.parse(req.query);
        const now = clock.now();
        const [rows, zones] = await Promise.all([brokerageQueue(db, filter), zoneFacts.list(db)]);
        const packages = rows.map((r) => ({
          id: r.id,
          zoneName: r.zone_name,
          band: r.band,
          weeklyMinutes: r.weekly_minutes,
          urgency: r.urgency,
          careType: r.care_type,
          status: r.status,
          round: r.round_kind ? { number: r.round_number, kind: r.round_kind } : null,
          waitedMinutes: (now - Number(r.created_at)) / 60_000,
          minutesLeft: r.deadline_at === null ? null : Math.max(0, (Number(r.deadline_at) - now) / 60_000),
          escalated: r.escalated_at !== null,
        }));
        render(res, 'pages/staff/queue.njk', {
          packages,
          filter,
          zoneItems: choiceItems(
            zones.map((z) => ({ value: z.id, text: z.name })),
            filter.zone,
            { blank: 'All zones' },
          ),
          urgencyItems: choiceItems(URGENCIES, filter.urgency, { blank: 'All urgencies', describe: label }),
        });
      },
    }),
  ];
}
