/**
 * Time from referral to placement of hospital-discharge packages (story H2,
 * docs/specification/allocation.md §5.13, §5.15): packages taken in as hospital discharge or D2A whose
 * first award fell in the period, from intake (the referral) to that award, per zone and band, per
 * zone, per band and county-wide.
 */
import { IMPORTED_EPISODE } from '../allocation/queries/episodes';
import type { Knex } from 'knex';
import type { Period } from '../calendar/periods';
import type { Queryable } from '../db/connect';
import type { FundingStream } from '../packages/model';
import { aggregateWithQuantiles, NO_QUANTILES, type Quantiles } from './quantile-queries';
import { inStream } from './queries';

export interface DischargePlacement {
  zoneId: string | null;
  band: string | null;
  placements: number;
  medianHours: number | null;
  p90Hours: number | null;
}

const HOUR_MS = 3_600_000;
const hours = (ms: number | null) => (ms === null ? null : Math.round((ms / HOUR_MS) * 10) / 10);

/** First awards in the period of packages that came from hospital (discharge urgency, or D2A-funded). */
function firstDischargeAwards(db: Queryable, period: Period, stream: FundingStream | undefined) {
  const q = db('brokerage_episodes as e')
    .join('packages as p', 'p.id', 'e.package_id')
    .where('e.awarded_at', '>=', period.from)
    .where('e.awarded_at', '<', Math.min(period.to, period.asOf))
    // A package imported in care came from no hospital discharge the service brokered (docs/imports.md).
    .whereNot('e.opened_because', IMPORTED_EPISODE)
    .where((w) => w.where('p.urgency', 'hospital-discharge').orWhereNotNull('p.funded_until'))
    .whereNotExists(function earlier(this: Knex.QueryBuilder) {
      this.select(1)
        .from('brokerage_episodes as e2')
        .whereRaw('e2.package_id = e.package_id and e2.id < e.id');
    });
  return inStream(q, stream);
}

export async function dischargePlacement(db: Knex, period: Period, stream?: FundingStream) {
  const { rows, quantiles } = await aggregateWithQuantiles(db, {
    base: (q) => firstDischargeAwards(q, period, stream),
    keys: { zone: 'p.zone_id', band: 'p.band' },
    aggregate: (q) => q.select(db.raw('count(*) as n')),
    value: '(e.awarded_at - p.created_at)',
    groupings: { zoneBand: ['zone', 'band'], zone: ['zone'], band: ['band'], county: [] },
  });
  const counts = new Map<string, number>();
  const add = (key: string, count: number) => counts.set(key, (counts.get(key) ?? 0) + count);
  for (const r of rows) {
    const [zone, band, count] = [String(r.zone), String(r.band), Number(r.n)];
    for (const key of [`zoneBand:${zone}|${band}`, `zone:${zone}`, `band:${band}`, 'county:'])
      add(key, count);
  }
  const entry = (grouping: keyof typeof quantiles, key: string, at: { zoneId?: string; band?: string }) => {
    const q: Quantiles = quantiles[grouping].get(key) ?? NO_QUANTILES;
    return {
      zoneId: at.zoneId ?? null,
      band: at.band ?? null,
      placements: counts.get(`${grouping}:${key}`) ?? 0,
      medianHours: hours(q.median),
      p90Hours: hours(q.p90),
    } satisfies DischargePlacement;
  };
  const keysOf = (g: keyof typeof quantiles) => [
    ...new Set(rows.map((r) => (g === 'zone' ? String(r.zone) : String(r.band)))),
  ];
  return {
    byZoneAndBand: rows.map((r) =>
      entry('zoneBand', `${String(r.zone)}|${String(r.band)}`, {
        zoneId: String(r.zone),
        band: String(r.band),
      }),
    ),
    byZone: keysOf('zone').map((zoneId) => entry('zone', zoneId, { zoneId })),
    byBand: keysOf('band').map((band) => entry('band', band, { band })),
    county: entry('county', '', {}),
  };
}
