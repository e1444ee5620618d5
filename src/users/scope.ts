import type { Actor } from '../auth/roles';
import { Forbidden, NotFound } from '../errors';
import type { Account } from './queries';

/**
 * Who manages which users: an admin every user; a provider administrator (users.provider_admin) the
 * users of its own organisation, and no one else's: another organisation's user answers 404, exactly
 * as one that does not exist, before any other check, (test/reliability/ownership-table.ts). Everyone else is refused.
 */
export function assertManages(actor: Actor, target: Account | undefined, id: number): Account {
  if (!target || (actor.role === 'provider' && target.providerId !== actor.providerId)) {
    throw new NotFound('user-not-found', `No user ${id}.`);
  }
  assertMayManageUsers(actor);
  return target;
}

/** Only admins and provider administrators manage users. */
export function assertMayManageUsers(actor: Actor): void {
  if (actor.role === 'admin') return;
  if (actor.role === 'provider' && actor.providerAdmin === true) return;
  throw new Forbidden('not-provider-admin', "Only your organisation's administrators can manage its users.");
}

/** A provider administrator asking about another organisation is told it does not exist. */
export function assertOwnOrganisation(actor: Actor, providerId: number): void {
  if (actor.role === 'provider' && actor.providerId !== providerId) {
    throw new NotFound('provider-not-found', `No provider ${providerId}.`);
  }
  assertMayManageUsers(actor);
}

/**
 * Where an organisation's offers go (its offer contacts and webhook endpoints) is changed only by its
 * administrators: any provider user could otherwise send the offers to an address of their own.
 * Staff are not limited here; each command checks the organisation first (another's is 404).
 */
export function assertOrganisationAdmin(actor: Actor): void {
  if (actor.role === 'provider' && actor.providerAdmin !== true) {
    throw new Forbidden(
      'not-provider-admin',
      "Only your organisation's administrators change its offer contacts and webhook endpoints.",
    );
  }
}
