/**
 * The work queue as it was decided in JavaScript before it moved to SQL (src/packages/queue/placed.ts
 * and order.ts): which rows it read, their reasons and view, and their order. Kept as the oracle that
 * the SQL must agree with (./work-queue-sql.test.ts), row for row, on both engines.
 */
import type { Queryable } from '../../src/db/connect';
import { careStartOverdue, careStartOverdueCutoff } from '../../src/packages/care-start-overdue';
import { TRANSITIONS } from '../../src/packages/model';
import type { ActionReason, PlacedEntry, QueueSort } from '../../src/packages/queue/views';
import { toQueueRow, type QueueRow, type RawRow } from '../../src/packages/queue/rows';

const DAYS = 2;

/** Every package with its current episode and latest round, read plainly. */
async function allRows(db: Queryable): Promise<QueueRow[]> {
  const rows: RawRow[] = await db('packages as p')
    .leftJoin('brokerage_episodes as e', 'e.id', 'p.current_episode_id')
    .join('zones as z', 'z.id', 'p.zone_id')
    .leftJoin('brokerage_rounds as r', (join) =>
      join.on(
        'r.id',
        '=',
        db.raw(
          '(select r2.id from brokerage_rounds r2 where r2.episode_id = p.current_episode_id order by r2.number desc limit 1)',
        ),
      ),
    )
    .select(
      'p.*',
      'e.opened_because',
      'e.agreed_start',
      'e.hand_back_approval',
      'z.name as zone_name',
      'r.id as round_id',
      'r.number as round_number',
      'r.kind as round_kind',
      'r.deadline_at',
      'r.closed_at as round_closed_at',
    );
  return rows.map(toQueueRow);
}

/** The rows the former statement read: brokering, unplaced, awarded past the cut-off, pending hand-backs. */
function wasRead(row: QueueRow, cutoff: string): boolean {
  return (
    row.status === 'brokering' ||
    row.status === 'unplaced' ||
    (row.status === 'awarded' && (row.agreedStart ?? row.wantedStart) <= cutoff) ||
    (row.shortNoticePending === true && (row.status === 'awarded' || row.status === 'active'))
  );
}

function reasonsFor(row: QueueRow, today: string): ActionReason[] {
  const reasons: ActionReason[] = [];
  if (row.escalatedAt !== null && row.status !== 'awarded') reasons.push('escalated');
  if (row.status === 'unplaced') reasons.push('unplaced');
  if (row.openedBecause === 'hand-back' && row.status !== 'awarded') reasons.push('handed-back');
  if (careStartOverdue(row, today, DAYS)) reasons.push('start-overdue');
  if (row.status === 'brokering' && !row.round?.open) reasons.push('no-open-round');
  if (row.shortNoticePending) reasons.push('short-notice');
  return reasons;
}

function classify(row: QueueRow, now: number, today: string): PlacedEntry | null {
  const reasons = reasonsFor(row, today);
  const open = row.round?.open === true;
  if (reasons.length === 0 && !open) return null;
  return {
    ...row,
    view: reasons.length > 0 ? 'needs-action' : 'with-providers',
    reasons,
    canWiden: TRANSITIONS.widen!.includes(row.status),
    waitedMinutes: Math.max(0, Math.floor((now - row.createdAt) / 60_000)),
    minutesLeftInWindow:
      open && row.round ? Math.max(0, Math.ceil((row.round.deadlineAt - now) / 60_000)) : null,
  };
}

type Key = (e: PlacedEntry) => number | string | null;
const urgencyRank = (e: PlacedEntry) => (e.urgency === 'standard' ? 1 : 0);
const SORT_KEYS: Record<Exclude<QueueSort, 'priority'>, Key> = {
  reference: (e) => e.reference,
  zone: (e) => e.zoneName,
  band: (e) => e.band,
  hours: (e) => e.weeklyMinutes,
  urgency: urgencyRank,
  'wanted-start': (e) => e.wantedStart,
  'time-left': (e) => e.minutesLeftInWindow,
  waited: (e) => e.waitedMinutes,
};

function compareValues(a: number | string | null, b: number | string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

function byPriority(a: PlacedEntry, b: PlacedEntry): number {
  const urgency = urgencyRank(a) - urgencyRank(b);
  if (urgency !== 0) return urgency;
  if (a.view === 'with-providers' && b.view === 'with-providers') {
    const left = compareValues(a.minutesLeftInWindow, b.minutesLeftInWindow);
    if (left !== 0) return left;
  }
  return b.waitedMinutes - a.waitedMinutes || a.id - b.id;
}

/** The former order, applied to one view's entries (where its comparison is consistent). */
function sortEntries(entries: PlacedEntry[], sort: QueueSort, order: 'asc' | 'desc'): PlacedEntry[] {
  if (sort === 'priority') return [...entries].sort(byPriority);
  const key = SORT_KEYS[sort];
  const sign = order === 'asc' ? 1 : -1;
  return [...entries].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    if (x === null || y === null) return compareValues(x, y) || byPriority(a, b);
    return sign * compareValues(x, y) || byPriority(a, b);
  });
}

/** Both views as the former code placed and ordered them at `now`, with `today` its London day. */
export async function formerQueue(
  db: Queryable,
  at: { now: number; today: string; sort: QueueSort; order: 'asc' | 'desc' },
): Promise<Record<'needs-action' | 'with-providers', PlacedEntry[]>> {
  const cutoff = careStartOverdueCutoff(at.today, DAYS);
  const placed = (await allRows(db))
    .filter((row) => wasRead(row, cutoff))
    .map((row) => classify(row, at.now, at.today))
    .filter((e): e is PlacedEntry => e !== null);
  const inView = (view: PlacedEntry['view']) =>
    sortEntries(
      placed.filter((e) => e.view === view),
      at.sort,
      at.order,
    );
  return { 'needs-action': inView('needs-action'), 'with-providers': inView('with-providers') };
}
