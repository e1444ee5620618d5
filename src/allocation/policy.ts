import type { AllocationConfig } from '../config';
import type { Needs, Specialism, Urgency } from '../packages/model';
import type { ZoneRole } from '../providers/model';
import { meetsLanguages, needsExclusions, type NeedsDeclaration, type NeedsExclusion } from './needs-policy';
import { automaticRounds, type OrderOfRounds } from './round-order';

/**
 * Who is offered a package in a round, and in what order (docs/specification/allocation.md §5.2–5.5,
 * §5.16–5.17; docs/specification/roles-and-stories.md §9.2, stories BO2–BO4, BO9).
 * Pure: the caller supplies the candidates with their role, status, capacity and score, the
 * providers that handed the package back, the rules and the instant.
 *
 * Example: decideRound({ kind: 'primes', pkg: { careType: 'core', weeklyMinutes: 600, urgency: 'standard' },
 *   candidates, handedBack: [], rules, now })
 * → { eligible: [{ providerId: 7, rank: 1, … }, …], excluded: [{ providerId: 9, reasons: ['no-capacity'] }],
 *     deadlineAt: now + 24 h, … }
 */

export const ROUND_KINDS = [
  'primes',
  'specialists',
  'supplementaries',
  'widened-neighbours',
  'widened-all',
] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

export type { ZoneRole };
export type CapacityMode = 'strict' | 'advisory';

export type ExclusionReason =
  | 'not-active'
  | 'rated-inadequate'
  | 'not-chc-approved'
  | 'no-capacity-declared'
  | 'not-enough-capacity'
  | 'offered-as-prime'
  | NeedsExclusion
  | 'handed-back'
  | 'leaving-market';

export interface ScoreComponents {
  pickUp: number;
  quality: number;
  response: number;
}

export interface ProviderScore {
  /** 0–100; the tender score until live evidence exists (docs/specification/allocation.md §5.6). */
  value: number;
  components: ScoreComponents | null;
  source: 'tender' | 'snapshot';
  snapshotId: number | null;
}

export interface Candidate {
  providerId: number;
  name: string;
  /** The provider's role in the package's zone, or null when it has none there (widened rounds). */
  role: ZoneRole | null;
  status: string;
  cqcOverall: string;
  chcApproved: boolean;
  /** Remaining declared weekly minutes in the package's zone; null when never declared there. */
  capacityMinutes: number | null;
  score: ProviderScore;
  /** Packages awarded to it in this zone in the tie-break period (default 28 days). */
  recentAwardsInZone: number;
  /** It has given notice of leaving the market (docs/specification/hand-backs.md §6.5): no new offers. */
  leavingMarket?: boolean;
  /** What it declared it can meet (in the zone; outside it, its latest anywhere); null: never declared. */
  needsDeclaration: NeedsDeclaration | null;
  /** Specialisms it is appointed for on the countywide specialist list. */
  specialistFor: Specialism[];
}

export interface PackageForPolicy {
  careType: 'core' | 'chc';
  weeklyMinutes: number;
  urgency: Urgency;
  needs: Needs;
}

export interface RankedCandidate {
  providerId: number;
  name: string;
  rank: number;
  score: ProviderScore;
  recentAwardsInZone: number;
  capacityMinutes: number | null;
  /** Advisory notes that did not exclude, e.g. capacity short while capacity is advisory. */
  notes: ExclusionReason[];
  /** On re-brokering only: it already delivers care near the person, so it wins ties on score. */
  deliversCareNearby?: boolean;
  /** Whether it declared every language the package prefers (null: none preferred); only breaks ties. */
  meetsLanguages: boolean | null;
}

export interface RoundDecision {
  kind: RoundKind;
  eligible: RankedCandidate[];
  excluded: { providerId: number; name: string; reasons: ExclusionReason[] }[];
  tieBreak: string;
  /** The package's order of automatic rounds and why (absent in rounds decided before it was shown). */
  order?: OrderOfRounds;
}

export const TIE_BREAK_RULE =
  'Higher score first; on equal scores, a provider that declared every language the package prefers, then fewer packages awarded in the zone in the tie-break period, then lower provider id.';

/**
 * Re-brokering after a hand-back (docs/specification/hand-backs.md §6.2, HC21 ¶24, story BO7): among
 * providers with equal scores, one already delivering care near the person goes first — never above
 * a higher score.
 */
export const continuityTieBreakRule = (km: number) =>
  `Higher score first; on equal scores, a provider already delivering care within ${km} km of the person first (continuity of care on re-brokering), then one that declared every language the package prefers, then fewer packages awarded in the zone in the tie-break period, then lower provider id.`;

/** Which role a round draws from; the specialist list and widened rounds take whoever the caller supplies. */
const ROLE_OF_ROUND: Record<RoundKind, ZoneRole | null> = {
  primes: 'prime',
  specialists: null,
  supplementaries: 'supplementary',
  'widened-neighbours': null,
  'widened-all': null,
};

/** The rules a round is decided under (src/config.ts). */
export type RoundRules = Pick<
  AllocationConfig,
  'capacityMode' | 'urgentWindowMinutes' | 'standardWindowMinutes' | 'roundOrder'
>;

export interface RoundInput {
  kind: RoundKind;
  pkg: PackageForPolicy;
  candidates: readonly Candidate[];
  /**
   * Providers that handed this package back: never offered it again
   * (docs/specification/hand-backs.md §6.2).
   */
  handedBack: readonly number[];
  /** On re-brokering: providers delivering care within `km` of the person (src/allocation/continuity.ts). */
  continuity?: { nearby: readonly number[]; km: number } | null;
  rules: RoundRules;
  /** When the round opens: its offers are answerable for the package's window from then. */
  now: number;
  /** Whether the package's zone has primes (not: the rural free zone); decides the order of rounds. */
  zoneHasPrimes: boolean;
}

/** The decision, as stored for the explanation, and when the round's window closes. */
export interface RoundPlan extends RoundDecision {
  deadlineAt: number;
}

/** How long providers have to answer: hospital-discharge and urgent packages get the short window. */
export function offerWindowMinutes(
  urgency: Urgency,
  rules: Pick<RoundRules, 'urgentWindowMinutes' | 'standardWindowMinutes'>,
): number {
  return urgency === 'standard' ? rules.standardWindowMinutes : rules.urgentWindowMinutes;
}

export function decideRound(input: RoundInput): RoundPlan {
  const { kind, pkg, rules } = input;
  const role = ROLE_OF_ROUND[kind];
  // Providers outside the zone have declared no capacity for it, so a widened search treats capacity as advisory.
  const capacityMode: CapacityMode = role === null ? 'advisory' : rules.capacityMode;
  const pool = role === null ? input.candidates : input.candidates.filter((c) => c.role === role);
  const order = automaticRounds({ zoneHasPrimes: input.zoneHasPrimes, needs: pkg.needs }, rules.roundOrder);
  const primesCameFirst =
    kind === 'specialists' &&
    order.rounds.indexOf('primes') >= 0 &&
    order.rounds.indexOf('primes') < order.rounds.indexOf('specialists');
  const eligible: RankedCandidate[] = [];
  const handedBack: RankedCandidate[] = [];
  const excluded: RoundDecision['excluded'] = [];
  for (const candidate of pool) {
    const hard = [
      ...hardExclusions(candidate, pkg),
      // The zone's primes had their own round of this package before the specialist list (§5.17).
      ...(primesCameFirst && candidate.role === 'prime' ? (['offered-as-prime'] as const) : []),
      ...needsExclusions({
        needs: pkg.needs,
        declaration: candidate.needsDeclaration,
        specialistFor: candidate.specialistFor,
        specialistRound: kind === 'specialists',
      }),
    ];
    const capacity = capacityShortfall(candidate, pkg);
    const reasons = capacityMode === 'strict' ? [...hard, ...capacity] : hard;
    if (reasons.length > 0) {
      excluded.push({ providerId: candidate.providerId, name: candidate.name, reasons });
      continue;
    }
    const ranked: RankedCandidate = {
      providerId: candidate.providerId,
      name: candidate.name,
      rank: 0,
      score: candidate.score,
      recentAwardsInZone: candidate.recentAwardsInZone,
      capacityMinutes: candidate.capacityMinutes,
      notes: capacityMode === 'advisory' ? capacity : [],
      ...(input.continuity
        ? { deliversCareNearby: input.continuity.nearby.includes(candidate.providerId) }
        : {}),
      meetsLanguages: meetsLanguages(pkg.needs, candidate.needsDeclaration),
    };
    (input.handedBack.includes(candidate.providerId) ? handedBack : eligible).push(ranked);
  }
  eligible.sort(compareForRanking).forEach((c, index) => (c.rank = index + 1));
  excluded.sort((a, b) => a.providerId - b.providerId);
  // A provider otherwise eligible that handed the package back is listed last, in the order it would have ranked.
  for (const c of handedBack.sort(compareForRanking)) {
    excluded.push({ providerId: c.providerId, name: c.name, reasons: ['handed-back'] });
  }
  const deadlineAt = input.now + offerWindowMinutes(pkg.urgency, rules) * 60_000;
  const tieBreak = input.continuity ? continuityTieBreakRule(input.continuity.km) : TIE_BREAK_RULE;
  return { kind, eligible, excluded, tieBreak, order, deadlineAt };
}

/** What is stored as the round's explanation (brokerage_rounds.decision_json). */
export function storedDecision(plan: RoundPlan): RoundDecision {
  const { kind, eligible, excluded, tieBreak, order } = plan;
  return { kind, eligible, excluded, tieBreak, order };
}

function hardExclusions(candidate: Candidate, pkg: PackageForPolicy): ExclusionReason[] {
  const reasons: ExclusionReason[] = [];
  if (candidate.status !== 'active') reasons.push('not-active');
  if (candidate.cqcOverall === 'inadequate') reasons.push('rated-inadequate');
  if (candidate.leavingMarket) reasons.push('leaving-market');
  // docs/specification/allocation.md §5.4 (story BO4): CHC packages only to CHC-approved providers
  // (HC21 ¶18–19).
  if (pkg.careType === 'chc' && !candidate.chcApproved) reasons.push('not-chc-approved');
  return reasons;
}

function capacityShortfall(candidate: Candidate, pkg: PackageForPolicy): ExclusionReason[] {
  if (candidate.capacityMinutes === null) return ['no-capacity-declared'];
  return candidate.capacityMinutes < pkg.weeklyMinutes ? ['not-enough-capacity'] : [];
}

/** A language preference orders only providers of equal score: it never outranks quality (§5.16). */
function compareForRanking(a: RankedCandidate, b: RankedCandidate): number {
  return (
    b.score.value - a.score.value ||
    Number(b.deliversCareNearby ?? false) - Number(a.deliversCareNearby ?? false) ||
    Number(b.meetsLanguages === true) - Number(a.meetsLanguages === true) ||
    a.recentAwardsInZone - b.recentAwardsInZone ||
    a.providerId - b.providerId
  );
}
