import type { Role } from '../roles';

/** When a user's claim values map to several roles, the broadest wins. */
const PRECEDENCE: readonly Role[] = ['admin', 'commissioner', 'officer', 'provider'];

/**
 * This service's role for an ID token's claims: the claim (a string, or an array of strings such as
 * Entra ID's `groups` or `roles`) mapped through the configured map; undefined when no value maps.
 *
 * @example roleFromClaims({ groups: ['staff', 'hcfl-officers'] }, 'groups', { 'hcfl-officers': 'officer' }) // 'officer'
 */
export function roleFromClaims(
  claims: Record<string, unknown>,
  roleClaim: string,
  roleMap: Readonly<Record<string, Role>>,
): Role | undefined {
  const raw = claims[roleClaim];
  const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string');
  const roles = new Set(values.map((v) => roleMap[v]).filter((r): r is Role => r !== undefined));
  return PRECEDENCE.find((role) => roles.has(role));
}
