/**
 * The admission rules as pure functions: no HTTP, no SQL. Each returns why something is refused, or
 * undefined, and the caller decides what to do with it (docs/specification/providers-and-framework.md
 * §4.15–4.16).
 */
import { zoneRoleRefusal, type Refusal } from '../providers/policy';
import type { ProviderStatus, ZoneFacts, ZoneRole } from '../providers/model';
import type { ApplicationRole, ApplicationStatus, Decision, ReadinessItem } from './model';

/** A round takes applications until the end of its closing day; a standing round always does. */
export function roundIsOpen(round: { closesOn: string | null }, today: string): boolean {
  return round.closesOn === null || today <= round.closesOn;
}

/** Who may apply: any provider not suspended or exited (HC20 ¶45: the framework is open). */
export const ELIGIBLE_STATUSES: readonly ProviderStatus[] = ['applicant', 'mobilising', 'active'];

export interface ApplicationFacts {
  round: { closesOn: string | null; zoneIds: string[]; roles: ZoneRole[]; chcApproval: boolean };
  today: string;
  provider: { status: ProviderStatus; chcApproved: boolean };
  role: ApplicationRole;
  /** The zone applied for (null for CHC approval), and the role the provider holds there now. */
  zone: ZoneFacts | null;
  heldRole: ZoneRole | null;
  /** The provider already has an application for the same thing waiting or mobilising. */
  pending: boolean;
}

/**
 * Why this application cannot be made, or undefined. A round invites chosen zones and roles
 * (HC21 ¶33); the rural free zone has no primes (HC20 ¶30); a prime already holds the zone.
 *
 * @example applicationRefusal({ …, role: 'prime', zone: harboroughRural }) // { code: 'rural-free-zone-has-no-primes', … }
 */
export function applicationRefusal(f: ApplicationFacts): Refusal | undefined {
  if (!roundIsOpen(f.round, f.today))
    return { code: 'round-closed', message: `The round closed on ${f.round.closesOn}.` };
  if (!ELIGIBLE_STATUSES.includes(f.provider.status))
    return { code: 'provider-not-eligible', message: `A ${f.provider.status} provider cannot apply.` };
  if (f.pending)
    return {
      code: 'already-applied',
      message: 'You have already applied for this; it is waiting or mobilising.',
    };
  if (f.role === 'chc-approval') {
    if (!f.round.chcApproval)
      return { code: 'not-in-round', message: 'This round does not invite applications for CHC approval.' };
    if (f.provider.chcApproved)
      return { code: 'already-holds-role', message: 'You are already CHC approved.' };
    return undefined;
  }
  return zoneRefusal(f, f.role);
}

function zoneRefusal(f: ApplicationFacts, role: ZoneRole): Refusal | undefined {
  if (!f.zone) return { code: 'zone-required', message: 'Choose the zone you apply for.' };
  if (!f.round.zoneIds.includes(f.zone.id) || !f.round.roles.includes(role)) {
    return {
      code: 'not-in-round',
      message: `This round does not invite applications to be ${role} in ${f.zone.name}.`,
    };
  }
  const rural = zoneRoleRefusal(f.zone, role);
  if (rural) return rural;
  if (f.heldRole === 'prime' || f.heldRole === role)
    return { code: 'already-holds-role', message: `You are already ${f.heldRole} in ${f.zone.name}.` };
  return undefined;
}

/**
 * Why a decision cannot be made, or undefined: an application is decided once, and accepted only
 * at or above the round's quality threshold.
 *
 * @example decisionRefusal({ status: 'submitted', decision: 'accept', score: 55, threshold: 60 })
 *   // { code: 'below-quality-threshold', … }
 */
export function decisionRefusal(d: {
  status: ApplicationStatus;
  decision: Decision;
  score: number;
  threshold: number;
}): Refusal | undefined {
  if (d.status !== 'submitted')
    return { code: 'already-decided', message: `The application has already been decided (${d.status}).` };
  if (d.decision === 'accept' && d.score < d.threshold) {
    return {
      code: 'below-quality-threshold',
      message: `A score of ${d.score} is below the round's quality threshold of ${d.threshold}.`,
    };
  }
  return undefined;
}

/**
 * The required items whose latest check is not a pass: the provider goes active only when there
 * are none (HC21 ¶15, ¶23, ¶26; docs/specification/providers-and-framework.md §4.16).
 *
 * @example outstandingItems([{ key: 'insurance', required: true, latest: { outcome: 'fail', … } }]) // ['insurance']
 */
export function outstandingItems(
  items: readonly Pick<ReadinessItem, 'key' | 'required' | 'latest'>[],
): string[] {
  return items.filter((i) => i.required && i.latest?.outcome !== 'pass').map((i) => i.key);
}
