/**
 * Complaints and safeguarding concerns in detail (docs/specification/quality-and-performance.md
 * §7.6): a category and an outcome from fixed lists, upheld or not, and the district it arose in.
 * Codes only, never free text about a person. These lists are the service's; the papers name none.
 */
import type { DistrictCode } from '../../zones/districts';

/** What a complaint was about. */
export const COMPLAINT_CATEGORIES = [
  'missed-or-late-calls',
  'quality-of-care',
  'staff-conduct',
  'communication',
  'medication',
  'continuity-of-carers',
  'charges',
  'other',
] as const;

/** The kinds of abuse and neglect a safeguarding concern names (the Care Act 2014 statutory guidance's list). */
export const SAFEGUARDING_CATEGORIES = [
  'neglect-or-omission',
  'physical',
  'psychological',
  'financial',
  'organisational',
  'discriminatory',
  'sexual',
  'domestic',
  'modern-slavery',
  'self-neglect',
] as const;

/** Where it stands: still being looked into, closed with nothing to do, put right, an action plan, or taken further (Ombudsman, CQC, police). */
export const CONCERN_OUTCOMES = [
  'enquiry-open',
  'no-further-action',
  'resolved',
  'action-plan',
  'escalated',
] as const;
export type ConcernOutcome = (typeof CONCERN_OUTCOMES)[number];

/** The details of a complaint or safeguarding concern. A safeguarding concern is "upheld" when substantiated. */
export interface ConcernDetails {
  category: string;
  outcome: ConcernOutcome;
  upheld: boolean;
  district: DistrictCode;
}

/**
 * Whether the quality score counts it: an upheld complaint (the earlier detail-less kind always was),
 * and a safeguarding concern unless found not substantiated — as every concern counted before
 * details were kept (docs/quality-score.md "Quality evidence").
 */
export function countsAgainstScore(
  kind: string,
  upheld: boolean | null,
): 'complaint' | 'safeguarding' | null {
  if (kind === 'upheld-complaint' || (kind === 'complaint' && upheld === true)) return 'complaint';
  if (kind === 'safeguarding-concern' && upheld !== false) return 'safeguarding';
  return null;
}
