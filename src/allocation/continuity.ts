/**
 * Continuity of care on re-brokering (docs/specification/hand-backs.md §6.2, HC21 ¶24, story BO7):
 * which providers already deliver care near the person. Pure; the distance is the equirectangular
 * approximation, within a few metres of the great circle at the county's scale.
 *
 * Example: kmBetween([-1.2, 52.77], [-1.2, 52.8]) → 3.34
 */

const KM_PER_DEGREE = 111.32;

export function kmBetween(a: readonly [number, number], b: readonly [number, number]): number {
  const meanLat = (((a[1] + b[1]) / 2) * Math.PI) / 180;
  const dx = (a[0] - b[0]) * Math.cos(meanLat) * KM_PER_DEGREE;
  const dy = (a[1] - b[1]) * KM_PER_DEGREE;
  return Math.sqrt(dx * dx + dy * dy);
}

/** A box around a point holding every place within `km` of it: the database narrows by it first. */
export function boxAround(point: readonly [number, number], km: number) {
  const dLat = km / KM_PER_DEGREE;
  const dLon = km / (KM_PER_DEGREE * Math.cos((point[1] * Math.PI) / 180));
  return {
    minLon: point[0] - dLon,
    maxLon: point[0] + dLon,
    minLat: point[1] - dLat,
    maxLat: point[1] + dLat,
  };
}

/** The providers with a package in care within `km` of the person, each once, in id order. */
export function providersNear(
  person: readonly [number, number],
  inCare: readonly { providerId: number; lon: number; lat: number }[],
  km: number,
): number[] {
  const near = inCare.filter((c) => kmBetween(person, [c.lon, c.lat]) <= km).map((c) => c.providerId);
  return [...new Set(near)].sort((a, b) => a - b);
}
