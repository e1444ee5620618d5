import { CQC_RATINGS, type CqcRating } from '../../src/providers/model';
import type { Random } from './prng';

export { CQC_RATINGS, type CqcRating };
type InspectedRating = Exclude<CqcRating, 'not-yet-rated'>;
const INSPECTED: readonly InspectedRating[] = ['outstanding', 'good', 'requires-improvement', 'inadequate'];

/**
 * Shares of CQC overall ratings, community-based adult social care in Leicestershire, about
 * Aug 2021 — the row nearest the framework start (docs/specification/quality-and-performance.md §7.4,
 * CHQ21 ¶16 table):
 * Outstanding 4%, Good 67%, Requires Improvement 8%, Inadequate 0%, Unrated 21%.
 */
export const CQC_OVERALL_SHARES_AUG_2021: Record<CqcRating, number> = {
  outstanding: 4,
  good: 67,
  'requires-improvement': 8,
  inadequate: 0,
  'not-yet-rated': 21,
};

/**
 * Whole counts summing to `total` in proportion to `shares`, by the largest-remainder method
 * (integer arithmetic; ties go to the earlier key). 49 providers at the Aug 2021 shares gives
 * 2 / 33 / 4 / 0 / 10.
 */
export function apportion<K extends string>(total: number, shares: Record<K, number>): Record<K, number> {
  const keys = Object.keys(shares) as K[];
  const sum = keys.reduce((s, k) => s + shares[k], 0);
  const counts = {} as Record<K, number>;
  const remainders = keys.map((key, index) => {
    counts[key] = Math.floor((total * shares[key]) / sum);
    return { key, index, remainder: (total * shares[key]) % sum };
  });
  let left = total - keys.reduce((s, k) => s + counts[k], 0);
  for (const { key } of remainders.sort((a, b) => b.remainder - a.remainder || a.index - b.index)) {
    if (left-- <= 0) break;
    counts[key] += 1;
  }
  return counts;
}

/**
 * CQC's aggregation of the five key questions into an overall rating, simplified from its
 * published ratings principles (an assumption; the papers do not give them): two or more
 * Inadequate → Inadequate; one Inadequate or two or more Requires Improvement → Requires
 * Improvement; two or more Outstanding with the rest Good → Outstanding; otherwise Good.
 */
export function aggregateKeyQuestions(ratings: readonly InspectedRating[]): InspectedRating {
  const count = (r: InspectedRating) => ratings.filter((x) => x === r).length;
  if (count('inadequate') >= 2) return 'inadequate';
  if (count('inadequate') === 1 || count('requires-improvement') >= 2) return 'requires-improvement';
  if (count('outstanding') >= 2 && count('requires-improvement') === 0) return 'outstanding';
  return 'good';
}

/**
 * True when Safe and Well-led could belong to a service with this overall rating: some
 * ratings of the three key questions not held here (Effective, Caring, Responsive) aggregate
 * with them to `overall`. Unrated means all unrated.
 */
export function keyQuestionsConsistent(overall: CqcRating, safe: CqcRating, wellLed: CqcRating): boolean {
  const unrated = [overall, safe, wellLed].filter((r) => r === 'not-yet-rated').length;
  if (unrated > 0) return unrated === 3;
  return INSPECTED.some((effective) =>
    INSPECTED.some((caring) =>
      INSPECTED.some(
        (responsive) =>
          aggregateKeyQuestions([safe, wellLed, effective, caring, responsive] as InspectedRating[]) ===
          overall,
      ),
    ),
  );
}

/**
 * Safe and Well-led for a demo provider with this overall rating. At tender the Senior Quality
 * Manager found no concerns in Safe or Well-led (HC21 ¶14), so admitted providers are Good or
 * better on both; a Requires Improvement overall therefore comes from the other key questions.
 */
export function demoKeyQuestions(
  overall: CqcRating,
  random: Random,
): { safe: CqcRating; wellLed: CqcRating } {
  switch (overall) {
    case 'not-yet-rated':
      return { safe: 'not-yet-rated', wellLed: 'not-yet-rated' };
    case 'outstanding':
      return { safe: random() < 0.4 ? 'outstanding' : 'good', wellLed: 'outstanding' };
    case 'good':
      return { safe: 'good', wellLed: random() < 0.1 ? 'outstanding' : 'good' };
    case 'requires-improvement':
      return { safe: 'good', wellLed: 'good' };
    case 'inadequate':
      // Absent from the Aug 2021 row; kept only so every rating has a consistent pair.
      return { safe: 'inadequate', wellLed: 'inadequate' };
  }
}

/** `total` overall ratings in the Aug 2021 proportions (CQC_OVERALL_SHARES_AUG_2021), best first. */
export function ratingsInAug2021Proportions(total: number): CqcRating[] {
  const counts = apportion(total, CQC_OVERALL_SHARES_AUG_2021);
  return CQC_RATINGS.flatMap((rating) => Array<CqcRating>(counts[rating]).fill(rating));
}
