/** The vocabulary of the promotion and demotion review (docs/specification/allocation.md §5.7). */

/** A 'cqc-downgrade' flag is raised by a CQC downgrade in the register (src/providers/cqc), not by the review. */
export const FLAG_KINDS = ['demotion', 'promotion', 'cqc-downgrade'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

/** What a commissioner may raise by hand: a CQC downgrade comes only from the register. */
export const MANUAL_FLAG_KINDS = ['demotion', 'promotion'] as const;
export type ManualFlagKind = (typeof MANUAL_FLAG_KINDS)[number];

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
