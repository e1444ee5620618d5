/** The monthly provider-risk RAG's vocabulary (docs/provider-risk.md). */
import type { CqcRating } from '../providers/model';

/** Red: critical; amber: some concerns; green: compliant (docs/specification/quality-and-performance.md §7.7). */
export const RISK_RAGS = ['red', 'amber', 'green'] as const;
export type RiskRag = (typeof RISK_RAGS)[number];

/** Why a provider is red or amber: each reason carries the RAG it calls for. */
export const RISK_REASONS = [
  'cqc-inadequate',
  'safeguarding-substantiated',
  'safeguarding-concerns',
  'complaints-rate',
  'cqc-requires-improvement',
] as const;
export type RiskReasonCode = (typeof RISK_REASONS)[number];

export interface RiskReason {
  code: RiskReasonCode;
  rag: Exclude<RiskRag, 'green'>;
}

/** Why a quality officer set a provider's RAG by hand for the month. */
export const RISK_OVERRIDE_REASONS = [
  'visit-found-no-concerns',
  'concerns-resolved',
  'action-plan-in-place',
  'intelligence-not-yet-recorded',
  'other',
] as const;
export type RiskOverrideReason = (typeof RISK_OVERRIDE_REASONS)[number];

/** What the rule reads for one provider and month. */
export interface RiskInputs {
  cqcOverall: CqcRating | null;
  complaints: number;
  upheldComplaints: number;
  safeguardingConcerns: number;
  substantiatedConcerns: number;
  packagesHeld: number;
  weeklyMinutesHeld: number;
}

export interface RiskOverride {
  rag: RiskRag;
  reason: RiskOverrideReason;
  comment: string | null;
  by: number | null;
  at: string;
}

/** One provider's rating for one month, as stored and shown. */
export interface ProviderRiskView {
  providerId: number;
  providerName: string;
  month: string;
  /** The override's RAG where there is one, else the computed one. */
  rag: RiskRag;
  computedRag: RiskRag;
  reasons: RiskReason[];
  inputs: RiskInputs;
  computedAt: string;
  override: RiskOverride | null;
}
