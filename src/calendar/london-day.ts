/**
 * The calendar day in England of an instant, as SQL both engines run: plain integer arithmetic
 * with the British Summer Time intervals written in, so that "awarded by the end of the target
 * day" (src/performance/kpis/kpis.ts `pickedUpWithinTarget`) can be counted in the database instead
 * of fetching every award. Day numbers count from 1970-01-01, as `toDayNumber` in ./dates.ts.
 */

const HOUR = 3_600_000;
const DAY = 86_400_000;

/** 01:00 UTC on the last Sunday of a month (0-based), when England's clocks change. */
function lastSundayAt1Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  const back = lastDay.getUTCDay(); // 0 = Sunday
  return Date.UTC(year, month, lastDay.getUTCDate() - back, 1);
}

/**
 * British Summer Time in a year, [start, end) in epoch ms: from the last Sunday of March to the
 * last Sunday of October, 01:00 UTC each (the rule since 1996).
 *
 * @example bstInterval(2025) // [Date.parse('2025-03-30T01:00Z'), Date.parse('2025-10-26T01:00Z')]
 */
export function bstInterval(year: number): [number, number] {
  return [lastSundayAt1Utc(year, 2), lastSundayAt1Utc(year, 9)];
}

/**
 * SQL for the day number in England of an epoch-ms column, correct for instants in the years
 * `fromYear`..`toYear` (outside them it reads UTC, at most an hour out). `column` is trusted SQL.
 *
 * @example londonDaySql('e.awarded_at', 2025, 2025)
 *   // '((e.awarded_at + case when e.awarded_at >= 1743296400000 and e.awarded_at < 1761440400000 then 3600000 else 0 end) / 86400000)'
 */
export function londonDaySql(column: string, fromYear: number, toYear: number): string {
  const whens: string[] = [];
  for (let year = toYear; year >= fromYear; year -= 1) {
    const [start, end] = bstInterval(year);
    whens.push(`when ${column} >= ${start} and ${column} < ${end} then ${HOUR}`);
  }
  const offset = whens.length > 0 ? `case ${whens.join(' ')} else 0 end` : '0';
  return `((${column} + ${offset}) / ${DAY})`;
}
