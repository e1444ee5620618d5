/**
 * A stored score snapshot: its row, the row built from a computed score, and the views of it the
 * API and allocation read. Snapshots are written only by run.ts and never updated.
 */
import type { ProviderScore } from '../../allocation/policy';
import { londonDate } from '../../calendar/dates';
import type { PerformanceConfig } from '../../config';
import type { QualityEvidenceSummary, Rag } from '../evidence/model';
import type { KpiSet } from '../kpis/kpis';
import type { Punctuality } from '../../visits/kpis';
import { computeScore, type ComponentScore } from './score';

export interface SnapshotRow {
  id: number;
  run_id: number;
  provider_id: number;
  zone_id: string;
  computed_for: string;
  computed_at: number;
  role: string | null;
  tender_score: number;
  value: number;
  rag: Rag;
  pick_up: number;
  quality: number;
  response: number;
  pick_up_live: number | null;
  quality_live: number | null;
  response_live: number | null;
  pick_up_n: number;
  quality_n: number;
  response_n: number;
  kpis_json: string;
}

/** What the snapshot stores beside the numbers: the KPIs and evidence behind it. */
export interface SnapshotDetail {
  kpis: KpiSet;
  quality: {
    visits: number;
    meanVisitScore: number | null;
    cqcRating: string | null;
    /** The register's publication date of that rating (absent on snapshots stored before the register). */
    cqcRatedOn?: string | null;
    upheldComplaints: number;
    safeguardingConcerns: number;
    /** Call-monitoring visits due in the zone and how many were punctual (absent on older snapshots). */
    visitRecords?: Punctuality;
  };
  liveWeights: { pickUp: number; quality: number; response: number };
  period: { from: string; to: string };
}

/** A provider's role in a zone, as the score run reads it. */
export interface RoleToScore {
  provider_id: number;
  zone_id: string;
  role: string;
  tender_score: number;
}

/** Everything one snapshot is computed from. */
export interface SnapshotInput {
  role: RoleToScore;
  kpis: KpiSet;
  quality: QualityEvidenceSummary;
  /** Call-monitoring visits due for this provider in this zone (src/visits/kpis.ts); absent: none. */
  visits?: Punctuality;
  settings: PerformanceConfig;
  now: number;
  /** The evidence period's first and last dates. */
  period: SnapshotDetail['period'];
}

/** The score of one role from its KPIs and quality evidence, as the row the run stores. */
export function snapshotRow(input: SnapshotInput): Omit<SnapshotRow, 'id' | 'run_id'> {
  const { role, kpis, quality, now } = input;
  const tenderScore = Number(role.tender_score);
  const score = computeScore(
    {
      tenderScore,
      offers: kpis.offers,
      starts: { judged: kpis.careStart.judged, onTime: kpis.careStart.startedByAgreedDate },
      handBacksWithoutNotice: kpis.handBacks.withoutNotice,
      quality,
      ...(input.visits ? { visits: input.visits } : {}),
    },
    input.settings,
  );
  const { pickUp, quality: q, response } = score.components;
  const detail = snapshotDetail(input, score.components);
  return {
    provider_id: Number(role.provider_id),
    zone_id: role.zone_id,
    computed_for: londonDate(now),
    computed_at: now,
    role: role.role,
    tender_score: tenderScore,
    value: score.value,
    rag: score.rag,
    pick_up: pickUp.value,
    quality: q.value,
    response: response.value,
    pick_up_live: pickUp.live,
    quality_live: q.live,
    response_live: response.live,
    pick_up_n: pickUp.evidence,
    quality_n: q.evidence,
    response_n: response.evidence,
    kpis_json: JSON.stringify(detail),
  };
}

function snapshotDetail(
  { kpis, quality, period, visits: visitRecords }: SnapshotInput,
  components: Record<'pickUp' | 'quality' | 'response', ComponentScore>,
): SnapshotDetail {
  const visits = quality.visitScores;
  return {
    kpis,
    quality: {
      visits: visits.length,
      meanVisitScore:
        visits.length > 0 ? Math.round((visits.reduce((a, b) => a + b, 0) / visits.length) * 10) / 10 : null,
      cqcRating: quality.cqcRating,
      cqcRatedOn: quality.cqcRatedOn,
      upheldComplaints: quality.upheldComplaints,
      safeguardingConcerns: quality.safeguardingConcerns,
      visitRecords: visitRecords ?? { due: 0, punctual: 0 },
    },
    liveWeights: {
      pickUp: components.pickUp.liveWeight,
      quality: components.quality.liveWeight,
      response: components.response.liveWeight,
    },
    period,
  };
}

/**
 * The score allocation ranks by: the latest snapshot's, with its id and components (they go into
 * the round's decision, so the ranking can be reproduced), else the tender score
 * (docs/specification/allocation.md §5.6).
 */
export function providerScoreOf(snapshot: SnapshotRow | undefined, tenderScore: number): ProviderScore {
  if (!snapshot) return { value: Number(tenderScore), components: null, source: 'tender', snapshotId: null };
  return {
    value: Number(snapshot.value),
    components: {
      pickUp: Number(snapshot.pick_up),
      quality: Number(snapshot.quality),
      response: Number(snapshot.response),
    },
    source: 'snapshot',
    snapshotId: snapshot.id,
  };
}

/** A snapshot as the API shows it: components with their live values, evidence and weights, and the KPIs. */
export function snapshotView(r: SnapshotRow) {
  const detail = JSON.parse(r.kpis_json) as SnapshotDetail;
  const component = (value: number, live: number | null, n: number, w: number): ComponentScore => ({
    value: Number(value),
    live: live === null ? null : Number(live),
    evidence: Number(n),
    liveWeight: w,
  });
  return {
    id: Number(r.id),
    runId: Number(r.run_id),
    providerId: Number(r.provider_id),
    zoneId: r.zone_id,
    computedFor: r.computed_for,
    computedAt: new Date(Number(r.computed_at)).toISOString(),
    role: r.role,
    tenderScore: Number(r.tender_score),
    value: Number(r.value),
    rag: r.rag,
    components: {
      pickUp: component(r.pick_up, r.pick_up_live, r.pick_up_n, detail.liveWeights.pickUp),
      quality: component(r.quality, r.quality_live, r.quality_n, detail.liveWeights.quality),
      response: component(r.response, r.response_live, r.response_n, detail.liveWeights.response),
    },
    evidencePeriod: detail.period,
    quality: detail.quality,
    // Snapshots stored before hand-backs without notice were counted carry none.
    kpis: {
      ...detail.kpis,
      handBacks: { ...detail.kpis.handBacks, withoutNotice: detail.kpis.handBacks.withoutNotice ?? 0 },
    },
  };
}
