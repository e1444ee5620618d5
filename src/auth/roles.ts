/**
 * The roles that work in or with the service, and the named groups of roles that access rules
 * (routes, pages, navigation) use. A route or page open to "everyone" names ROLES, so an elected
 * member is never let in by default (docs/specification/roles-and-stories.md §9.1).
 */
export const ROLES = ['officer', 'provider', 'commissioner', 'admin'] as const;

/**
 * Every role a user may hold: the working roles and `member`, an elected member, who reads the
 * scrutiny summary and nothing else (story M1) — no API route, no package, no provider's detail.
 */
export const USER_ROLES = [...ROLES, 'member'] as const;
export type Role = (typeof USER_ROLES)[number];

/** Those who may read the scrutiny summary for elected members (story M1): members and the oversight roles. */
export const SCRUTINY_ROLES = ['member', 'commissioner', 'admin'] as const satisfies readonly Role[];

/** The council's staff: everyone but provider users. */
export const STAFF_ROLES = ['officer', 'commissioner', 'admin'] as const satisfies readonly Role[];

/** Those who oversee the framework: performance and reviews, the cost model, area layers, the audit trail. */
export const OVERSIGHT_ROLES = ['commissioner', 'admin'] as const satisfies readonly Role[];

/** Those who record and withdraw quality evidence about a provider: commissioners act as the quality officers. */
export const EVIDENCE_RECORDER_ROLES = [
  'officer',
  'commissioner',
  'admin',
] as const satisfies readonly Role[];

/** Who is acting: a signed-in user, or the scheduler acting for the service itself. */
export interface Actor {
  userId: number | null;
  role: Role | 'system';
  /** Set for provider users only: the one organisation they act for. */
  providerId: number | null;
  requestId: string | null;
  /** A provider user who may manage its organisation's users (src/users/scope.ts). */
  providerAdmin?: boolean;
}

export const SYSTEM_ACTOR: Actor = { userId: null, role: 'system', providerId: null, requestId: null };

export function isStaff(actor: Actor): boolean {
  return (STAFF_ROLES as readonly string[]).includes(actor.role);
}
