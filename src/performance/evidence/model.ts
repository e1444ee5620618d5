/** The vocabulary of quality evidence (docs/specification/quality-and-performance.md §7.3, §7.5–7.7). */
import type { CqcRating } from '../../providers/model';
import type { DistrictCode } from '../../zones/districts';
import type { ConcernDetails, ConcernOutcome } from './concerns';

/**
 * 'complaint' carries its details (./concerns.ts); 'upheld-complaint' is the earlier, detail-less
 * record of an upheld complaint, still accepted and still counted.
 */
export const EVIDENCE_KINDS = [
  'monitoring-visit',
  'complaint',
  'upheld-complaint',
  'safeguarding-concern',
  'cqc-rating',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** A monitoring visit's red/amber/green rating; the quality score uses the same three (scores/score.ts). */
export const RAGS = ['red', 'amber', 'green'] as const;
export type Rag = (typeof RAGS)[number];

// CQC ratings are the providers feature's vocabulary; "not yet rated" counts as no evidence here.
export { CQC_RATINGS, type CqcRating } from '../../providers/model';

export const EVIDENCE_WITHDRAW_REASONS = [
  'recorded-in-error',
  'duplicate',
  'overturned-on-appeal',
  'other',
] as const;
export type EvidenceWithdrawReason = (typeof EVIDENCE_WITHDRAW_REASONS)[number];

export type NewEvidence =
  | { kind: 'monitoring-visit'; occurredOn: string; score: number; rag: Rag; reference?: string }
  | ({ kind: 'complaint'; occurredOn: string; reference?: string } & ConcernDetails)
  | { kind: 'upheld-complaint'; occurredOn: string; reference?: string }
  | ({ kind: 'safeguarding-concern'; occurredOn: string; reference?: string } & Partial<ConcernDetails>)
  | { kind: 'cqc-rating'; occurredOn: string; rating: CqcRating; reference?: string };

export interface EvidenceView {
  id: number;
  providerId: number;
  kind: EvidenceKind;
  occurredOn: string;
  score: number | null;
  rag: Rag | null;
  rating: CqcRating | null;
  /** Complaints and safeguarding concerns: null where recorded without them. */
  category: string | null;
  outcome: ConcernOutcome | null;
  upheld: boolean | null;
  district: DistrictCode | null;
  reference: string | null;
  recordedAt: string;
  recordedBy: number | null;
  withdrawn: { at: string; by: number | null; reason: string } | null;
}

/** A provider's quality evidence as the score reads it (see summary.ts). */
export interface QualityEvidenceSummary {
  visitScores: number[];
  cqcRating: CqcRating | null;
  cqcRatedOn: string | null;
  upheldComplaints: number;
  safeguardingConcerns: number;
}

export const NO_QUALITY_EVIDENCE: QualityEvidenceSummary = {
  visitScores: [],
  cqcRating: null,
  cqcRatedOn: null,
  upheldComplaints: 0,
  safeguardingConcerns: 0,
};
