/**
 * The awards a KPI period counts, each with what was known of its start (src/performance/kpis/queries.ts
 * reads the other sources).
 */
import { placeable, unplacedNote } from '../../calendar/unplaced';
import { IMPORTED_EPISODE } from '../../allocation/queries/episodes';
import type { Db } from '../../db/connect';
import {
  dimensionColumns,
  filtered,
  grouped,
  inPeriod,
  groupOf,
  keyOf,
  noteGroup,
  splitByDay,
  type Grouped,
  type Row,
} from './grouping';
import type { AwardEvent } from './kpis';
import type { KpiQuery } from './queries';

/** Awards made in the period (by the awarded provider), with what was known of their start at asOf. */
export async function awardEvents(db: Db, query: KpiQuery, notes: string[]): Promise<Grouped<AwardEvent[]>> {
  const { period, groupBy } = query;
  const rows: Row[] = await splitByDay(
    filtered(
      inPeriod(
        db('brokerage_episodes as e').join('packages as p', 'p.id', 'e.package_id'),
        query,
        'e.awarded_at',
      )
        // An imported caseload's episode records care already in place, not a pick-up (docs/imports.md).
        .whereNot('e.opened_because', IMPORTED_EPISODE),
      'episodes',
      query.filter,
    ),
    query,
    'e.awarded_at',
  ).select(
    ...dimensionColumns('episodes', groupBy),
    'e.id',
    'e.opened_at',
    'e.awarded_at',
    'e.agreed_start',
    'e.care_started_at',
    'e.care_started_on',
    'e.handed_back_at',
    'p.urgency',
    'p.status as package_status',
    'p.current_episode_id',
  );
  const out = grouped<AwardEvent[]>();
  for (const r of rows) {
    const key = keyOf(r, groupBy);
    const had = notes.length;
    const event = awardEventOf(r, period.asOf, notes);
    noteGroup(out, key, notes, had);
    const list = out.values.get(key);
    if (list) list.push(event);
    else {
      out.groups.set(key, groupOf(r, groupBy));
      out.values.set(key, [event]);
    }
  }
  return out;
}

/**
 * One award as the KPIs judge it. A stored start date that cannot be placed in time (an old row
 * with '0023-01-01') is left out of the care-start figures, with a note, so that one bad row does
 * not fail every report; the award still counts for pick-up, which reads only instants.
 */
function awardEventOf(r: Row, asOf: number, notes: string[]): AwardEvent {
  const startKnown = r.care_started_at !== null && Number(r.care_started_at) < asOf;
  const agreedStart = (r.agreed_start as string | null) ?? null;
  const careStartedOn = startKnown ? ((r.care_started_on as string | null) ?? null) : null;
  const unplaced = (
    [
      ['agreed_start', agreedStart],
      ['care_started_on', careStartedOn],
    ] as const
  ).filter(([, value]) => !placeable(value));
  for (const [column, value] of unplaced) {
    const date = { table: 'brokerage_episodes', id: Number(r.id), column, value: String(value) };
    notes.push(unplacedNote(date, 'its care start is left out of the KPIs'));
  }
  const startPlaced = unplaced.length === 0;
  return {
    openedAt: Number(r.opened_at),
    awardedAt: Number(r.awarded_at),
    urgency: String(r.urgency),
    agreedStart: startPlaced ? agreedStart : null,
    careStartedOn: startPlaced ? careStartedOn : null,
    cancelledBeforeStart:
      r.package_status === 'cancelled' &&
      Number(r.current_episode_id) === Number(r.id) &&
      r.handed_back_at === null,
  };
}
