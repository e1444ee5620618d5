/**
 * The work queue's order as SQL over ./placed.ts's classified rows (alias `c`). Needing action comes
 * before with providers; within a view, the default order (priority): urgent and hospital discharge
 * first (docs/specification/allocation.md §5.13: discharges go first), then with providers the
 * soonest window end, then the longest waiting, ties by package id. A column sort comes first with
 * its empty values last whichever the order, ties in priority order. Text columns sort as
 * JavaScript's `localeCompare` did when the queue was sorted in Node, on both engines.
 */
import type { Knex } from 'knex';
import { binaryCollated } from '../../db/dialect';
import type { SortOrder } from '../../http/params';
import type { QueueSort } from './views';

type Direction = 'asc' | 'desc';
/** An ORDER BY term: trusted SQL over `c`, its direction, and values bound to its `?`s. */
type Term = { sql: string; direction: Direction; bindings?: string[] };
const reverse = (d: Direction): Direction => (d === 'asc' ? 'desc' : 'asc');

/** Hospital discharge and urgent rank 0, standard 1. */
const URGENCY_RANK = "case when c.urgency = 'standard' then 1 else 0 end";

const PRIORITY: Term[] = [
  { sql: URGENCY_RANK, direction: 'asc' },
  // Only with providers: every row there has an open round, so none is empty.
  { sql: "case when c.queue_view = 'with-providers' then c.minutes_left end", direction: 'asc' },
  { sql: 'c.waited_minutes', direction: 'desc' },
  { sql: 'c.id', direction: 'asc' },
];

/**
 * A reference (letters, digits and dashes) in `localeCompare`'s order: letters regardless of case
 * first (dash before digits before letters, as in byte order), then lower case before upper case at
 * the first difference — byte order reversed, as upper case letters' bytes come first.
 */
function referenceTerms(db: Knex, direction: Direction): Term[] {
  return [
    { sql: binaryCollated(db, 'lower(c.reference)'), direction },
    { sql: binaryCollated(db, 'c.reference'), direction: reverse(direction) },
  ];
}

/** The zones' names in `localeCompare`'s order, as a rank per zone id (equal names share one). */
async function zoneRank(db: Knex, direction: Direction): Promise<Term> {
  const zones: { id: string; name: string }[] = await db('zones').select('id', 'name');
  zones.sort((a, b) => a.name.localeCompare(b.name));
  let rank = 0;
  const ranks = zones.map((z, i) => {
    if (i > 0 && z.name.localeCompare(zones[i - 1]!.name) !== 0) rank = i;
    return [z.id, rank] as const;
  });
  if (ranks.length === 0) return { sql: '0', direction };
  // The ranks are written as integers: bound, PostgreSQL would type the case as text.
  const cases = ranks.map(([, r]) => `when ? then ${r}`).join(' ');
  return { sql: `case c.zone_id ${cases} end`, direction, bindings: ranks.map(([id]) => id) };
}

/** The SQL each column sort compares by (one term, or several for the reference). */
async function columnTerms(
  db: Knex,
  sort: Exclude<QueueSort, 'priority'>,
  direction: Direction,
): Promise<Term[]> {
  const one = (sql: string): Term[] => [{ sql, direction }];
  switch (sort) {
    case 'reference':
      return referenceTerms(db, direction);
    case 'zone':
      return [await zoneRank(db, direction)];
    case 'band':
      return one('c.band');
    case 'hours':
      return one('c.weekly_minutes');
    case 'urgency':
      return one(URGENCY_RANK);
    case 'wanted-start':
      return one('c.wanted_start');
    case 'time-left':
      return one('c.minutes_left');
    case 'waited':
      return one('c.waited_minutes');
  }
}

/** Orders `query` (over `c`) by the view, then the sort, then priority. */
export async function queueOrder(
  db: Knex,
  query: Knex.QueryBuilder,
  { sort, order }: { sort: QueueSort; order: SortOrder },
): Promise<void> {
  query.orderByRaw("case when c.queue_view = 'needs-action' then 0 else 1 end");
  if (sort !== 'priority') {
    const terms = await columnTerms(db, sort, order);
    const first = terms[0]!;
    // Empty values last, whichever the order (SQLite puts nulls first, PostgreSQL last).
    query.orderByRaw(`case when ${first.sql} is null then 1 else 0 end`, first.bindings ?? []);
    for (const term of terms) query.orderByRaw(`${term.sql} ${term.direction}`, term.bindings ?? []);
  }
  for (const term of PRIORITY) query.orderByRaw(`${term.sql} ${term.direction}`);
}
