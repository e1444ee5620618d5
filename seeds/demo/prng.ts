/**
 * A tiny seeded PRNG so the demo framework is the same, byte for byte, for the same seed.
 * mulberry32 uses only 32-bit integer operations, so it gives identical sequences on every
 * platform and Node version (Math.random could not be seeded at all).
 */

export type Random = () => number;

/** mulberry32: returns a function yielding floats in [0, 1). */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A whole number in [min, max], both included. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** A new array in a random order (Fisher–Yates). */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/** One item, chosen with probability proportional to its weight (weights > 0). */
export function weightedPick<T>(random: Random, items: readonly T[], weight: (item: T) => number): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let target = random() * total;
  for (const item of items) {
    target -= weight(item);
    if (target < 0) return item;
  }
  const last = items.at(-1);
  if (last === undefined) throw new RangeError('weightedPick needs at least one item');
  return last;
}

/**
 * An independent stream for one part of the demo (names, ratings, zones…), so changing how one
 * part draws numbers does not reshuffle the others. The label is hashed with FNV-1a.
 */
export function substream(seed: number, label: string): Random {
  let hash = 0x811c9dc5;
  for (const char of label) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return mulberry32((seed ^ hash) >>> 0);
}
