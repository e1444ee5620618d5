import type { Db } from '../db/connect';
import type { Role } from './roles';
import { generateToken, hashToken } from './tokens';

export interface User {
  id: number;
  name: string;
  email: string | null;
  role: Role;
  providerId: number | null;
  /** A provider user who manages its organisation's users (src/users). */
  providerAdmin: boolean;
  /** False once deactivated: no sign-in, no API token works. */
  active: boolean;
}

interface UserRow {
  id: number;
  name: string;
  email: string | null;
  role: Role;
  provider_id: number | null;
  provider_admin: boolean | number;
  disabled_at: number | null;
}

const USER_COLUMNS = ['id', 'name', 'email', 'role', 'provider_id', 'provider_admin', 'disabled_at'];

const toUser = (row: UserRow): User => ({
  id: Number(row.id),
  name: row.name,
  email: row.email,
  role: row.role,
  providerId: row.provider_id === null ? null : Number(row.provider_id),
  providerAdmin: Boolean(row.provider_admin),
  active: row.disabled_at === null,
});

export async function insertUser(
  db: Db,
  user: {
    name: string;
    role: Role;
    providerId: number | null;
    email?: string | null;
    passwordHash?: string | null;
    providerAdmin?: boolean;
  },
  now: number,
): Promise<User> {
  const [row] = await db('users')
    .insert({
      name: user.name,
      role: user.role,
      provider_id: user.providerId,
      provider_admin: user.providerAdmin ?? false,
      email: user.email ?? null,
      password_hash: user.passwordHash ?? null,
      created_at: now,
    })
    .returning(USER_COLUMNS);
  return toUser(row as UserRow);
}

/** Issues a token (expiring after ttlDays, or never when null) and returns it once; only its hash is kept. */
export async function issueToken(
  db: Db,
  { userId, label, ttlDays }: { userId: number; label: string; ttlDays: number | null },
  now: number,
): Promise<{ token: string; expiresAt: number | null }> {
  const token = generateToken();
  const expiresAt = ttlDays === null ? null : now + ttlDays * 86_400_000;
  await db('api_tokens').insert({
    user_id: userId,
    token_hash: hashToken(token),
    label,
    created_at: now,
    expires_at: expiresAt,
  });
  return { token, expiresAt };
}

/** The user a live (unexpired, unrevoked) token belongs to, if any. */
export async function findUserByToken(db: Db, token: string, now: number): Promise<User | undefined> {
  const row = await db('api_tokens as t')
    .join('users as u', 'u.id', 't.user_id')
    .where('t.token_hash', hashToken(token))
    .whereNull('t.revoked_at')
    .whereNull('u.disabled_at')
    .where((q) => q.whereNull('t.expires_at').orWhere('t.expires_at', '>', now))
    .first(USER_COLUMNS.map((c) => `u.${c}`));
  return row ? toUser(row as UserRow) : undefined;
}

export async function revokeToken(db: Db, tokenHash: string, now: number): Promise<boolean> {
  const count = await db('api_tokens')
    .where({ token_hash: tokenHash })
    .whereNull('revoked_at')
    .update({ revoked_at: now });
  return count > 0;
}

/** Revokes every live token of a user; returns how many. */
export async function revokeAllTokens(db: Db, userId: number, now: number): Promise<number> {
  return db('api_tokens').where({ user_id: userId }).whereNull('revoked_at').update({ revoked_at: now });
}

/** How many live tokens the user holds. */
export async function liveTokenCount(db: Db, userId: number, now: number): Promise<number> {
  const row = await liveTokens(db, now).where('t.user_id', userId).first(db.raw('count(*) as n'));
  return Number(row?.n ?? 0);
}

/** True when an enabled admin other than `userId` holds a live token (and so can still use the API). */
export async function anotherAdminHasApiAccess(db: Db, userId: number, now: number): Promise<boolean> {
  const row = await liveTokens(db, now)
    .join('users as u', 'u.id', 't.user_id')
    .where('u.role', 'admin')
    .whereNull('u.disabled_at')
    .whereNot('u.id', userId)
    .first('t.id');
  return row !== undefined;
}

function liveTokens(db: Db, now: number) {
  return db('api_tokens as t')
    .whereNull('t.revoked_at')
    .where((q) => q.whereNull('t.expires_at').orWhere('t.expires_at', '>', now));
}

/** True when any user, enabled or not, has exactly this email. */
export async function emailTaken(db: Db, email: string): Promise<boolean> {
  return (await db('users').where({ email }).first('id')) !== undefined;
}

export async function findUser(db: Db, id: number): Promise<User | undefined> {
  const row = await db('users').where({ id }).first(USER_COLUMNS);
  return row ? toUser(row as UserRow) : undefined;
}

/** A signed-in user as the pages need it: who, which role, and for a provider user, which provider. */
export interface WebUser extends User {
  providerName: string | null;
  /** Signs in with a second factor (src/users/totp.ts). */
  totpEnabled: boolean;
}

interface WebUserRow extends UserRow {
  provider_name: string | null;
  totp_enabled_at: number | null;
}

const toWebUser = (row: WebUserRow): WebUser => ({
  ...toUser(row),
  providerName: row.provider_name,
  totpEnabled: row.totp_enabled_at !== null,
});

function activeUsers(db: Db) {
  return db('users as u')
    .leftJoin('providers as p', 'p.id', 'u.provider_id')
    .whereNull('u.disabled_at')
    .select(...USER_COLUMNS.map((c) => `u.${c}`), 'p.name as provider_name', 'u.totp_enabled_at');
}

/** Emails are matched without regard to case: people type them both ways. */
export async function findUserByEmail(
  db: Db,
  email: string,
): Promise<(WebUser & { passwordHash: string | null }) | undefined> {
  const row = (await activeUsers(db)
    .select('u.password_hash')
    .whereRaw('lower(u.email) = ?', [email.trim().toLowerCase()])
    .first()) as (WebUserRow & { password_hash: string | null }) | undefined;
  return row ? { ...toWebUser(row), passwordHash: row.password_hash } : undefined;
}

/** The session's user, unless it has since been disabled or deleted. */
export async function findActiveUser(db: Db, id: number): Promise<WebUser | undefined> {
  const row = (await activeUsers(db).where('u.id', id).first()) as WebUserRow | undefined;
  return row ? toWebUser(row) : undefined;
}

/** Sets a user's password hash, and its email when given. */
export async function updateSignIn(
  db: Db,
  userId: number,
  signIn: { passwordHash: string; email?: string },
): Promise<void> {
  await db('users')
    .where({ id: userId })
    .update({ password_hash: signIn.passwordHash, ...(signIn.email ? { email: signIn.email } : {}) });
}
