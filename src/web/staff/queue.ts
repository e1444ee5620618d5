import { z } from 'zod';
import { QueueQuery } from '../../allocation/schemas';
import { STAFF_ROLES } from '../../auth/roles';
import { SORT_ORDERS, type SortOrder } from '../../http/params';
import { URGENCIES } from '../../packages/model';
import { QUEUE_SORTS, type ActionReason, type QueueEntry, type QueueSort } from '../../packages/queue/views';
import { queuePage, queueRules } from '../../packages/queue/work-queue';
import { BANDS } from '../../pricing/bands';
import type { Services } from '../../services';
import { choiceItems, type FormBody } from '../forms';
import { label } from '../labels';
import { definePage } from '../page';
import { pageNumber, pagination } from '../pagination';
import { pageLink, sortColumns } from '../sorting';
import { render } from '../views';

/** Seconds between the page's own reloads (queue-refresh.js), shown on the page. */
export const QUEUE_REFRESH_SECONDS = 60;
/**
 * Rows per page: a county's queue is rarely longer, and a history of thousands of unplaced
 * packages would otherwise be rendered (and reloaded every minute) in full.
 */
export const QUEUE_PAGE_SIZE = 100;

const blankAsUnset = (value: unknown) => (value === '' ? undefined : value);
const { shape } = QueueQuery;
/** A web filter: blank is "all", and a value the API would refuse is ignored rather than shown as an error. */
const lenient = <S extends z.ZodType>(schema: S) =>
  z.preprocess(blankAsUnset, schema.optional()).catch(undefined);

/** The queue page's query: the API's own filters (src/allocation/schemas.ts), leniently. */
export const QueueFilter = z.object({
  view: lenient(z.enum(['needs-action', 'with-providers'])).transform((v) => v ?? 'needs-action'),
  zone: lenient(
    z
      .string()
      .max(60)
      .regex(/^[a-z][a-z0-9-]*$/),
  ),
  band: lenient(shape.band.unwrap()),
  urgency: lenient(shape.urgency.unwrap()),
  status: lenient(shape.status.unwrap()),
  sort: lenient(z.enum(QUEUE_SORTS)),
  order: lenient(z.enum(SORT_ORDERS)),
});
type Filter = z.output<typeof QueueFilter>;

const REASONS: Record<ActionReason, string> = {
  escalated: 'Past escalation',
  unplaced: 'Unplaced: widen the search',
  'handed-back': 'Handed back: being re-brokered',
  'short-notice': "Hand-back's short notice: a commissioner to approve or refuse",
  'start-overdue': 'Care not confirmed as started',
  'no-open-round': 'No open round',
};

/** Names sort A to Z first, amounts and times biggest first, urgency most urgent first. */
const firstOrder = (key: QueueSort): SortOrder => (['hours', 'waited'].includes(key) ? 'desc' : 'asc');
const COLUMN_KEYS = QUEUE_SORTS.filter((k) => k !== 'priority');

function row(e: QueueEntry) {
  return {
    ...e,
    reasonTexts: e.reasons.map((r) => REASONS[r]),
    roundText: e.round?.open ? `Round ${e.round.number}: ${label(e.round.kind)}` : null,
  };
}

function viewTabs(base: Record<string, string | undefined>, filter: Filter, counts: Record<string, number>) {
  return (['needs-action', 'with-providers'] as const).map((view) => ({
    text: view === 'needs-action' ? 'Needs action' : 'With providers',
    count: counts[view],
    href: pageLink('/staff/queue', { ...base, sort: filter.sort, order: filter.order }, { view }),
    current: view === filter.view,
  }));
}

/** The filter form's selects, each with its chosen value. */
function filterItems(filter: Filter, zones: readonly { id: string; name: string }[]) {
  return {
    zoneItems: choiceItems(
      zones.map((z) => ({ value: z.id, text: z.name })),
      filter.zone,
      { blank: 'All zones' },
    ),
    bandItems: choiceItems(BANDS, filter.band, { blank: 'All bands', describe: label }),
    urgencyItems: choiceItems(URGENCIES, filter.urgency, { blank: 'All urgencies', describe: label }),
    statusItems: choiceItems(['brokering', 'unplaced', 'awarded'], filter.status, {
      blank: 'All statuses',
      describe: label,
    }),
  };
}

/**
 * The officers' work queue (docs/specification/roles-and-stories.md §9.2, story BO8): two views with counts, urgent and
 * hospital discharge first, filters and sort in the address, reloading itself every minute.
 */
export function queuePages(services: Services) {
  const { db, clock, zoneFacts } = services;
  return [
    definePage({
      method: 'get',
      path: '/staff/queue',
      roles: STAFF_ROLES,
      async handler(req, res) {
        const filter = QueueFilter.parse(req.query as FormBody);

        const order = filter.order ?? (filter.sort ? firstOrder(filter.sort) : 'asc');
        const [queue, zones] = await Promise.all([
          queuePage(services, {
            filter: { ...filter, order },
            now: clock.now(),
            page: pageNumber((req.query as FormBody).page),
            pageSize: QUEUE_PAGE_SIZE,
          }),
          zoneFacts.list(db),
        ]);
        const base = {
          view: filter.view,
          zone: filter.zone,
          band: filter.band,
          urgency: filter.urgency,
          status: filter.status,
        };
        const { page } = queue;
        const total = queue.counts[filter.view];
        render(res, 'pages/staff/queue.njk', {
          packages: queue.entries.map(row),
          total,
          first: (page - 1) * QUEUE_PAGE_SIZE + 1,
          pagination: pagination({
            path: '/staff/queue',
            values: { ...base, sort: filter.sort, order: filter.order },
            page,
            total,
            pageSize: QUEUE_PAGE_SIZE,
          }),
          filter,
          filtered: Boolean(filter.zone || filter.band || filter.urgency || filter.status),
          rules: queueRules(services),
          refreshSeconds: QUEUE_REFRESH_SECONDS,
          tabs: viewTabs(base, filter, queue.counts),
          priorityHref: pageLink('/staff/queue', base),
          sort: {
            key: filter.sort,
            columns: sortColumns({
              path: '/staff/queue',
              base,
              keys: COLUMN_KEYS,
              current: { key: filter.sort === 'priority' ? undefined : filter.sort, order },
              firstOrder,
            }),
          },
          ...filterItems(filter, zones),
        });
      },
    }),
  ];
}
