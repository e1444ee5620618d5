export const ROLES = ['officer', 'provider', 'commissioner', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting: a signed-in user, or the scheduler acting for the service itself. */
export interface Actor {
  userId: number | null;
  role: Role | 'system';
  /** Set for provider users only: the one organisation they act for. */
  providerId: number | null;
  requestId: string | null;
}

export const SYSTEM_ACTOR: Actor = { userId: null, role: 'system', providerId: null, requestId: null };

export function isStaff(actor: Actor): boolean {
  return actor.role === 'officer' || actor.role === 'commissioner' || actor.role === 'admin';
}
