/**
 * Where care stretches are recorded (docs/payments.md "Where the days come from"): a brokerage
 * episode's provider starts care on `care_started_on`; it stops on the hand-back's
 * `hand_back_last_visit` (or the England day of the hand-back, for hand-backs recorded before
 * notice periods), else on the package's `care_ended_on` when an officer ended it, else on the
 * England day it was cancelled. Still in care: no last day.
 */
import { londonDate, type IsoDate } from '../calendar/dates';
import type { Queryable } from '../db/connect';
import { isBand, type Band } from '../pricing/bands';
import type { NegotiatedRate } from '../pricing/rates-in-force';
import type { FundingStream } from '../packages/model';
import type { CareStretch } from './calculate';

type Row = Record<string, unknown>;

export interface StretchFilter {
  from: IsoDate;
  to: IsoDate;
  fundingStream?: FundingStream | undefined;
  providerId?: number | undefined;
  /** Only the stretches ./totals.ts leaves to calculatePayments (a negotiated rate, two stretches). */
  onlyPricedOneByOne?: boolean | undefined;
}

/**
 * The stretches ./totals.ts leaves to calculatePayments: a package with a negotiated rate, or with
 * more than one stretch (a hand-back and another provider, or two awards to one provider, whose days
 * are paid once). For a stretch `e` (care started): both lists are worked out once per statement,
 * not once per stretch, and looked up by `package_id`.
 */
export const PRICED_ONE_BY_ONE_SQL = `(e.package_id in (select n.package_id from negotiated_rates n)
  or e.package_id in (select e2.package_id from brokerage_episodes e2
    where e2.care_started_on is not null group by e2.package_id having count(*) > 1))`;

function lastDayOf(r: Row): IsoDate | null {
  if (r.handed_back_at !== null && r.handed_back_at !== undefined) {
    return (r.hand_back_last_visit as string | null) ?? londonDate(Number(r.handed_back_at));
  }
  if (Number(r.id) !== Number(r.current_episode_id)) return null;
  if (r.status === 'ended') return (r.care_ended_on as string | null) ?? londonDate(Number(r.closed_at));
  if (r.status === 'cancelled') return londonDate(Number(r.closed_at));
  return null;
}

/** Every provider's stretch of care that may touch the period (started by its last day). */
export async function careStretches(db: Queryable, filter: StretchFilter): Promise<CareStretch[]> {
  let q = db('brokerage_episodes as e')
    .join('packages as p', 'p.id', 'e.package_id')
    .join('providers as pr', 'pr.id', 'e.awarded_provider_id')
    .whereNotNull('e.care_started_on')
    .where('e.care_started_on', '<=', filter.to)
    // Packages closed before the period cannot have care in it (closed_at is never before the last day).
    .where((w) => w.whereNull('p.care_ended_on').orWhere('p.care_ended_on', '>=', filter.from))
    .select(
      'e.id',
      'e.package_id',
      'e.awarded_provider_id',
      'e.care_started_on',
      'e.handed_back_at',
      'e.hand_back_last_visit',
      'pr.name as provider_name',
      'p.reference',
      'p.funding_stream',
      'p.band',
      'p.weekly_minutes',
      'p.current_episode_id',
      'p.status',
      'p.care_ended_on',
      'p.closed_at',
    );
  if (filter.fundingStream !== undefined) q = q.where('p.funding_stream', filter.fundingStream);
  if (filter.providerId !== undefined) q = q.where('e.awarded_provider_id', filter.providerId);
  if (filter.onlyPricedOneByOne) q = q.whereRaw(PRICED_ONE_BY_ONE_SQL);
  const rows: Row[] = await q;
  return rows.flatMap((r): CareStretch[] => {
    const band = String(r.band);
    if (!isBand(band)) return [];
    return [
      {
        packageId: Number(r.package_id),
        packageReference: (r.reference as string | null) ?? null,
        providerId: Number(r.awarded_provider_id),
        providerName: String(r.provider_name),
        fundingStream: r.funding_stream as FundingStream,
        band: band as Band,
        weeklyMinutes: Number(r.weekly_minutes),
        from: String(r.care_started_on),
        to: lastDayOf(r),
      },
    ];
  });
}

/** Every recorded negotiated rate, by package (a small table: only hand-priced packages have rows). */
export async function negotiatedRates(db: Queryable): Promise<Map<number, NegotiatedRate[]>> {
  const rows: Row[] = await db('negotiated_rates')
    .orderBy(['package_id', 'applies_from'])
    .select('package_id', 'applies_from', 'hourly_rate_pence');
  const byPackage = new Map<number, NegotiatedRate[]>();
  for (const r of rows) {
    const id = Number(r.package_id);
    const list = byPackage.get(id) ?? [];
    list.push({
      appliesFrom: String(r.applies_from),
      hourlyRatePence: r.hourly_rate_pence === null ? null : Number(r.hourly_rate_pence),
    });
    byPackage.set(id, list);
  }
  return byPackage;
}
