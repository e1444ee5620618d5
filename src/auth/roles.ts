/** Every role, and the named groups of roles that access rules (routes, pages, navigation) use. */
export const ROLES = ['officer', 'provider', 'commissioner', 'admin'] as const;
export type Role = (typeof ROLES)[number];

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
