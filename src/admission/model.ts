/**
 * Admission to the open framework (docs/specification/providers-and-framework.md §4.15–4.16):
 * rounds, applications and the post-award checks. Plain types and value lists, shared by the
 * schemas, queries and the pure policy.
 */
import type { ZoneRole } from '../providers/model';

/**
 * invitation: opened for chosen zones with a closing date (HC21 ¶33: the council decides when and
 * where to invite bids); standing: no closing date, for applications between rounds (HC21 ¶19).
 */
export const ROUND_KINDS = ['invitation', 'standing'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

/** What an application asks for: a zone role, or CHC approval (no zone). */
export const APPLICATION_ROLES = ['prime', 'supplementary', 'chc-approval'] as const;
export type ApplicationRole = (typeof APPLICATION_ROLES)[number];

/**
 * submitted → accepted (the role is mobilising) → active (the provider went live after its checks),
 * or submitted → rejected.
 */
export const APPLICATION_STATUSES = ['submitted', 'accepted', 'rejected', 'active'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const DECISIONS = ['accept', 'reject'] as const;
export type Decision = (typeof DECISIONS)[number];

export const CHECK_OUTCOMES = ['pass', 'fail'] as const;
export type CheckOutcome = (typeof CHECK_OUTCOMES)[number];

export const CHECK_GROUPS = [
  'gdpr',
  'quality',
  'references',
  'insurance',
  'capacity',
  'workforce',
  'readiness',
] as const;
export type CheckGroup = (typeof CHECK_GROUPS)[number];

export interface AdmissionRound {
  id: number;
  kind: RoundKind;
  title: string;
  zoneIds: string[];
  roles: ZoneRole[];
  chcApproval: boolean;
  /** The last day applications are taken; null for a standing round. */
  closesOn: string | null;
  /** The score (0–100) an application must reach to be accepted. */
  qualityThreshold: number;
  open: boolean;
  openedAt: string;
  openedBy: number | null;
}

export interface Application {
  id: number;
  roundId: number;
  roundTitle: string;
  providerId: number;
  providerName: string;
  zoneId: string | null;
  zoneName: string | null;
  role: ApplicationRole;
  statement: string;
  status: ApplicationStatus;
  submittedAt: string;
  score: number | null;
  decisionComment: string | null;
  decidedAt: string | null;
  decidedBy: number | null;
  activatedAt: string | null;
}

export interface CheckItem {
  key: string;
  group: CheckGroup;
  label: string;
  required: boolean;
}

/** An item with the provider's latest check of it, if any. */
export interface ReadinessItem extends CheckItem {
  latest: {
    outcome: CheckOutcome;
    evidence: string;
    checkedBy: number | null;
    checkedAt: string;
  } | null;
}
