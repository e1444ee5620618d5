import type { Knex } from 'knex';
import { recordAudit } from '../audit/record';
import type { Actor, Role } from '../auth/roles';
import { KINDS, kindsFor, type Delivery } from './kinds';

type Queryable = Knex | Knex.Transaction;

/** Whose choices a user makes: a staff user's own, a provider user's for its organisation's contacts. */
export function preferenceOwner(actor: Actor): { type: 'user' | 'provider'; id: number } | null {
  if (actor.role === 'provider')
    return actor.providerId === null ? null : { type: 'provider', id: actor.providerId };
  return actor.userId === null ? null : { type: 'user', id: actor.userId };
}

export interface PreferenceView {
  kind: keyof typeof KINDS;
  description: string;
  delivery: Delivery;
  defaultDelivery: Delivery;
}

/** The kinds open to the user's role, each with the choice in force (the default where none was made). */
export async function preferencesOf(db: Queryable, actor: Actor): Promise<PreferenceView[]> {
  const owner = preferenceOwner(actor);
  const kinds = actor.role === 'system' ? [] : kindsFor(actor.role as Role);
  const rows: { kind: string; delivery: Delivery }[] = owner
    ? await db('notification_preferences')
        .where({ owner_type: owner.type, owner_id: owner.id })
        .select('kind', 'delivery')
    : [];
  const chosen = new Map(rows.map((r) => [r.kind, r.delivery]));
  return kinds.map((kind) => ({
    kind,
    description: KINDS[kind].description,
    delivery: chosen.get(kind) ?? KINDS[kind].defaultDelivery,
    defaultDelivery: KINDS[kind].defaultDelivery,
  }));
}

/**
 * Records the user's choices (only kinds open to its role; the caller's schema checks that), in one
 * audited transaction, and returns the choices in force.
 */
export async function setPreferences(
  db: Knex,
  request: { actor: Actor; choices: Partial<Record<string, Delivery>>; now: number },
): Promise<PreferenceView[]> {
  const { actor, choices, now } = request;
  const owner = preferenceOwner(actor);
  if (!owner) return [];
  await db.transaction(async (trx) => {
    const before = await preferencesOf(trx, actor);
    for (const [kind, delivery] of Object.entries(choices)) {
      if (!delivery) continue;
      await trx('notification_preferences')
        .insert({ owner_type: owner.type, owner_id: owner.id, kind, delivery, updated_at: now })
        .onConflict(['owner_type', 'owner_id', 'kind'])
        .merge(['delivery', 'updated_at']);
    }
    await recordAudit(trx, actor, now, {
      action: 'notification.preferences',
      entityType: owner.type,
      entityId: owner.id,
      before: Object.fromEntries(before.map((p) => [p.kind, p.delivery])),
      after: choices,
    });
  });
  return preferencesOf(db, actor);
}
