import { z } from 'zod';
import type { Needs } from '../packages/model';

/**
 * The order of a package's automatic rounds, as data (docs/specification/allocation.md §5.2–5.3,
 * §5.17). A package calling for a specialist service goes by `specialist` (by default: the zone's
 * primes that declare the specialism, then the countywide specialist list, then supplementaries;
 * HC20 ¶30, story BO9); every other package by `standard`. The rural free zone has no primes, so
 * its packages skip the primes round (HC20 ¶26, ¶30). Widened rounds are never automatic.
 *
 * Example: automaticRounds({ zoneHasPrimes: false, needs: { specialisms: ['dementia'], … } }, DEFAULT_ROUND_ORDER)
 * → { rounds: ['specialists', 'supplementaries'], because: 'specialist order: …' }
 */

export const AUTOMATIC_ROUND_KINDS = ['primes', 'specialists', 'supplementaries'] as const;
export type AutomaticRoundKind = (typeof AUTOMATIC_ROUND_KINDS)[number];

export interface RoundOrder {
  standard: AutomaticRoundKind[];
  specialist: AutomaticRoundKind[];
}

export const DEFAULT_ROUND_ORDER: RoundOrder = {
  standard: ['primes', 'supplementaries'],
  specialist: ['primes', 'specialists', 'supplementaries'],
};

/** An order of automatic rounds: round kinds, each at most once. */
export const RoundKinds = z
  .array(z.enum(AUTOMATIC_ROUND_KINDS))
  .min(1)
  .refine((kinds) => new Set(kinds).size === kinds.length, 'each round kind at most once');

/**
 * SPECIALIST_ROUND_ORDER: the specialist order as round kinds separated by commas, each at most once
 * (default "primes,specialists,supplementaries").
 */
export const RoundOrderSetting = z
  .string()
  .default(DEFAULT_ROUND_ORDER.specialist.join(','))
  .transform((v) => v.split(',').map((kind) => kind.trim()))
  .pipe(RoundKinds);

export interface OrderOfRounds {
  rounds: AutomaticRoundKind[];
  /** Why this order, as the explanation shows it. */
  because: string;
}

export function automaticRounds(
  pkg: { zoneHasPrimes: boolean; needs: Pick<Needs, 'specialisms'> },
  order: RoundOrder,
): OrderOfRounds {
  const specialist = pkg.needs.specialisms.length > 0;
  const chosen = specialist ? order.specialist : order.standard;
  const rounds = pkg.zoneHasPrimes ? chosen : chosen.filter((kind) => kind !== 'primes');
  const which = specialist ? `specialist order, for ${pkg.needs.specialisms.join(', ')}` : 'standard order';
  const rural = pkg.zoneHasPrimes ? '' : '; the zone has no primes';
  return { rounds, because: `${which}: ${rounds.join(', then ')}${rural}` };
}

export function nextAutomaticRound(
  pkg: { zoneHasPrimes: boolean; needs: Pick<Needs, 'specialisms'> },
  order: RoundOrder,
  previous: string | null,
): AutomaticRoundKind | null {
  const { rounds } = automaticRounds(pkg, order);
  if (previous === null) return rounds[0] ?? null;
  const index = rounds.indexOf(previous as AutomaticRoundKind);
  return index >= 0 && index + 1 < rounds.length ? rounds[index + 1]! : null;
}
