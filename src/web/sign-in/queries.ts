import { recordAudit } from '../../audit/record';
import type { Actor, Role } from '../../auth/roles';
import type { Db } from '../../db/connect';
import { NotFound } from '../../http/errors';

/** A signed-in user as the pages need it: who, which role, and for a provider user, which provider. */
export interface WebUser {
  id: number;
  name: string;
  email: string | null;
  role: Role;
  providerId: number | null;
  providerName: string | null;
}

interface UserRow {
  id: number;
  name: string;
  email: string | null;
  role: Role;
  provider_id: number | null;
  provider_name: string | null;
}

const toWebUser = (row: UserRow): WebUser => ({
  id: Number(row.id),
  name: row.name,
  email: row.email,
  role: row.role,
  providerId: row.provider_id === null ? null : Number(row.provider_id),
  providerName: row.provider_name,
});

function activeUsers(db: Db) {
  return db('users as u')
    .leftJoin('providers as p', 'p.id', 'u.provider_id')
    .whereNull('u.disabled_at')
    .select('u.id', 'u.name', 'u.email', 'u.role', 'u.provider_id', 'p.name as provider_name');
}

/** Emails are matched without regard to case: people type them both ways. */
export async function findUserByEmail(
  db: Db,
  email: string,
): Promise<(WebUser & { passwordHash: string | null }) | undefined> {
  const row = (await activeUsers(db)
    .select('u.password_hash')
    .whereRaw('lower(u.email) = ?', [email.trim().toLowerCase()])
    .first()) as (UserRow & { password_hash: string | null }) | undefined;
  return row ? { ...toWebUser(row), passwordHash: row.password_hash } : undefined;
}

/** The session's user, unless it has since been disabled or deleted. */
export async function findActiveUser(db: Db, id: number): Promise<WebUser | undefined> {
  const row = (await activeUsers(db).where('u.id', id).first()) as UserRow | undefined;
  return row ? toWebUser(row) : undefined;
}

/** Sets a user's email (when given) and password hash, audited without either secret. */
export async function setSignIn(
  db: Db,
  actor: Actor,
  target: { userId: number; email?: string; passwordHash: string },
  now: number,
): Promise<void> {
  await db.transaction(async (trx) => {
    const user = await trx('users').where({ id: target.userId }).first('id', 'email');
    if (!user) throw new NotFound('user-not-found', `No user ${target.userId}.`);
    const changes = { password_hash: target.passwordHash, ...(target.email ? { email: target.email } : {}) };
    await trx('users').where({ id: target.userId }).update(changes);
    await recordAudit(trx, actor, now, {
      action: 'user.sign-in.set',
      entityType: 'user',
      entityId: target.userId,
      before: { email: user.email },
      after: { email: target.email ?? user.email, password: 'changed' },
    });
  });
}
