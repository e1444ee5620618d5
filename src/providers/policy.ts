import type { CqcRating, ZoneFacts, ZoneRole } from './model';

/**
 * The framework's rules about providers, as pure functions: no HTTP, no SQL. Each returns why
 * something is refused or worth a warning, and the caller decides what to do with it.
 */

export interface Refusal {
  code: string;
  message: string;
}

/**
 * Why a provider may not hold `role` in `zone`, or undefined if it may. The rural free zone has no
 * primes: its packages go straight to supplementary providers
 * (docs/specification/providers-and-framework.md §4.3, §4.5; docs/specification/allocation.md §5.3;
 * HC20 ¶26, ¶30). Any provider may be supplementary anywhere, with no cap (§4.3).
 *
 * @example zoneRoleRefusal({ id: 'harborough-rural', hasPrimes: false, … }, 'prime')
 *   // { code: 'rural-free-zone-has-no-primes', message: 'Harborough Rural is the rural free zone: … ' }
 */
export function zoneRoleRefusal(zone: ZoneFacts, role: ZoneRole): Refusal | undefined {
  if (role === 'prime' && !zone.hasPrimes) {
    return {
      code: 'rural-free-zone-has-no-primes',
      message:
        `${zone.name} is the rural free zone: it has no prime providers, and its packages go straight to ` +
        'supplementary providers (HC20 ¶26, ¶30). Appoint the provider as supplementary.',
    };
  }
  return undefined;
}

/**
 * Why a set of CQC ratings cannot belong to one service, or undefined. A service CQC has not yet
 * inspected has no key-question ratings either, and an inspected one has all of them
 * (docs/specification/quality-and-performance.md §7.3: "not yet rated" is its own state).
 */
export function cqcRatingsRefusal(ratings: {
  overall: CqcRating;
  safe: CqcRating;
  wellLed: CqcRating;
}): Refusal | undefined {
  const unrated = [ratings.overall, ratings.safe, ratings.wellLed].filter(
    (r) => r === 'not-yet-rated',
  ).length;
  if (unrated === 0 || unrated === 3) return undefined;
  return {
    code: 'inconsistent-cqc-ratings',
    message:
      'The overall, Safe and Well-led ratings must all be "not-yet-rated" (not yet inspected) or all be ratings ' +
      `from an inspection; got overall ${ratings.overall}, Safe ${ratings.safe}, Well-led ${ratings.wellLed}.`,
  };
}

const MS_PER_DAY = 86_400_000;

/**
 * How old a capacity declaration is, and whether it is stale: older than `staleDays` (config
 * CAPACITY_STALE_DAYS, default 14). Exactly `staleDays` old is not yet stale.
 *
 * @example capacityAge(Date.parse('2026-01-01'), Date.parse('2026-01-16'), 14) // { ageDays: 15, stale: true }
 */
export function capacityAge(
  declaredAt: number,
  now: number,
  staleDays: number,
): { ageDays: number; stale: boolean } {
  const age = Math.max(0, now - declaredAt);
  return { ageDays: Math.floor(age / MS_PER_DAY), stale: age > staleDays * MS_PER_DAY };
}

export type CoverageWarningCode = 'below-minimum-primes' | 'below-minimum-providers';

export interface CoverageWarning {
  zoneId: string;
  zoneName: string;
  code: CoverageWarningCode;
  required: number;
  actual: number;
  message: string;
}

/**
 * Coverage warnings for one zone: fewer active primes than its minimum (2, or 0 in the rural free
 * zone: HC20 ¶28, ¶30) or fewer active providers than its minimum (2: HC21 ¶10). These are
 * warnings, never refusals: the council may have to run a zone short while it admits providers
 * (docs/specification/providers-and-framework.md §4.5;
 * docs/specification/roles-and-stories.md §9.4, story C1).
 *
 * @example coverageWarnings(bottesford, { primes: 1, providers: 2 })
 *   // [{ code: 'below-minimum-primes', required: 2, actual: 1, … }]
 */
export function coverageWarnings(
  zone: ZoneFacts,
  counts: { primes: number; providers: number; primesRatedInadequate?: number },
): CoverageWarning[] {
  const warnings: CoverageWarning[] = [];
  if (counts.primes < zone.minPrimes) {
    const inadequate = counts.primesRatedInadequate ?? 0;
    const notCounted = inadequate > 0 ? ` (${inadequate} more rated Inadequate by the CQC, not counted)` : '';
    warnings.push({
      zoneId: zone.id,
      zoneName: zone.name,
      code: 'below-minimum-primes',
      required: zone.minPrimes,
      actual: counts.primes,
      message: `${zone.name} has ${counts.primes} active prime provider${counts.primes === 1 ? '' : 's'}${notCounted}; its minimum is ${zone.minPrimes} (HC20 ¶28).`,
    });
  }
  if (counts.providers < zone.minProviders) {
    warnings.push({
      zoneId: zone.id,
      zoneName: zone.name,
      code: 'below-minimum-providers',
      required: zone.minProviders,
      actual: counts.providers,
      message: `${zone.name} has ${counts.providers} active provider${counts.providers === 1 ? '' : 's'}; its minimum is ${zone.minProviders} (HC21 ¶10).`,
    });
  }
  return warnings;
}
