/**
 * Seeded randomness for the simulator: the demo framework's mulberry32 and labelled substreams
 * (seeds/demo/prng.ts), plus the few distributions the demand and behaviour models draw from.
 * Every draw goes through a `Random` made from the run's seed, so a run is reproducible.
 */
import { mulberry32, substream, weightedPick, type Random } from '../../seeds/demo/prng';

export { mulberry32, substream, weightedPick, type Random };

/** Exponential with the given mean. */
export function exponential(random: Random, mean: number): number {
  return -mean * Math.log(1 - random());
}

/** Standard normal (Box–Muller). */
export function normal(random: Random): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * Log-normal with the given mean and log-scale sigma.
 * @example logNormal(r, 9.5, 0.6) // median 9.5·e^(−0.18) ≈ 7.9, mean 9.5
 */
export function logNormal(random: Random, mean: number, sigma: number): number {
  const mu = Math.log(mean) - (sigma * sigma) / 2;
  return Math.exp(mu + sigma * normal(random));
}

/** Poisson count with the given mean (Knuth for small means, normal approximation above 60). */
export function poisson(random: Random, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 60) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(random)));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = random();
  while (p > limit) {
    k += 1;
    p *= random();
  }
  return k;
}

/** True with probability p. */
export function chance(random: Random, p: number): boolean {
  return random() < p;
}
