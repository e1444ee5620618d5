/**
 * The provider organisation and its per-zone role
 * (docs/specification/providers-and-framework.md §4.2–4.4, §4.7, §4.9–4.10;
 * docs/specification/open-questions.md §10.10, §10.14). Plain types and value lists, shared by the
 * schemas, queries and the pure policy.
 */

import type { ZoneFacts as AllZoneFacts } from '../zones/facts';

/**
 * CQC ratings; "not yet rated" is its own state, not a failure (docs/specification/glossary.md §1.5;
 * docs/specification/quality-and-performance.md §7.3).
 */
export const CQC_RATINGS = [
  'outstanding',
  'good',
  'requires-improvement',
  'inadequate',
  'not-yet-rated',
] as const;
export type CqcRating = (typeof CQC_RATINGS)[number];

/**
 * applicant: an organisation registered for an admission round, not yet admitted (§4.15);
 * mobilising: admitted, setting up before taking work
 * (docs/specification/providers-and-framework.md §4.11, §4.16); active: takes packages; suspended:
 * temporarily takes none; exited: left the framework (kept for history).
 */
export const PROVIDER_STATUSES = ['applicant', 'mobilising', 'active', 'suspended', 'exited'] as const;
export type ProviderStatus = (typeof PROVIDER_STATUSES)[number];

/**
 * HCfL roles per zone (docs/specification/providers-and-framework.md §4.2–4.4). "Not in the zone"
 * is the absence of a role.
 */
export const ZONE_ROLES = ['prime', 'supplementary'] as const;
export type ZoneRole = (typeof ZONE_ROLES)[number];

/**
 * HTLAH tiers, kept only as a legacy tag with no effect on allocation
 * (docs/specification/providers-and-framework.md §4.7;
 * docs/specification/open-questions.md §10.14).
 */
export const LEGACY_TYPES = ['lead', 'supplementary', 'contingency', 'exception'] as const;
export type LegacyType = (typeof LEGACY_TYPES)[number];

export interface CapacityView {
  declarationId: number;
  weeklyMinutes: number;
  weeklyHours: number;
  declaredAt: string;
  declaredBy: number | null;
  /** Whole days since the declaration. */
  ageDays: number;
  /** Older than config.allocation.capacityStaleDays: shown, but flagged. */
  stale: boolean;
}

export interface ProviderZone {
  zoneId: string;
  zoneName: string;
  role: ZoneRole;
  since: string;
  /** The latest declaration for the zone, or null when the provider has declared none. */
  capacity: CapacityView | null;
}

export interface Provider {
  id: number;
  name: string;
  cqcLocationId: string;
  cqcOverall: CqcRating;
  cqcSafe: CqcRating;
  cqcWellLed: CqcRating;
  chcApproved: boolean;
  status: ProviderStatus;
  tenderScore: number;
  admittedOn: string;
  legacyType: LegacyType | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  zones: ProviderZone[];
}

/** The zone facts the provider rules need (read through the zones module, src/zones/facts.ts). */
export type ZoneFacts = Pick<
  AllZoneFacts,
  'id' | 'name' | 'sizeClass' | 'hasPrimes' | 'minPrimes' | 'minProviders'
>;
