/**
 * GET /reports/before-after's data (docs/imports.md "Before and after"): the baseline import's
 * referrals and the service's own brokerage episodes as one list of referrals, compared by
 * compareBeforeAfter. A service episode's request is its opening and its placement its award, the same
 * pick-up the coverage report measures (src/reports/queries.ts); episodes of packages imported in care
 * are left out (nobody picked them up). Exported for the scrutiny summary.
 */
import { IMPORTED_EPISODE } from '../allocation/queries/episodes';
import { londonDate } from '../calendar/dates';
import type { Queryable } from '../db/connect';
import { compareBeforeAfter, type BeforeAfter, type ComparedReferral } from './before-after';
import { baselineReferrals } from './queries';

const DAY_MS = 86_400_000;

/** Days between two calendar dates (both YYYY-MM-DD, UTC-free arithmetic). */
const daysBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;

async function serviceReferrals(db: Queryable, asOf: number): Promise<ComparedReferral[]> {
  const rows = await db('brokerage_episodes as e')
    .join('packages as p', 'p.id', 'e.package_id')
    .whereNot('e.opened_because', IMPORTED_EPISODE)
    .where('e.opened_at', '<', asOf)
    .select('e.opened_at', 'e.awarded_at', 'p.zone_id', 'p.band');
  return rows.map((r) => {
    const awarded = r.awarded_at === null || Number(r.awarded_at) >= asOf ? null : Number(r.awarded_at);
    return {
      requestedOn: londonDate(Number(r.opened_at)),
      waitDays: awarded === null ? null : (awarded - Number(r.opened_at)) / DAY_MS,
      zoneId: String(r.zone_id),
      band: String(r.band),
      source: 'service' as const,
    };
  });
}

/** The comparison at `asOf` around `date` (YYYY-MM-DD): baseline and service referrals together. */
export async function beforeAfterReport(
  db: Queryable,
  input: { date: string; asOf: number },
): Promise<BeforeAfter> {
  const baseline: ComparedReferral[] = (await baselineReferrals(db)).map((r) => ({
    requestedOn: r.requestedOn,
    waitDays: r.placedOn === null ? null : daysBetween(r.requestedOn, r.placedOn),
    zoneId: r.zoneId,
    band: r.band,
    source: 'baseline',
  }));
  return compareBeforeAfter([...baseline, ...(await serviceReferrals(db, input.asOf))], input.date);
}
