/**
 * How simulated providers behave: whether and when they answer an offer, whether they accept, how
 * often they declare capacity, whether care starts on time, and whether they hand packages back.
 * Pure functions of a provider's profile, the offer and a seeded random stream. The papers give
 * no such figures; every number here is this simulator's assumption (SUGGESTION), chosen to show
 * what they say qualitatively: rural and isolated work is harder to place (HC20 ¶17, ¶29d, ¶47;
 * HC21 ¶22) and providers differ in how reliably they respond.
 */
import type { Band } from '../../pricing/bands';
import type { DeclineReason, Urgency } from '../../packages/model';
import { chance, type Random } from '../random';

export interface ProviderProfile {
  providerId: number;
  /** 0–1: how promptly and dependably the provider answers, starts care and keeps packages. */
  reliability: number;
  /**
   * Days between capacity declarations: reliable providers keep them fresh
   * (docs/specification/roles-and-stories.md §9.3, story P3).
   */
  declareEveryDays: number;
  /** First declaration day offset, so providers do not all declare on the same day. */
  declarePhaseDays: number;
}

export interface OfferFacts {
  band: Band;
  urgency: Urgency;
  weeklyMinutes: number;
  twoCarers: boolean;
  /** True when the provider holds no role in the package's zone (a widened round). */
  outsideZone: boolean;
  /** The package's hourly rate against the indicative rate of its band (1 = the indicative card). */
  rateRatio: number;
}

/** Chance that a provider with enough free hours accepts, by band, before reliability (SUGGESTION). */
export const ACCEPT_BY_BAND: Record<Band, number> = { urban: 0.75, fringe: 0.6, rural: 0.32, isolated: 0.15 };

/**
 * The share of the hours a demo provider declared free (seeds/demo) that it can really staff: the
 * council checked actual capacity against tender claims at mobilisation (HC21 ¶23, ¶26) and found
 * rural areas under-supplied (HC20 ¶29d). SUGGESTION.
 */
export const SPARE_CAPACITY_SHARE = 0.5;

/**
 * How much a better rate raises the chance of acceptance: chance × ratio^1.5, so 10% more pay for
 * a band makes its offers about 15% likelier to be taken (SUGGESTION: the papers expect rural rates
 * to improve supply, HC20 ¶17, ¶22, without a figure).
 */
export const RATE_ELASTICITY = 1.5;

/**
 * Reliability from the tender score with some noise: a better tender tends to mean a more dependable
 * provider, but not always. Range 0.3–0.98.
 * @example reliabilityOf(80, () => 0.5) // 0.73
 */
export function reliabilityOf(tenderScore: number, random: Random): number {
  const base = 0.4 + (0.55 * (tenderScore - 50)) / 45;
  return Math.min(0.98, Math.max(0.3, base + (random() - 0.5) * 0.3));
}

export function buildProfile(providerId: number, tenderScore: number, random: Random): ProviderProfile {
  const reliability = reliabilityOf(tenderScore, random);
  const declareEveryDays = reliability >= 0.75 ? 7 : reliability >= 0.55 ? 14 : 28;
  return {
    providerId,
    reliability,
    declareEveryDays,
    declarePhaseDays: Math.floor(random() * declareEveryDays),
  };
}

/** Whether and when a provider answers an offer: reliable providers answer more often, and sooner. */
export function answerTiming(
  profile: ProviderProfile,
  windowMinutes: number,
  random: Random,
): { answers: boolean; afterMinutes: number } {
  const r = profile.reliability;
  const answers = chance(random, 0.55 + 0.43 * r);
  const share = Math.min(0.95, 0.02 + random() * (1.05 - r));
  return { answers, afterMinutes: Math.max(1, Math.round(windowMinutes * share)) };
}

/**
 * A provider's answer when it comes to answer: with too few free hours it declines for capacity;
 * otherwise it accepts with a chance that falls with the band's remoteness (ACCEPT_BY_BAND) and
 * rises with its reliability, and is lower for two-carer, urgent and out-of-zone work.
 *
 * @example decideAnswer(profile, { band: 'isolated', … }, 600, random) // declines more often than for 'urban'
 */
export function decideAnswer(
  profile: ProviderProfile,
  offer: OfferFacts,
  freeMinutes: number,
  random: Random,
): { answer: 'accept' } | { answer: 'decline'; reason: DeclineReason } {
  const draw = random();
  if (freeMinutes < offer.weeklyMinutes) return { answer: 'decline', reason: 'no-capacity' };
  const p = acceptChance(profile, offer);
  if (draw < p) return { answer: 'accept' };
  const remote = offer.band === 'rural' || offer.band === 'isolated' || offer.outsideZone;
  return { answer: 'decline', reason: remote ? 'travel-distance' : draw < p + 0.1 ? 'start-date' : 'skills' };
}

/** The chance of accepting an offer the provider has the hours for. */
export function acceptChance(profile: ProviderProfile, offer: OfferFacts): number {
  let p =
    ACCEPT_BY_BAND[offer.band] * (0.55 + 0.45 * profile.reliability) * offer.rateRatio ** RATE_ELASTICITY;
  if (offer.twoCarers) p *= 0.85;
  if (offer.outsideZone) p *= 0.5;
  if (offer.urgency !== 'standard') p *= 0.9;
  return Math.min(0.98, p);
}

/** Days late that care starts after the agreed date (0 = on time); less reliable providers slip more. */
export function startDelayDays(profile: ProviderProfile, random: Random): number {
  const late = chance(random, 0.05 + 0.35 * (1 - profile.reliability));
  return late ? 1 + Math.floor(random() * 3) : 0;
}

export interface HandBackPlan {
  /** Fraction of the package's remaining time after which it is handed back. */
  atFraction: number;
  reason: 'staffing' | 'travel' | 'needs-changed' | 'other';
}

/**
 * Whether a provider will hand a package back before it ends, and when
 * (docs/specification/hand-backs.md §6.1, HC21 ¶32; docs/specification/roles-and-stories.md §9.3,
 * story P6).
 */
export function planHandBack(profile: ProviderProfile, band: Band, random: Random): HandBackPlan | null {
  const remote = band === 'rural' || band === 'isolated';
  const p =
    0.03 + 0.12 * (1 - profile.reliability) + (band === 'isolated' ? 0.06 : band === 'rural' ? 0.03 : 0);
  const atFraction = 0.05 + 0.9 * random();
  const reasonDraw = random();
  if (!chance(random, p)) return null;
  const reason =
    remote && reasonDraw < 0.5
      ? 'travel'
      : reasonDraw < 0.8
        ? 'staffing'
        : reasonDraw < 0.9
          ? 'needs-changed'
          : 'other';
  return { atFraction, reason };
}

/** Monitoring-visit score (0–100) for a provider: better for reliable ones, with visit-to-visit noise. */
export function visitScore(profile: ProviderProfile, random: Random): number {
  return Math.round(Math.min(100, Math.max(0, 35 + 60 * profile.reliability + (random() - 0.5) * 20)));
}

/** Upheld complaints and safeguarding concerns a year, expected (Compl21 ¶11–17: about 2% of people complain). */
export function complaintsPerYear(profile: ProviderProfile): { complaints: number; safeguarding: number } {
  return { complaints: 0.5 + 3 * (1 - profile.reliability), safeguarding: 0.4 * (1 - profile.reliability) };
}
