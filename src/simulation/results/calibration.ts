/**
 * How the generated demand compares with the council's figures: the band mix of hours against
 * 65/26/7/2 (HC20 ¶39), each zone's share of hours against its planned share (HC20 App C), the mean
 * package size, the urgency mix, and the hours in care at the start.
 */
import { BANDS, type Band } from '../../pricing/bands';
import { ZONE_CATALOGUE } from '../../zones/catalogue';
import type { Urgency } from '../../packages/model';
import { baselineBandShares, baselineZoneShares } from '../demand/calibration';
import type { Demand } from '../demand/generator';

const round = (x: number, places = 1) => Math.round(x * 10 ** places) / 10 ** places;

export interface CalibrationReport {
  requests: number;
  requestsPerYear: number;
  meanWeeklyHours: number;
  meanDurationDays: number;
  hospitalDischargePct: number;
  urgencyPct: Record<Urgency, number>;
  chcPct: number;
  d2aPct: number;
  bandHoursPct: Record<Band, { generated: number; july2019: number }>;
  zoneHoursPct: { zoneId: string; generated: number; planned: number }[];
  /** Largest gap, in percentage points, between a zone's share of generated hours and of planned hours. */
  maxZoneGapPoints: number;
  startingLoad: { packages: number; weeklyHours: number };
}

export function calibrationReport(demand: Demand): CalibrationReport {
  const requests = demand.requests;
  const hours = requests.reduce((s, r) => s + r.weeklyHours, 0);
  const sumBy = <K extends string>(key: (r: (typeof requests)[number]) => K) => {
    const out = new Map<K, number>();
    for (const r of requests) out.set(key(r), (out.get(key(r)) ?? 0) + r.weeklyHours);
    return out;
  };
  const byBand = sumBy((r) => r.band);
  const byZone = sumBy((r) => r.zoneId);
  const bandBaseline = baselineBandShares();
  const zoneBaseline = baselineZoneShares();
  const pct = (part: number, whole: number) => (whole > 0 ? round((100 * part) / whole, 2) : 0);
  const zoneHoursPct = ZONE_CATALOGUE.map((z) => ({
    zoneId: z.id,
    generated: pct(byZone.get(z.id) ?? 0, hours),
    planned: round(100 * zoneBaseline[z.id]!, 2),
  }));
  const count = (f: (r: (typeof requests)[number]) => boolean) => requests.filter(f).length;
  const weeks = (demand.end - demand.start) / (7 * 86_400_000);
  return {
    requests: requests.length,
    requestsPerYear: Math.round((requests.length / weeks) * (365.25 / 7)),
    meanWeeklyHours: requests.length > 0 ? round(hours / requests.length, 2) : 0,
    meanDurationDays: round(demand.meanDurationDays),
    hospitalDischargePct: pct(
      count((r) => r.urgency === 'hospital-discharge'),
      requests.length,
    ),
    urgencyPct: {
      standard: pct(
        count((r) => r.urgency === 'standard'),
        requests.length,
      ),
      'hospital-discharge': pct(
        count((r) => r.urgency === 'hospital-discharge'),
        requests.length,
      ),
      urgent: pct(
        count((r) => r.urgency === 'urgent'),
        requests.length,
      ),
    },
    chcPct: pct(
      count((r) => r.fundingStream === 'chc'),
      requests.length,
    ),
    d2aPct: pct(
      count((r) => r.fundingStream === 'd2a'),
      requests.length,
    ),
    bandHoursPct: Object.fromEntries(
      BANDS.map((b) => [
        b,
        { generated: pct(byBand.get(b) ?? 0, hours), july2019: round(100 * bandBaseline[b], 2) },
      ]),
    ) as CalibrationReport['bandHoursPct'],
    zoneHoursPct,
    maxZoneGapPoints: round(Math.max(...zoneHoursPct.map((z) => Math.abs(z.generated - z.planned))), 2),
    startingLoad: {
      packages: demand.legacy.length,
      weeklyHours: round(demand.legacy.reduce((s, l) => s + l.weeklyHours, 0)),
    },
  };
}
