/**
 * The officers' work queue classified, counted and paged in SQL (docs/specification/roles-and-stories.md
 * §9.2, story BO8; allocation.md §5.9 for escalation): why each package needs an officer, which view
 * it falls in, how many of each view match the filters, and only the rows of the page shown. Reading
 * and classifying every package needing action in JavaScript cost seconds at 100× a county-year
 * (about 20,700 packages, docs/BENCHMARKS.md).
 */
import type { Knex } from 'knex';
import type { Queryable } from '../../db/connect';
import { TRANSITIONS } from '../model';
import { ACTION_REASONS, QUEUE_VIEWS, type ActionReason, type PlacedEntry, type QueueView } from './views';
import { queueOrder } from './order';
import { packagesById, queuedPackages, toQueueRow, withDetails, type RawRow } from './rows';
import type { QueueFilter } from './work-queue';

/** The instant the queue is read at, and the care-start rule's cut-off day on it. */
export interface QueueAt {
  now: number;
  overdueCutoff: string;
}

/** A column of the row's current episode, read only where a condition needs it. */
const episode = (column: string) =>
  `(select e2.${column} from brokerage_episodes e2 where e2.id = q.current_episode_id)`;
/** Whole minutes to the latest round's deadline, rounded up, never negative; null unless it is open. */
const MINUTES_LEFT = `(select case when r3.deadline_at > cast(:now as bigint)
    then (r3.deadline_at - cast(:now as bigint) + 59999) / 60000 else 0 end
  from brokerage_rounds r3 where r3.closed_at is null and r3.id = (select r2.id from brokerage_rounds r2
    where r2.episode_id = q.current_episode_id order by r2.number desc limit 1))`;
/** Whole minutes since intake, never negative (as Math.floor of the difference). */
const WAITED = `case when q.created_at < cast(:now as bigint)
  then (cast(:now as bigint) - q.created_at) / 60000 else 0 end`;

/**
 * Each reason as a condition on a row of ./rows.ts's package columns (`:cutoff` is the care-start
 * cut-off), the package's own columns tested first: the episode and round are read only when needed.
 */
const REASONS: Record<ActionReason, string> = {
  escalated: "q.escalated_at is not null and q.status <> 'awarded'",
  unplaced: "q.status = 'unplaced'",
  'handed-back': `q.status <> 'awarded' and ${episode('opened_because')} = 'hand-back'`,
  // ../care-start-overdue.ts: awarded, and the agreed (else wanted) start on or before the cut-off.
  'start-overdue': `q.status = 'awarded' and coalesce(${episode('agreed_start')}, q.wanted_start) <= :cutoff`,
  'no-open-round': `q.status = 'brokering' and ${MINUTES_LEFT} is null`,
  'short-notice': `${episode('hand_back_approval')} = 'pending'`,
};

/**
 * Needs action when any reason applies, else with providers when the latest round is open, else
 * none (not in the queue). A `case` tries the reasons in turn and stops at the first that applies
 * (an unplaced package at the second), which an `or` is not bound to do.
 */
const VIEW = `case ${ACTION_REASONS.map((r) => `when ${REASONS[r]} then 'needs-action'`).join(' ')}
  when ${MINUTES_LEFT} is not null then 'with-providers' end`;

const reasonColumn = (reason: ActionReason) => `reason_${reason.replaceAll('-', '_')}`;

/**
 * `packages` (a subquery of ./rows.ts's package columns) with each row's view, minutes waited and
 * minutes left; with `shown`, also its reasons (1/0 columns) and what a row shows (../rows.ts
 * `withDetails`), for the rows of a page.
 */
function classified(db: Queryable, packages: Knex.QueryBuilder, at: QueueAt, shown: boolean) {
  const flags = ACTION_REASONS.map((r) => `case when ${REASONS[r]} then 1 else 0 end as ${reasonColumn(r)}`);
  const columns = [`${VIEW} as queue_view`, `${WAITED} as waited_minutes`, `${MINUTES_LEFT} as minutes_left`];
  const computed = db.raw([...columns, ...(shown ? flags : [])].join(', '), {
    cutoff: at.overdueCutoff,
    now: at.now,
  });
  const query: Knex.QueryBuilder = shown ? withDetails(db, packages) : db.from(packages.as('q'));
  return query.select('q.*', computed);
}

/** The placed rows (in a view) of `classified` that match the filter's zone, band, urgency, status and view. */
function placed(db: Queryable, rows: Knex.QueryBuilder, filter: QueueFilter, withView: boolean) {
  const query = db.from(rows.as('c')).whereNotNull('c.queue_view');
  if (filter.zone) query.where('c.zone_id', filter.zone);
  if (filter.band) query.where('c.band', filter.band);
  if (filter.urgency) query.where('c.urgency', filter.urgency);
  if (filter.status) query.where('c.status', filter.status);
  if (withView && filter.view) query.where('c.queue_view', filter.view);
  return query;
}

/** How many rows match the other filters in each view (the view filter aside), for the sub-navigation. */
export async function queueCounts(
  db: Queryable,
  at: QueueAt,
  filter: QueueFilter,
): Promise<Record<QueueView, number>> {
  const rows: { queue_view: QueueView; n: number | string }[] = await placed(
    db,
    classified(db, queuedPackages(db, at.overdueCutoff), at, false),
    filter,
    false,
  )
    .groupBy('c.queue_view')
    .select('c.queue_view')
    .count({ n: '*' });
  const counts = Object.fromEntries(QUEUE_VIEWS.map((v) => [v, 0])) as Record<QueueView, number>;
  for (const row of rows) counts[row.queue_view] = Number(row.n);
  return counts;
}

type ClassifiedRow = RawRow &
  Record<`reason_${string}`, number> & {
    queue_view: QueueView;
    waited_minutes: number | string;
    minutes_left: number | string | null;
  };

function toPlacedEntry(row: ClassifiedRow): PlacedEntry {
  const entry = toQueueRow(row);
  return {
    ...entry,
    view: row.queue_view,
    reasons: ACTION_REASONS.filter((r) => Number(row[reasonColumn(r) as `reason_${string}`]) === 1),
    canWiden: TRANSITIONS.widen!.includes(entry.status),
    waitedMinutes: Number(row.waited_minutes),
    minutesLeftInWindow: row.minutes_left === null ? null : Number(row.minutes_left),
  };
}

/**
 * The placed rows in the filter's view (without one, needing action first), in the filter's order,
 * `range` of them when given (a page): then the page's ids are chosen first, from the packages'
 * own columns, and only its rows are read with their details.
 */
export async function queuePlaced(
  db: Queryable,
  at: QueueAt,
  filter: QueueFilter,
  range?: { offset: number; limit: number },
): Promise<PlacedEntry[]> {
  const order = { sort: filter.sort ?? 'priority', order: filter.order ?? 'asc' } as const;
  const queued = queuedPackages(db, at.overdueCutoff);
  if (!range) {
    const all = placed(db, classified(db, queued, at, true), filter, true).select('c.*');
    await queueOrder(db, all, order);
    return ((await all) as ClassifiedRow[]).map(toPlacedEntry);
  }
  const chosen = placed(db, classified(db, queued, at, false), filter, true).select('c.id');
  await queueOrder(db, chosen, order);
  const ids = ((await chosen.offset(range.offset).limit(range.limit)) as { id: number }[]).map((r) => r.id);
  if (ids.length === 0) return [];
  const rows: ClassifiedRow[] = await classified(db, packagesById(db, ids), at, true);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => toPlacedEntry(byId.get(id)!));
}
