/**
 * Every stored date outside the sensible years (./dates.ts `SENSIBLE_YEARS`): rows written before
 * the date rules, such as a wanted start in year 0023. The admin page "Dates that cannot be placed"
 * lists them; migration 20261203003000 reports the same rows when it runs. Dates have always been
 * checked as real calendar dates; only their year was not held, so a text comparison finds them.
 */
import type { Queryable } from '../db/connect';
import { FIRST_SENSIBLE_DATE, LAST_SENSIBLE_DATE } from './dates';
import type { UnplacedDate } from './unplaced';

/** The date columns of the service's tables, each 'YYYY-MM-DD' text. */
export const DATE_COLUMNS: readonly { table: string; column: string }[] = [
  { table: 'packages', column: 'wanted_start' },
  { table: 'brokerage_episodes', column: 'agreed_start' },
  { table: 'brokerage_episodes', column: 'care_started_on' },
  { table: 'brokerage_episodes', column: 'hand_back_notice_date' },
  { table: 'offers', column: 'proposed_start' },
  { table: 'quality_evidence', column: 'occurred_on' },
  { table: 'providers', column: 'admitted_on' },
  { table: 'rate_cards', column: 'applies_from' },
  { table: 'area_layers', column: 'applies_from' },
];

/** At most this many rows per column: enough to act on, never a page that cannot load. */
const LIMIT_PER_COLUMN = 200;

export async function findUnplacedDates(db: Queryable): Promise<UnplacedDate[]> {
  const found: UnplacedDate[] = [];
  for (const { table, column } of DATE_COLUMNS) {
    const rows = (await db(table)
      .whereNotNull(column)
      .where((q) =>
        q
          .where(column, '<', FIRST_SENSIBLE_DATE)
          .orWhere(column, '>', LAST_SENSIBLE_DATE)
          .orWhereRaw('length(??) <> 10', [column]),
      )
      .orderBy('id')
      .limit(LIMIT_PER_COLUMN)
      .select('id', `${column} as value`)) as { id: unknown; value: unknown }[];
    for (const r of rows) found.push({ table, id: Number(r.id), column, value: String(r.value) });
  }
  return found;
}
