import { remainingCapacity } from './capacity';
import type { RoundFacts } from './queries/candidates';
import type { Candidate } from './policy';

/**
 * The providers a round draws from, as the policy sees them: role in the package's zone, the
 * capacity still free there (an award counts against it until the provider declares again),
 * current score and recent awards, what it declared it can meet and its specialist appointments.
 */
export function candidatesFrom(facts: RoundFacts): Candidate[] {
  return facts.providers.map((provider) => ({
    providerId: provider.id,
    name: provider.name,
    role: provider.role,
    status: provider.status,
    cqcOverall: provider.cqcOverall,
    chcApproved: provider.chcApproved,
    capacityMinutes: remainingCapacity(
      facts.declarations.get(provider.id) ?? null,
      facts.awardsSinceDeclared.get(provider.id) ?? [],
    ),
    score: facts.scores.get(provider.id)!,
    recentAwardsInZone: facts.recentAwards.get(provider.id) ?? 0,
    leavingMarket: provider.leavingMarket,
    needsDeclaration: facts.needsDeclarations.get(provider.id) ?? null,
    specialistFor: facts.specialistFor.get(provider.id) ?? [],
  }));
}
