import { PROVIDERS_BY_BIDDER_TYPE, BIDDER_TYPES, type BidderType, type LegacyType } from './bids-2021';
import { demoKeyQuestions, ratingsInAug2021Proportions, type CqcRating } from './cqc';
import { INVENTED_STEMS, SERVICE_SUFFIXES } from './name-parts';
import { randomInt, shuffled, substream, type Random } from './prng';

export interface DemoProvider {
  /** Stable key for the seed loader: 'demo-provider-01' … 'demo-provider-49'. */
  key: string;
  /** Fictional (name-parts.ts). */
  name: string;
  /** Fictional; real CQC location ids look like '1-123456789', so these can never collide. */
  cqcLocationId: string;
  cqcOverall: CqcRating;
  cqcSafe: CqcRating;
  cqcWellLed: CqcRating;
  chcApproved: boolean;
  status: 'active';
  /**
   * Quality score from the tender, 0–100; live scores start from it
   * (docs/specification/allocation.md §5.6, docs/specification/open-questions.md §10.5).
   */
  tenderScore: number;
  admittedOn: string;
  /** True for the 32 providers that held an HTLAH contract (HC21 ¶17). */
  htlahIncumbent: boolean;
  /**
   * HTLAH role, a legacy tag only; null for the 17 new providers
   * (docs/specification/open-questions.md §10.14).
   */
  legacyType: LegacyType | null;
}

/** The framework went live on 1 Nov 2021 (HC21 ¶2, ¶9). */
export const FRAMEWORK_START = '2021-11-01';
/** 49 providers passed all checks (HC21 ¶17). */
export const DEMO_PROVIDER_COUNT = 49;
/** 15 agencies won CHC places (HC21 ¶18–19, docs/specification/providers-and-framework.md §4.10). */
export const DEMO_CHC_APPROVED_COUNT = 15;

/**
 * Tender scores by CQC rating: good services scored across the range, outstanding ones near the
 * top, those requiring improvement near the bottom, new unrated ones in the middle — roughly
 * 55–95 overall. Invented; the papers publish no scores.
 */
const TENDER_SCORE_RANGE: Record<CqcRating, [min: number, max: number]> = {
  outstanding: [84, 95],
  good: [62, 92],
  'requires-improvement': [55, 70],
  inadequate: [50, 58],
  'not-yet-rated': [58, 84],
};

/**
 * Overall ratings in the Aug 2021 proportions (cqc.ts). Unrated services are mostly new
 * registrations (Perf21 ¶16), while HTLAH incumbents had delivered county home care since 2016
 * and been inspected, so the unrated ratings go to new providers first.
 */
function assignOverallRatings(types: readonly BidderType[], random: Random): CqcRating[] {
  const all = ratingsInAug2021Proportions(types.length);
  const unrated = all.filter((r) => r === 'not-yet-rated');
  const inspected = shuffled(
    random,
    all.filter((r) => r !== 'not-yet-rated'),
  );
  const indexes = types.map((_, i) => i);
  const order = [
    ...shuffled(
      random,
      indexes.filter((i) => types[i] === 'new'),
    ),
    ...shuffled(
      random,
      indexes.filter((i) => types[i] !== 'new'),
    ),
  ];
  const ratings = Array<CqcRating>(types.length);
  order.forEach((providerIndex, k) => {
    ratings[providerIndex] = unrated[k] ?? inspected[k - unrated.length] ?? 'not-yet-rated';
  });
  return ratings;
}

/** The 49 demo providers, in key order, with HTLAH types in the HC21 ¶17 counts. */
export function buildDemoProviders(seed: number): DemoProvider[] {
  const types = shuffled(
    substream(seed, 'legacy-types'),
    BIDDER_TYPES.flatMap((type) => Array<BidderType>(PROVIDERS_BY_BIDDER_TYPE[type]).fill(type)),
  );
  const names = shuffled(substream(seed, 'names'), INVENTED_STEMS);
  const suffixRandom = substream(seed, 'name-suffixes');
  const ratings = assignOverallRatings(types, substream(seed, 'cqc-overall'));
  const keyQuestionRandom = substream(seed, 'cqc-key-questions');
  const scoreRandom = substream(seed, 'tender-scores');

  const providers = types.map((type, i): DemoProvider => {
    const number = i + 1;
    const overall = ratings[i] ?? 'not-yet-rated';
    const { safe, wellLed } = demoKeyQuestions(overall, keyQuestionRandom);
    const [min, max] = TENDER_SCORE_RANGE[overall];
    const suffix = SERVICE_SUFFIXES[randomInt(suffixRandom, 0, SERVICE_SUFFIXES.length - 1)];
    return {
      key: `demo-provider-${String(number).padStart(2, '0')}`,
      name: `${names[i]} ${suffix}`,
      cqcLocationId: `DEMO-${String(number).padStart(4, '0')}`,
      cqcOverall: overall,
      cqcSafe: safe,
      cqcWellLed: wellLed,
      chcApproved: false,
      status: 'active',
      tenderScore: randomInt(scoreRandom, min, max),
      admittedOn: FRAMEWORK_START,
      htlahIncumbent: type !== 'new',
      legacyType: type === 'new' ? null : type,
    };
  });

  // CHC needs checks beyond the core tender (HC21 ¶18–19); the demo draws its 15 from rated providers.
  const rated = providers.filter((p) => p.cqcOverall !== 'not-yet-rated');
  for (const provider of shuffled(substream(seed, 'chc'), rated).slice(0, DEMO_CHC_APPROVED_COUNT)) {
    provider.chcApproved = true;
  }
  return providers;
}
