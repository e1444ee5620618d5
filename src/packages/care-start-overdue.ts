import { addDays } from '../calendar/dates';

/**
 * Care that should have started and has not: a package awarded (status `awarded`, so no start of
 * care confirmed) `days` or more after its agreed start, or its wanted start when none was agreed.
 * The officers' work queue (./queue/placed.ts, the same rule in SQL) and the officers' message (src/notifications)
 * share this one rule; `days` is CARE_START_OVERDUE_DAYS (default 2).
 */
export interface CareStart {
  status: string;
  agreedStart: string | null;
  wantedStart: string;
}

/**
 * The latest start that is overdue on `today`, for a query: `coalesce(agreed_start, wanted_start) <= cutoff`.
 * @example careStartOverdueCutoff('2026-01-14', 2) // '2026-01-12'
 */
export function careStartOverdueCutoff(today: string, days: number): string {
  return addDays(today, -days);
}

/** @example careStartOverdue({ status: 'awarded', agreedStart: '2026-01-12', wantedStart: '2026-01-10' }, '2026-01-14', 2) // true */
export function careStartOverdue(pkg: CareStart, today: string, days: number): boolean {
  return (
    pkg.status === 'awarded' && (pkg.agreedStart ?? pkg.wantedStart) <= careStartOverdueCutoff(today, days)
  );
}
