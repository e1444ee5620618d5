/** The simulator's results as flat tables, for CSV files a spreadsheet opens directly. */
import { toCsv as reportCsv } from '../../reports/csv';
import type { CalibrationReport } from './calibration';
import { PICK_UP_BUCKETS, type PickUpStats, type SimulationSummary } from './summary';

export type Row = Record<string, string | number | null>;

/** One CSV convention for every file the service writes (src/reports/csv.ts: BOM, CRLF, formula guard). */
export function toCsv(rows: readonly Row[]): string {
  if (rows.length === 0) return '';
  const headers = Object.keys(rows[0]!);
  return reportCsv(
    headers,
    rows.map((row) => headers.map((h) => row[h] ?? null)),
  );
}

function pickUpRow(dimension: string, key: string, s: PickUpStats): Row {
  return {
    dimension,
    key,
    awards: s.awards,
    not_placed: s.notPlaced,
    median_hours: s.medianHours,
    p90_hours: s.p90Hours,
    mean_hours: s.meanHours,
    within_target_pct: s.withinTargetPct,
    ...Object.fromEntries(
      PICK_UP_BUCKETS.map((b) => [`awards_${b.label.replace(/[^a-z0-9]+/gi, '_')}`, s.buckets[b.label] ?? 0]),
    ),
  };
}

export function pickUpRows(summary: SimulationSummary): Row[] {
  const p = summary.pickUp;
  return [
    pickUpRow('all', 'county', p.all),
    ...Object.entries(p.byUrgency).map(([k, s]) => pickUpRow('urgency', k, s)),
    ...Object.entries(p.byBand).map(([k, s]) => pickUpRow('band', k, s)),
    ...Object.entries(p.byZone).map(([k, s]) => pickUpRow('zone', k, s)),
  ];
}

export function timelineRows(summary: SimulationSummary): Row[] {
  return summary.timeline.map((t) => ({
    date: t.date,
    waiting_packages: t.waitingPackages,
    waiting_hours: t.waitingHours,
    unplaced_packages: t.unplacedPackages,
    unplaced_hours: t.unplacedHours,
    placed_packages: t.placedPackages,
    placed_hours: t.placedHours,
    placed_weekly_pence: t.placedWeeklyPence,
    legacy_hours: t.legacyHours,
    in_care_hours: Math.round((t.placedHours + t.legacyHours) * 100) / 100,
  }));
}

export function offerRows(summary: SimulationSummary): Row[] {
  return Object.entries(summary.offers.byBand).map(([band, o]) => ({
    band,
    sent: o.sent,
    answered: o.answered,
    accepted: o.accepted,
    accepted_pct_of_answered: o.acceptedPct,
    declined_no_capacity: o.declinedByReason['no-capacity'] ?? 0,
    declined_travel_distance: o.declinedByReason['travel-distance'] ?? 0,
    declined_other: Object.entries(o.declinedByReason)
      .filter(([r]) => r !== 'no-capacity' && r !== 'travel-distance')
      .reduce((s, [, n]) => s + n, 0),
  }));
}

/** The summary's specialist, discharge and hand-back measures, one row each (e.g. `handBacks.byNotice.short`). */
export function needsAndHandBackRows(summary: SimulationSummary): Row[] {
  const rows: Row[] = [];
  const walk = (measure: string, value: unknown): void => {
    if (value === null || typeof value !== 'object') {
      rows.push({ measure, value: value as number | null });
      return;
    }
    for (const [key, inner] of Object.entries(value)) walk(measure ? `${measure}.${key}` : key, inner);
  };
  walk('', summary.needsAndHandBacks);
  return rows;
}

export function costRows(summary: SimulationSummary): Row[] {
  return Object.entries(summary.cost.byBandAtEnd).map(([band, c]) => ({
    band,
    weekly_hours_at_end: c.weeklyHours,
    weekly_pence_at_end: c.weeklyPence,
  }));
}

export function calibrationRows(c: CalibrationReport): Row[] {
  return [
    ...Object.entries(c.bandHoursPct).map(([band, v]) => ({
      kind: 'band',
      key: band,
      generated_pct: v.generated,
      baseline_pct: v.july2019,
    })),
    ...c.zoneHoursPct.map((z) => ({
      kind: 'zone',
      key: z.zoneId,
      generated_pct: z.generated,
      baseline_pct: z.planned,
    })),
  ];
}

export interface ZoneScoresView {
  zones: {
    zone: { id: string; name: string };
    providers: {
      provider: { id: number; name: string };
      role: string;
      value: number;
      rag: string;
      source: string;
      components: { pickUp: number; quality: number; response: number } | null;
    }[];
  }[];
}

export function scoreRows(scores: ZoneScoresView): Row[] {
  return scores.zones.flatMap((z) =>
    z.providers.map((p) => ({
      zone_id: z.zone.id,
      provider_id: p.provider.id,
      provider: p.provider.name,
      role: p.role,
      score: p.value,
      rag: p.rag,
      source: p.source,
      pick_up: p.components?.pickUp ?? null,
      quality: p.components?.quality ?? null,
      response: p.components?.response ?? null,
    })),
  );
}
