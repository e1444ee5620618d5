/**
 * The hand-backs a KPI period counts, read one by one (they are few) so that each can be judged
 * with or without notice by the pure rule in ./hand-backs.ts; src/performance/kpis/queries.ts
 * reads the other sources.
 */
import { placeable, unplacedNote } from '../../calendar/unplaced';
import type { Db } from '../../db/connect';
import {
  dimensionColumns,
  filtered,
  grouped,
  groupOf,
  inPeriod,
  keyOf,
  n,
  noteGroup,
  splitByDay,
  type Grouped,
  type Row,
} from './grouping';
import { addHandBack, type GivenHandBack } from './hand-backs';
import type { HandBackAggregate } from './kpis';
import type { KpiQuery } from './queries';

/** Hand-backs in the period, by the provider that handed back, with reasons, weekly hours and notice. */
export async function handBackAggregates(
  db: Db,
  query: KpiQuery,
  notes: string[],
): Promise<Grouped<HandBackAggregate>> {
  const { groupBy } = query;
  const rows: Row[] = await splitByDay(
    filtered(
      inPeriod(
        db('brokerage_episodes as e').join('packages as p', 'p.id', 'e.package_id'),
        query,
        'e.handed_back_at',
      ),
      'episodes',
      query.filter,
    ),
    query,
    'e.handed_back_at',
  ).select(
    ...dimensionColumns('episodes', groupBy),
    'e.id',
    'e.handed_back_at',
    'e.hand_back_reason',
    'e.hand_back_notice_date',
    'e.hand_back_approval',
    'p.weekly_minutes',
  );
  const out = grouped<HandBackAggregate>();
  for (const r of rows) {
    const key = keyOf(r, groupBy);
    let agg = out.values.get(key);
    if (!agg) {
      agg = { count: 0, weeklyMinutes: 0, byReason: {}, withoutNotice: 0 };
      out.groups.set(key, groupOf(r, groupBy));
      out.values.set(key, agg);
    }
    const had = notes.length;
    addHandBack(agg, givenHandBack(r, notes), query.handBackNoticeDays);
    noteGroup(out, key, notes, had);
  }
  return out;
}

/** A stored notice date that cannot be placed in time is left out of the notice judgement, with a note. */
function givenHandBack(r: Row, notes: string[]): GivenHandBack {
  let noticeDate = (r.hand_back_notice_date as string | null) ?? null;
  if (!placeable(noticeDate)) {
    const date = { table: 'brokerage_episodes', id: Number(r.id), column: 'hand_back_notice_date' };
    notes.push(unplacedNote({ ...date, value: String(noticeDate) }, 'its notice is not judged'));
    noticeDate = null;
  }
  return {
    givenAt: Number(r.handed_back_at),
    reason: (r.hand_back_reason as string | null) ?? null,
    noticeDate,
    approval: (r.hand_back_approval as string | null) ?? null,
    weeklyMinutes: n(r.weekly_minutes),
  };
}
