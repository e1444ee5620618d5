/**
 * How much of a provider's declared capacity in a zone is still free. A declaration is the
 * provider's own figure of weekly minutes free at that moment; each package awarded to it in the
 * zone afterwards takes its weekly minutes off, until the provider declares again (the new figure
 * already allows for what it holds).
 *
 * Example: 720 minutes declared at t=100; awards of 600 minutes at t=150 and 300 at t=50
 * → 720 − 600 = 120 (the award at t=50 was made before the declaration and is part of its figure).
 */

export interface Declaration {
  weeklyMinutes: number;
  declaredAt: number;
}

export interface AwardInZone {
  weeklyMinutes: number;
  awardedAt: number;
}

/** Weekly minutes still free, or null when the provider never declared capacity in the zone. */
export function remainingCapacity(
  declaration: Declaration | null,
  awards: readonly AwardInZone[],
): number | null {
  if (declaration === null) return null;
  const used = awards
    .filter((award) => award.awardedAt >= declaration.declaredAt)
    .reduce((sum, award) => sum + award.weeklyMinutes, 0);
  return declaration.weeklyMinutes - used;
}
