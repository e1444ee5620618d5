/**
 * RAG targets set by commissioners (Perf19 App C; docs/specification/reporting.md §8.3,
 * docs/specification/open-questions.md §10.17): per measure a target and a tolerance, each in force
 * from a date, and per zone an override with who set it and why ("room for judgement"). Where no
 * target is stored the environment's thresholds (REPORT_RAG_*) are the defaults. Pure functions.
 *
 * A target is the green line and the tolerance how far past it is still amber: pick-up target 80%
 * with tolerance 20 → green at or above 80, amber at or above 60, red below.
 */
import type { RagBands, ReportsConfig } from '../../config';

export const RAG_METRICS = ['supply', 'pickUp', 'primeShare', 'longestWait', 'handBacks'] as const;
export type RagMetric = (typeof RAG_METRICS)[number];

/** Each measure's direction and the environment setting that is its default. */
export const METRIC_INFO: Record<
  RagMetric,
  {
    higherIsBetter: boolean;
    config: Exclude<keyof ReportsConfig['rag'], 'coverageAmberMargin'>;
    unit: string;
  }
> = {
  supply: { higherIsBetter: true, config: 'supplyPct', unit: '% of planned hours' },
  pickUp: { higherIsBetter: true, config: 'pickUpWithinTargetPct', unit: '% picked up in target' },
  primeShare: { higherIsBetter: true, config: 'primeSharePct', unit: '% of awards to primes' },
  longestWait: { higherIsBetter: false, config: 'longestWaitHours', unit: 'hours' },
  handBacks: { higherIsBetter: false, config: 'handBacksPer100Awards', unit: 'per 100 awards' },
};

/** A stored row: a council-wide target (zoneId null), a zone override, or (no target) an override's end. */
export interface StoredTarget {
  id: number;
  metric: RagMetric;
  zoneId: string | null;
  target: number | null;
  tolerance: number | null;
  effectiveFrom: string;
  comment: string | null;
  setBy: { id: number; name: string } | null;
  setAt: number;
}

/** The target a measure was judged against, and where it came from. */
export interface TargetInForce {
  target: number;
  tolerance: number;
  green: number;
  amber: number;
  source: 'default' | 'council' | 'zone-override';
  effectiveFrom: string | null;
  /** Who set it and why (null for the environment's default). */
  setBy: { id: number; name: string } | null;
  comment: string | null;
}

export type TargetsInForce = Record<RagMetric, TargetInForce>;

export function bandsOf(metric: RagMetric, target: number, tolerance: number): RagBands {
  const amber = METRIC_INFO[metric].higherIsBetter ? target - tolerance : target + tolerance;
  return { green: target, amber };
}

function fromDefault(metric: RagMetric, rag: ReportsConfig['rag']): TargetInForce {
  const { green, amber } = rag[METRIC_INFO[metric].config];
  const base = { target: green, tolerance: Math.abs(green - amber), green, amber };
  return { ...base, source: 'default', effectiveFrom: null, setBy: null, comment: null };
}

function fromStored(row: StoredTarget, source: TargetInForce['source']): TargetInForce {
  const target = row.target!;
  const tolerance = row.tolerance!;
  const bands = bandsOf(row.metric, target, tolerance);
  return {
    target,
    tolerance,
    ...bands,
    source,
    effectiveFrom: row.effectiveFrom,
    setBy: row.setBy,
    comment: row.comment,
  };
}

/** The latest row of a scope in force on `day` (the later id wins on the same date). */
function latest(rows: readonly StoredTarget[], day: string): StoredTarget | undefined {
  let out: StoredTarget | undefined;
  for (const r of rows) {
    if (r.effectiveFrom > day) continue;
    if (
      !out ||
      r.effectiveFrom > out.effectiveFrom ||
      (r.effectiveFrom === out.effectiveFrom && r.id > out.id)
    )
      out = r;
  }
  return out;
}

/**
 * The targets in force on `day` for a zone (null: the county row): the zone's override if one is in
 * force, else the council's target, else the environment's default.
 * @example targetsInForce([], rag, { day: '2026-01-05', zoneId: 'melton' }).pickUp.source // 'default'
 */
export function targetsInForce(
  rows: readonly StoredTarget[],
  rag: ReportsConfig['rag'],
  at: { day: string; zoneId: string | null },
): TargetsInForce {
  const out = {} as TargetsInForce;
  for (const metric of RAG_METRICS) {
    const ofMetric = rows.filter((r) => r.metric === metric);
    const override =
      at.zoneId === null
        ? undefined
        : latest(
            ofMetric.filter((r) => r.zoneId === at.zoneId),
            at.day,
          );
    const council = latest(
      ofMetric.filter((r) => r.zoneId === null),
      at.day,
    );
    if (override && override.target !== null) out[metric] = fromStored(override, 'zone-override');
    else if (council) out[metric] = fromStored(council, 'council');
    else out[metric] = fromDefault(metric, rag);
  }
  return out;
}
