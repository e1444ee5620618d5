/**
 * The vocabulary of a package of care (docs/specification/roles-and-stories.md §9.2;
 * docs/specification/open-questions.md §10.18–10.19).
 */

export const PACKAGE_STATUSES = ['brokering', 'unplaced', 'awarded', 'active', 'ended', 'cancelled'] as const;
export type PackageStatus = (typeof PACKAGE_STATUSES)[number];

export const URGENCIES = ['standard', 'hospital-discharge', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];

/**
 * Who pays for the package (docs/specification/allocation.md §5.13, §5.15): the council's adult social
 * care, the NHS under CHC (Section 75), discharge to assess (an initial funded period, then a review before
 * council funding takes over), or joint funding.
 */
export const FUNDING_STREAMS = ['council', 'chc', 'd2a', 'joint'] as const;
export type FundingStream = (typeof FUNDING_STREAMS)[number];

/**
 * The care type is no longer held: it says only whether the package is CHC, which its funding stream
 * decides (only CHC-approved providers may take it, docs/specification/allocation.md §5.4). Kept in
 * views and offers for callers that read it, and accepted at intake for callers that send it.
 */
export const CARE_TYPES = ['core', 'chc'] as const;
export type CareType = (typeof CARE_TYPES)[number];

export function careTypeOf(stream: FundingStream): CareType {
  return stream === 'chc' ? 'chc' : 'core';
}

/** What an officer decided at a D2A package's review (docs/specification/allocation.md §5.15). */
export const REVIEW_OUTCOMES = ['continue', 'change-hours', 'end'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** A discharge-to-assess package's funded period and review; null for the other streams. */
export interface D2aReview {
  /** The last day of the initial funded period. */
  fundedUntil: string;
  /** The day the review is due, on or before fundedUntil. */
  reviewDue: string;
  /** Null until an officer records the review. */
  outcome: ReviewOutcome | null;
  reviewedAt: number | null;
}

/**
 * Specialist services a package can call for (docs/specification/allocation.md §5.16; HC20 ¶12–13,
 * ¶30: dementia care named, the rest as the council's specialist services were being designed). A
 * package with one is offered by the specialist order (src/allocation/round-order.ts).
 */
export const SPECIALISMS = ['dementia', 'learning-disability', 'mental-health', 'end-of-life'] as const;
export type Specialism = (typeof SPECIALISMS)[number];

/** Whom the carers must be: one value, so that a contradiction cannot be stored. */
export const CARER_GENDERS = ['any', 'female', 'male'] as const;
export type CarerGender = (typeof CARER_GENDERS)[number];

/** Other structured needs a provider reads on the offer; they do not decide who may take it. */
export const SUPPORT_NEEDS = ['moving-and-handling', 'sensory-impairment', 'medication-support'] as const;
export type SupportNeed = (typeof SUPPORT_NEEDS)[number];

/** At most this many languages on one package: a preference, not a list of everything spoken. */
export const MAX_LANGUAGES = 5;

export const HAND_BACK_REASONS = [
  'staffing',
  'travel',
  'needs-changed',
  'safety',
  'provider-exit',
  'other',
] as const;
export const DECLINE_REASONS = ['no-capacity', 'travel-distance', 'skills', 'start-date', 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/**
 * Why an officer overrode the band the area gave (docs/specification/zones-and-bands.md §2.9; docs/brokerage.md "Band
 * override"): the address is unlike its area, travel to it is harder or easier than the band
 * assumes, a development newer than the 2011 area data, or a wrong area band (to be corrected in
 * the area layer too).
 */
export const BAND_OVERRIDE_REASONS = [
  'address-unlike-area',
  'travel-access',
  'new-development',
  'area-band-wrong',
] as const;
export type BandOverrideReason = (typeof BAND_OVERRIDE_REASONS)[number];

/** How the package's location was given at intake. */
export const LOCATION_GIVEN = ['postcode', 'coordinates'] as const;
export type LocationGiven = (typeof LOCATION_GIVEN)[number];

export interface BandOverride {
  /** The band the area gave, which the override replaced. */
  placedBand: string;
  reason: BandOverrideReason;
  comment: string | null;
  by: number | null;
  at: number;
}

/**
 * Structured needs only: the service holds no free-text medical detail. Two carers, the carers'
 * gender and specialisms are hard needs (a provider that cannot meet one is not offered the
 * package); languages are a soft preference that never outranks quality
 * (docs/specification/allocation.md §5.16).
 */
export interface Needs {
  carerGender: CarerGender;
  /** ISO 639-1 codes of languages the carers should speak, besides English. */
  languages: string[];
  twoCarers: boolean;
  specialisms: Specialism[];
  support: SupportNeed[];
}

/** A package with no particular needs (a fresh object each time: callers may change it). */
export const noNeeds = (): Needs => ({
  carerGender: 'any',
  languages: [],
  twoCarers: false,
  specialisms: [],
  support: [],
});

/** Whether the package needs something a provider must declare it can meet. */
export function hasHardNeeds(needs: Needs): boolean {
  return needs.twoCarers || needs.carerGender !== 'any' || needs.specialisms.length > 0;
}

export interface PackageRecord {
  id: number;
  reference: string | null;
  lon: number | null;
  lat: number | null;
  postcode: string | null;
  locationGiven: LocationGiven;
  areaId: string;
  lsoa: string | null;
  district: string | null;
  zoneId: string;
  band: string;
  bandSource: string;
  /** Null unless an officer overrode the band the area gave. */
  bandOverride: BandOverride | null;
  rateCardId: number;
  hourlyRatePence: number;
  weeklyMinutes: number;
  visitsPerWeek: number;
  fundingStream: FundingStream;
  /** Derived from fundingStream (careTypeOf). */
  careType: CareType;
  d2a: D2aReview | null;
  urgency: Urgency;
  wantedStart: string;
  needs: Needs;
  status: PackageStatus;
  providerId: number | null;
  currentEpisodeId: number | null;
  createdAt: number;
  updatedAt: number;
  escalatedAt: number | null;
  version: number;
}

/** Which lifecycle moves are legal from each status (the rest answer 409 naming the status). */
export const TRANSITIONS: Record<string, readonly PackageStatus[]> = {
  award: ['brokering'],
  unplace: ['brokering'],
  widen: ['unplaced'],
  start: ['awarded'],
  end: ['active'],
  cancel: ['brokering', 'unplaced', 'awarded', 'active'],
  'hand-back': ['awarded', 'active'],
  // A hand-back's re-brokering opens while the outgoing provider still delivers care.
  rebroker: ['awarded', 'active'],
};
