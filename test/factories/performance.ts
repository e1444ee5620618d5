/** What the performance feature reads: quality evidence, score snapshots, review flags. */
import { londonMidnight } from '../../src/calendar/dates';
import { HOUR } from './history';
import type { Queryable } from '../../src/db/connect';
import { insertId } from './rows';

let runs = 0;

/** Dated quality evidence, recorded the day it happened (or at `recordedAt`). */
export async function insertEvidence(
  db: Queryable,
  providerId: number,
  evidence: {
    kind: 'monitoring-visit' | 'complaint' | 'upheld-complaint' | 'safeguarding-concern' | 'cqc-rating';
    occurredOn: string;
    score?: number;
    rag?: string;
    rating?: string;
    upheld?: boolean;
    district?: string;
    recordedAt?: number;
  },
): Promise<number> {
  return insertId(db, 'quality_evidence', {
    provider_id: providerId,
    kind: evidence.kind,
    occurred_on: evidence.occurredOn,
    visit_score: evidence.score ?? null,
    visit_rag: evidence.rag ?? null,
    cqc_rating: evidence.rating ?? null,
    upheld: evidence.upheld ?? (evidence.kind === 'upheld-complaint' ? true : null),
    district: evidence.district ?? null,
    recorded_at: evidence.recordedAt ?? londonMidnight(evidence.occurredOn) + 12 * HOUR,
  });
}

/** A score snapshot of a provider in a zone (alone in its own score run), all three parts at `value`. */
export async function buildSnapshot(
  db: Queryable,
  spec: { providerId: number; zoneId: string; computedAt: number; value: number; computedFor?: string },
): Promise<number> {
  runs += 1;
  const computedFor = spec.computedFor ?? '2026-01-01';
  const runId = await insertId(db, 'score_runs', {
    run_key: `test:${runs}`,
    trigger: 'on-demand',
    computed_for: computedFor,
    as_of: spec.computedAt,
    created_at: spec.computedAt,
    settings_json: '{}',
    snapshots: 1,
  });
  return insertId(db, 'score_snapshots', {
    run_id: runId,
    provider_id: spec.providerId,
    zone_id: spec.zoneId,
    computed_for: computedFor,
    computed_at: spec.computedAt,
    role: 'prime',
    tender_score: 70,
    value: spec.value,
    rag: 'green',
    pick_up: spec.value,
    quality: spec.value,
    response: spec.value,
    pick_up_n: 1,
    quality_n: 1,
    response_n: 1,
    kpis_json: '{}',
  });
}

export interface FlagSpec {
  providerId: number;
  zoneId: string;
  kind: 'demotion' | 'promotion';
  /** The months reviewed, oldest first, with their mean scores (default October to December 2025, 41.5 each). */
  months?: { month: string; meanScore: number }[];
  belowMinPrimes?: boolean;
  raisedAt: number;
}

/** An open review flag as the monthly review raises it (test set-up: the review itself is tested in test/api). */
export async function buildFlag(db: Queryable, spec: FlagSpec): Promise<number> {
  const months =
    spec.months ?? ['2025-10', '2025-11', '2025-12'].map((month) => ({ month, meanScore: 41.5 }));
  const last = months[months.length - 1]!.month;
  const [year, month] = last.split('-').map(Number);
  const demotion = spec.kind === 'demotion';
  return insertId(db, 'role_review_flags', {
    provider_id: spec.providerId,
    zone_id: spec.zoneId,
    kind: spec.kind,
    from_role: demotion ? 'prime' : 'supplementary',
    to_role: demotion ? 'supplementary' : 'prime',
    review_month: last,
    period_from: `${months[0]!.month}-01`,
    // Day 0 of the next month: the last day of this one.
    period_to: new Date(Date.UTC(year!, month!, 0)).toISOString().slice(0, 10),
    evidence_json: JSON.stringify({
      rule: 'monthly score below 50 in each of the 3 months',
      months: months.map((m) => ({ ...m, snapshots: 4, threshold: 50 })),
      latestSnapshot: null,
      coverage: null,
    }),
    below_min_primes: spec.belowMinPrimes ?? false,
    status: 'open',
    raised_at: spec.raisedAt,
  });
}
