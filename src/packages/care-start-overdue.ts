import { addDays } from '../calendar/dates';

/**
 * Care that should have started and has not (issue 16's work queue and issue 17's officers' message
 * share this rule): a package awarded, with no start of care confirmed, this many days after the
 * agreed start.
 */
export const CARE_START_GRACE_DAYS = 2;

/**
 * The latest agreed start that is overdue on `today` (for a query: `agreed_start <= cutoff`).
 * @example careStartOverdueCutoff('2026-01-14') // '2026-01-12'
 */
export function careStartOverdueCutoff(today: string): string {
  return addDays(today, -CARE_START_GRACE_DAYS);
}

/**
 * @example careStartOverdue({ status: 'awarded', agreedStart: '2026-01-12', careStartedOn: null }, '2026-01-14') // true
 */
export function careStartOverdue(
  pkg: { status: string; agreedStart: string | null; careStartedOn: string | null },
  today: string,
): boolean {
  return (
    pkg.status === 'awarded' &&
    pkg.careStartedOn === null &&
    pkg.agreedStart !== null &&
    pkg.agreedStart <= careStartOverdueCutoff(today)
  );
}
