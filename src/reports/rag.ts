/**
 * RAG of the coverage report's headline measures against the commissioners' targets
 * (targets/model.ts: stored targets and zone overrides, else config.reports.rag). The council's
 * papers define Red, Amber and Green in words only and reject a blanket numeric rule
 * (docs/specification/reporting.md §8.3; docs/specification/open-questions.md §10.17), so every
 * threshold is the commissioners' and the report shows the one it used. Pure functions.
 */
import type { RagBands } from '../config';
import type { Measure, Rag, RagSection } from './model';
import type { TargetInForce, TargetsInForce } from './targets/model';

const ORDER: Record<Rag, number> = { green: 0, amber: 1, red: 2 };

/** Higher is better: green at or above `green`, amber at or above `amber`. @example higherIsBetter(82, { green: 80, amber: 60 }) // 'green' */
export function higherIsBetter(value: number | null, bands: RagBands): Rag | null {
  if (value === null) return null;
  return value >= bands.green ? 'green' : value >= bands.amber ? 'amber' : 'red';
}

/** Lower is better: green at or below `green`, amber at or below `amber`. @example lowerIsBetter(50, { green: 48, amber: 168 }) // 'amber' */
export function lowerIsBetter(value: number | null, bands: RagBands): Rag | null {
  if (value === null) return null;
  return value <= bands.green ? 'green' : value <= bands.amber ? 'amber' : 'red';
}

/**
 * Red below the zone's minimum primes or minimum providers
 * (docs/specification/providers-and-framework.md §4.5); amber when the active providers are at most
 * `margin` above the minimum (with margin 0, Bottesford at exactly 2 is amber).
 */
export function coverageRag(
  counts: { primes: number; providers: number },
  minimums: { primes: number; providers: number },
  margin: number,
): Rag {
  if (counts.primes < minimums.primes || counts.providers < minimums.providers) return 'red';
  return counts.providers <= minimums.providers + margin ? 'amber' : 'green';
}

export function worst(rags: readonly (Rag | null)[]): Rag | null {
  let out: Rag | null = null;
  for (const rag of rags) if (rag !== null && (out === null || ORDER[rag] > ORDER[out])) out = rag;
  return out;
}

export interface HeadlineValues {
  coverage: Measure;
  placedPctOfPlanned: number | null;
  withinTargetPct: number | null;
  /** null where the zone has no primes (the rural free zone): the measure does not apply. */
  primeSharePct: number | null;
  hasPrimes: boolean;
  longestWaitHours: number | null;
  handBacksPer100Awards: number | null;
}

/** A measure judged against its target in force: its value, RAG and the target (with who set it and why). */
function judged(
  value: number | null,
  target: TargetInForce,
  judge: (value: number | null, bands: RagBands) => Rag | null,
): Measure {
  return { value, rag: judge(value, target), target };
}

/** The RAG section of one zone (or the county): each measure against its target, and the worst of them. */
export function ragSection(values: HeadlineValues, targets: TargetsInForce): RagSection {
  const primeShare = judged(values.primeSharePct, targets.primeShare, higherIsBetter);
  const measures = {
    coverage: values.coverage,
    supply: judged(values.placedPctOfPlanned, targets.supply, higherIsBetter),
    pickUp: judged(values.withinTargetPct, targets.pickUp, higherIsBetter),
    primeShare: values.hasPrimes ? primeShare : { ...primeShare, rag: null },
    // No package waiting is the best case: a wait of 0 hours.
    longestWait: {
      ...judged(values.longestWaitHours, targets.longestWait, lowerIsBetter),
      rag: lowerIsBetter(values.longestWaitHours ?? 0, targets.longestWait),
    },
    handBacks: judged(values.handBacksPer100Awards, targets.handBacks, lowerIsBetter),
  };
  return { overall: worst(Object.values(measures).map((m) => m.rag)), ...measures };
}
