import type { Knex } from 'knex';
import { recordAudit } from '../audit/record';
import type { Actor } from '../auth/roles';
import { isUniqueViolation } from '../db/dialect';
import { Conflict, NotFound } from '../errors';
import { assertOrganisationAdmin } from '../users/scope';

type Queryable = Knex | Knex.Transaction;

export interface Contact {
  id: number;
  email: string;
  createdAt: string;
}

/** A provider acts only for itself; staff for any provider. Another provider's contacts are not found. */
function assertActsFor(actor: Actor, providerId: number): void {
  if (actor.role === 'provider' && actor.providerId !== providerId) {
    throw new NotFound('provider-not-found', `No provider ${providerId}.`);
  }
}

async function assertProvider(db: Queryable, providerId: number): Promise<void> {
  if (!(await db('providers').where({ id: providerId }).first('id'))) {
    throw new NotFound('provider-not-found', `No provider ${providerId}.`);
  }
}

/** A provider's offer contacts: the addresses that hear of its offers, awards and reminders. */
export async function listContacts(db: Queryable, actor: Actor, providerId: number): Promise<Contact[]> {
  assertActsFor(actor, providerId);
  await assertProvider(db, providerId);
  const rows: { id: number; email: string; created_at: number }[] = await db('provider_contacts')
    .where({ provider_id: providerId })
    .orderBy('id')
    .select('id', 'email', 'created_at');
  return rows.map((r) => ({
    id: Number(r.id),
    email: r.email,
    createdAt: new Date(Number(r.created_at)).toISOString(),
  }));
}

export async function addContact(
  db: Knex,
  request: { actor: Actor; providerId: number; email: string; now: number },
): Promise<Contact> {
  const { actor, providerId, email, now } = request;
  assertActsFor(actor, providerId);
  assertOrganisationAdmin(actor);
  try {
    return await db.transaction(async (trx) => {
      await assertProvider(trx, providerId);
      const [row] = await trx('provider_contacts')
        .insert({ provider_id: providerId, email, created_at: now, created_by: actor.userId })
        .returning('id');
      const id = Number((row as { id: number }).id);
      await recordAudit(trx, actor, now, {
        action: 'provider.contact.add',
        entityType: 'provider',
        entityId: providerId,
        after: { contactId: id, email },
      });
      return { id, email, createdAt: new Date(now).toISOString() };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new Conflict('contact-exists', `${email} is already an offer contact.`);
    throw err;
  }
}

export async function removeContact(
  db: Knex,
  request: { actor: Actor; providerId: number; contactId: number; now: number },
): Promise<void> {
  const { actor, providerId, contactId, now } = request;
  assertActsFor(actor, providerId);
  assertOrganisationAdmin(actor);
  await db.transaction(async (trx) => {
    const contact = await trx('provider_contacts')
      .where({ id: contactId, provider_id: providerId })
      .first('email');
    if (!contact)
      throw new NotFound('contact-not-found', `No contact ${contactId} of provider ${providerId}.`);
    await trx('provider_contacts').where({ id: contactId }).delete();
    await recordAudit(trx, actor, now, {
      action: 'provider.contact.remove',
      entityType: 'provider',
      entityId: providerId,
      before: { contactId, email: contact.email },
    });
  });
}
