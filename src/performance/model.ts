/** The vocabulary of performance, scores and reviews (domain.md §4.1 rules 4–7, §5.1, §5.3). */

export const EVIDENCE_KINDS = [
  'monitoring-visit',
  'upheld-complaint',
  'safeguarding-concern',
  'cqc-rating',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const RAGS = ['red', 'amber', 'green'] as const;
export type Rag = (typeof RAGS)[number];

// CQC ratings are the providers feature's vocabulary; "not yet rated" counts as no evidence here.
export { CQC_RATINGS, type CqcRating } from '../providers/model';

export const EVIDENCE_WITHDRAW_REASONS = [
  'recorded-in-error',
  'duplicate',
  'overturned-on-appeal',
  'other',
] as const;

export const FLAG_KINDS = ['demotion', 'promotion'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export const FLAG_STATUSES = ['open', 'confirmed', 'dismissed'] as const;
export type FlagStatus = (typeof FLAG_STATUSES)[number];

/** Why an admin confirmed or dismissed a flag: codes, not free text. */
export const DECISION_REASONS = [
  'performance-confirmed',
  'improvement-plan-agreed',
  'mitigating-circumstances',
  'insufficient-evidence',
  'data-error',
  'zone-coverage',
  'commissioning-decision',
  'other',
] as const;
export type DecisionReason = (typeof DECISION_REASONS)[number];

/** The dimensions KPIs can be grouped by; none = county-wide. */
export const KPI_DIMENSIONS = ['provider', 'zone', 'band'] as const;
export type KpiDimension = (typeof KPI_DIMENSIONS)[number];

export interface KpiGroup {
  providerId?: number;
  zoneId?: string;
  band?: string;
}

export interface Period {
  /** Inclusive start instant (epoch ms). */
  from: number;
  /** Exclusive end instant. */
  to: number;
  /** Only what was known before this instant counts (responses, starts, hand-backs, evidence). */
  asOf: number;
}
