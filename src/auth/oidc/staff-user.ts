import { recordAudit } from '../../audit/record';
import { Forbidden } from '../../errors';
import type { CommandContext } from '../../performance/command';
import type { Role } from '../roles';

/** Who the council's provider says signed in, and the role their claim maps to. */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  name: string;
  role: Role;
}

/**
 * The user behind an OpenID Connect sign-in, matched by (issuer, subject) and created on first
 * sign-in. The role follows the provider's claim at every sign-in, so a move between groups there
 * takes effect here at the next sign-in; each change is audited. A user disabled here stays out.
 * The actor is the service itself (there is no signed-in user yet), with the request id.
 */
export async function staffUserForSignIn(
  { db, actor, now }: CommandContext,
  identity: OidcIdentity,
): Promise<number> {
  return db.transaction(async (trx) => {
    const existing = (await trx('users')
      .where({ oidc_issuer: identity.issuer, oidc_subject: identity.subject })
      .first('id', 'role', 'disabled_at')) as
      { id: number; role: Role; disabled_at: number | null } | undefined;
    if (existing?.disabled_at != null) {
      throw new Forbidden('user-disabled', 'Your account in this service has been disabled.');
    }
    if (!existing) {
      const [row] = (await trx('users')
        .insert({
          name: identity.name,
          role: identity.role,
          provider_id: null,
          oidc_issuer: identity.issuer,
          oidc_subject: identity.subject,
          created_at: now,
        })
        .returning('id')) as { id: number }[];
      const id = Number(row!.id);
      await recordAudit(trx, actor, now, {
        action: 'user.create',
        entityType: 'user',
        entityId: id,
        after: { name: identity.name, role: identity.role, signIn: 'oidc', issuer: identity.issuer },
      });
      return id;
    }
    const id = Number(existing.id);
    if (existing.role !== identity.role) {
      await trx('users').where({ id }).update({ role: identity.role });
      await recordAudit(trx, actor, now, {
        action: 'user.role.change',
        entityType: 'user',
        entityId: id,
        before: { role: existing.role },
        after: { role: identity.role, source: 'oidc-claim' },
      });
    }
    return id;
  });
}
