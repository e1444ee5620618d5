/** Who may read performance data, and the provider a request is about. */
import type { Actor } from '../auth/roles';
import type { Db } from '../db/connect';
import { NotFound } from '../errors';

/** A provider user sees only its own organisation; any other is answered as not found. */
export function assertOwnProvider(actor: Actor, providerId: number): void {
  if (actor.role === 'provider' && actor.providerId !== providerId) {
    throw new NotFound('provider-not-found', `No provider ${providerId}.`);
  }
}

export async function providerOrNotFound(db: Db, providerId: number) {
  const row = await db('providers').where({ id: providerId }).first('id', 'name', 'tender_score');
  if (!row) throw new NotFound('provider-not-found', `No provider ${providerId}.`);
  return { id: Number(row.id), name: String(row.name), tenderScore: Number(row.tender_score) };
}
