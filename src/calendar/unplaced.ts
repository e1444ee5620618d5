/**
 * Stored dates a read cannot place in time. Rows written before the sensible-date rules
 * (./field-rules.ts) may hold a date such as '0023-01-01'; KPIs, reports and scores leave such a
 * date out rather than fail for everyone, and say so in their answer's `notes`. The admin page
 * "Dates that cannot be placed" (src/web/admin/unplaced-dates.ts) lists every such row.
 */
import { z } from 'zod';
import { isIsoDate } from './dates';

/** The `notes` of a KPI, report or score-run answer. */
export const NotesSchema = z
  .array(z.string())
  .describe(
    'Stored records the figures had to leave out, one line each (e.g. a start date in year 0023 that cannot be placed in time); empty when none',
  );

/** One stored date that is not a sensible calendar date. */
export interface UnplacedDate {
  table: string;
  id: number;
  column: string;
  value: string;
}

/** True for a stored date a read may use: absent, or a sensible calendar date. */
export function placeable(value: string | null | undefined): boolean {
  return value === null || value === undefined || isIsoDate(value);
}

/**
 * The note an answer gives for a date it left out.
 * @example unplacedNote({ table: 'brokerage_episodes', id: 7, column: 'care_started_on', value: '0023-01-01' }, 'its care start is left out of the KPIs')
 *   // 'brokerage_episodes 7: care_started_on "0023-01-01" cannot be placed in time; its care start is left out of the KPIs'
 */
export function unplacedNote(date: UnplacedDate, effect: string): string {
  return `${date.table} ${date.id}: ${date.column} "${date.value}" cannot be placed in time; ${effect}`;
}
