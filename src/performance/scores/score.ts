/**
 * The quality score (docs/specification/allocation.md §5.5–5.6;
 * docs/specification/open-questions.md §10.5): three components, each 0–100 — timely pick-up,
 * quality of service delivery, response to packages requested — that start at the provider's tender
 * score and move to live evidence in proportion to how much there is:
 *
 *   component = tender + w × (live − tender),  w = n / (n + k)
 *
 * with n the component's evidence count and k configurable, so one bad week barely moves a
 * provider with little history and a long record counts (almost) fully. The overall score is the
 * weighted mean of the components. This module is the one place where KPIs map to 0–100;
 * docs/quality-score.md says the same in words.
 *
 * Example: tender 70, 30 decided offers all answered in the window and 15 accepted:
 *   response live = 50 × (30 + 15) / 30 = 75, w = 30 / (30 + 20) = 0.6, response = 70 + 0.6 × 5 = 73
 */
import type { PerformanceConfig } from '../../config';
import type { Punctuality } from '../../visits/kpis';
import type { CqcRating, Rag } from '../evidence/model';

/**
 * CQC overall rating as quality points; "not yet rated" is no evidence
 * (docs/specification/quality-and-performance.md §7.3).
 */
export const CQC_POINTS: Record<CqcRating, number | null> = {
  outstanding: 100,
  good: 80,
  'requires-improvement': 50,
  inadequate: 0,
  'not-yet-rated': null,
};

export interface ScoreEvidence {
  tenderScore: number;
  /** From the provider's offers in the zone over the score period. */
  offers: { decided: number; respondedInWindow: number; accepted: number; quickAccepted: number };
  /** From the provider's awards in the zone: starts judged against the agreed date. */
  starts: { judged: number; onTime: number };
  /** The provider's hand-backs in the zone given without notice (src/performance/kpis/hand-backs.ts). */
  handBacksWithoutNotice: number;
  /** Provider-wide quality evidence in the score period (the latest CQC rating whenever it was given). */
  quality: {
    visitScores: number[];
    cqcRating: CqcRating | null;
    upheldComplaints: number;
    safeguardingConcerns: number;
  };
  /** Call-monitoring visits due in the zone over the score period (src/visits); absent: none. */
  visits?: Punctuality;
}

/** `visits` absent: punctuality's weight is 0 and the score is as it was without visit records. */
export type ScoreSettings = Pick<
  PerformanceConfig,
  'weights' | 'evidenceK' | 'complaintPenalty' | 'safeguardingPenalty' | 'rag'
> &
  Partial<Pick<PerformanceConfig, 'visits'>>;

export interface ComponentScore {
  /** The blended value, 0–100, rounded to 2 decimals. */
  value: number;
  /** The live evidence alone, 0–100; null with no evidence. */
  live: number | null;
  /** n: how many observations the live value rests on. */
  evidence: number;
  /** n / (n + k): how far the value has moved from the tender score to the live one. */
  liveWeight: number;
}

export interface ScoreResult {
  value: number;
  rag: Rag;
  components: { pickUp: ComponentScore; quality: ComponentScore; response: ComponentScore };
}

const clamp = (x: number) => Math.min(100, Math.max(0, x));
const round2 = (x: number) => Math.round(x * 100) / 100;

/** tender + n/(n+k) × (live − tender); k = 0 means live evidence counts fully at once. */
export function blend(tender: number, live: number | null, evidence: number, k: number): ComponentScore {
  if (live === null || evidence <= 0)
    return { value: round2(tender), live: null, evidence: 0, liveWeight: 0 };
  const liveWeight = evidence / (evidence + k);
  return {
    value: round2(clamp(tender + liveWeight * (live - tender))),
    live: round2(live),
    evidence,
    liveWeight: Math.round(liveWeight * 10_000) / 10_000,
  };
}

/**
 * Timely pick-up, from what the provider itself controls: each accepted offer answered within the
 * quick share of its window, and each award whose care started by the agreed date, scores 100;
 * the rest 0. n = accepted offers + judged starts.
 */
export function pickUpLive(e: ScoreEvidence): { live: number | null; n: number } {
  const n = e.offers.accepted + e.starts.judged;
  return { live: n > 0 ? (100 * (e.offers.quickAccepted + e.starts.onTime)) / n : null, n };
}

/**
 * Response to packages requested: the mean of answered-within-window % and accepted %, over
 * decided offers (answered, or left to expire) and hand-backs without notice, each of which counts
 * as a failed response, like an offer left to expire (docs/specification/hand-backs.md §6.3).
 * n = decided offers + hand-backs without notice.
 *
 * Example: 10 decided offers all answered in the window and accepted, one hand-back without
 * notice → live = 50 × (10 + 10) / 11 = 90.91.
 */
export function responseLive(e: ScoreEvidence): { live: number | null; n: number } {
  const n = e.offers.decided + e.handBacksWithoutNotice;
  return { live: n > 0 ? (50 * (e.offers.respondedInWindow + e.offers.accepted)) / n : null, n };
}

/**
 * Quality of service delivery: the mean of the monitoring-visit scores and the CQC rating's points,
 * less a penalty per upheld complaint and per safeguarding concern, within 0–100. With complaints
 * or concerns but no visit or rating, the penalties apply to the tender score.
 * n = visits + (1 if rated) + complaints + concerns. Visit punctuality then joins it
 * (`withPunctuality`).
 */
export function qualityLive(e: ScoreEvidence, settings: ScoreSettings): { live: number | null; n: number } {
  const points = [...e.quality.visitScores];
  const cqc = e.quality.cqcRating === null ? null : CQC_POINTS[e.quality.cqcRating];
  if (cqc !== null) points.push(cqc);
  const penalties = e.quality.upheldComplaints + e.quality.safeguardingConcerns;
  const n = points.length + penalties;
  const handTyped = (): { live: number | null; n: number } => {
    if (n === 0) return { live: null, n: 0 };
    const base = points.length > 0 ? points.reduce((a, b) => a + b, 0) / points.length : e.tenderScore;
    const live =
      base -
      settings.complaintPenalty * e.quality.upheldComplaints -
      settings.safeguardingPenalty * e.quality.safeguardingConcerns;
    return { live: clamp(live), n };
  };
  return withPunctuality(handTyped(), e, settings.visits?.punctualityWeight ?? 0);
}

/**
 * Call-monitoring punctuality in the quality component (docs/quality-score.md "Visit punctuality"):
 * with P = 100 × punctual ÷ due visits and weight w,
 *
 *   live = (1 − w) × L + w × P,  n = n_L + due
 *
 * where L is the hand-typed live value (the tender score when there is none). No visits due, or
 * w = 0, leaves the component exactly as without visit records.
 *
 * Example: tender 70, no other evidence, 10 visits due all missed, w 0.5 → live 35, n 10; with
 * k 3 the component is 70 + 10/13 × (35 − 70) = 43.08.
 */
export function withPunctuality(
  handTyped: { live: number | null; n: number },
  e: ScoreEvidence,
  weight: number,
): { live: number | null; n: number } {
  const v = e.visits;
  if (!v || v.due <= 0 || weight <= 0) return handTyped;
  const punctuality = (100 * v.punctual) / v.due;
  const base = handTyped.live ?? e.tenderScore;
  return { live: clamp((1 - weight) * base + weight * punctuality), n: handTyped.n + v.due };
}

/**
 * The papers give no numeric RAG thresholds, so they are configuration
 * (docs/specification/reporting.md §8.3; docs/specification/open-questions.md §10.17).
 */
export function ragOf(value: number, rag: ScoreSettings['rag']): Rag {
  if (value < rag.redBelow) return 'red';
  if (value < rag.amberBelow) return 'amber';
  return 'green';
}

/** The score of one provider in one zone from its evidence. */
export function computeScore(e: ScoreEvidence, settings: ScoreSettings): ScoreResult {
  const { evidenceK: k, weights: w } = settings;
  const pickUp = pickUpLive(e);
  const response = responseLive(e);
  const quality = qualityLive(e, settings);
  const components = {
    pickUp: blend(e.tenderScore, pickUp.live, pickUp.n, k.pickUp),
    quality: blend(e.tenderScore, quality.live, quality.n, k.quality),
    response: blend(e.tenderScore, response.live, response.n, k.response),
  };
  const totalWeight = w.pickUp + w.quality + w.response;
  const value = round2(
    (w.pickUp * components.pickUp.value +
      w.quality * components.quality.value +
      w.response * components.response.value) /
      totalWeight,
  );
  return { value, rag: ragOf(value, settings.rag), components };
}
