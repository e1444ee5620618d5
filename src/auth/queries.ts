import type { Db } from '../db/connect';
import type { Role } from './roles';
import { generateToken, hashToken } from './tokens';

export interface User {
  id: number;
  name: string;
  email: string | null;
  role: Role;
  providerId: number | null;
}

interface UserRow {
  id: number;
  name: string;
  email: string | null;
  role: Role;
  provider_id: number | null;
}

const USER_COLUMNS = ['id', 'name', 'email', 'role', 'provider_id'];

const toUser = (row: UserRow): User => ({
  id: row.id,
  name: row.name,
  email: row.email,
  role: row.role,
  providerId: row.provider_id,
});

export async function insertUser(
  db: Db,
  user: {
    name: string;
    role: Role;
    providerId: number | null;
    email?: string | null;
    passwordHash?: string | null;
  },
  now: number,
): Promise<User> {
  const [row] = await db('users')
    .insert({
      name: user.name,
      role: user.role,
      provider_id: user.providerId,
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
    .first('u.id', 'u.name', 'u.email', 'u.role', 'u.provider_id');
  return row ? toUser(row as UserRow) : undefined;
}

export async function revokeToken(db: Db, tokenHash: string, now: number): Promise<boolean> {
  const count = await db('api_tokens')
    .where({ token_hash: tokenHash })
    .whereNull('revoked_at')
    .update({ revoked_at: now });
  return count > 0;
}

export async function findUser(db: Db, id: number): Promise<User | undefined> {
  const row = await db('users').where({ id }).first(USER_COLUMNS);
  return row ? toUser(row as UserRow) : undefined;
}

export async function listUsers(db: Db): Promise<User[]> {
  const rows: UserRow[] = await db('users').orderBy('id').select(USER_COLUMNS);
  return rows.map(toUser);
}
