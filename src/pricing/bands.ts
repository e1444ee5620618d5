/**
 * The four price bands (docs/specification/zones-and-bands.md §2.8–2.9, HC20 ¶15). Band is a
 * property of the visit address, so one package has one band; the order here is cheapest to
 * dearest.
 */
export const BANDS = ['urban', 'fringe', 'rural', 'isolated'] as const;
export type Band = (typeof BANDS)[number];

export function isBand(value: unknown): value is Band {
  return typeof value === 'string' && (BANDS as readonly string[]).includes(value);
}
