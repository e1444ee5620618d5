import type { Db } from '../db/connect';
import type { Role } from '../auth/roles';

/** A user as the admin's list shows it: who, role, organisation, how they sign in, and their sign-in history. */
export interface Account {
  id: number;
  name: string;
  email: string | null;
  role: Role;
  providerId: number | null;
  providerName: string | null;
  providerAdmin: boolean;
  active: boolean;
  /** How the user signs in: a password, the council's account (OpenID Connect), or not yet (invited). */
  signIn: 'password' | 'council-account' | 'invited';
  lastSignInAt: number | null;
  /** Failed password sign-ins since the last successful one. */
  failedSignIns: number;
  lastFailedSignInAt: number | null;
  /** The last time the account was locked after too many failures. */
  lastLockedOutAt: number | null;
}

interface AccountRow {
  id: number;
  name: string;
  email: string | null;
  role: Role;
  provider_id: number | null;
  provider_name: string | null;
  provider_admin: boolean | number;
  disabled_at: number | null;
  password_hash: string | null;
  oidc_subject: string | null;
  last_sign_in_at: number | null;
  failed_sign_ins: number;
  last_failed_sign_in_at: number | null;
  last_locked_out_at: number | null;
}

const instant = (value: number | null) => (value === null ? null : Number(value));

const toAccount = (r: AccountRow): Account => ({
  id: Number(r.id),
  name: r.name,
  email: r.email,
  role: r.role,
  providerId: r.provider_id === null ? null : Number(r.provider_id),
  providerName: r.provider_name,
  providerAdmin: Boolean(r.provider_admin),
  active: r.disabled_at === null,
  signIn: r.oidc_subject !== null ? 'council-account' : r.password_hash !== null ? 'password' : 'invited',
  lastSignInAt: instant(r.last_sign_in_at),
  failedSignIns: Number(r.failed_sign_ins),
  lastFailedSignInAt: instant(r.last_failed_sign_in_at),
  lastLockedOutAt: instant(r.last_locked_out_at),
});

function accounts(db: Db) {
  return db('users as u')
    .leftJoin('providers as p', 'p.id', 'u.provider_id')
    .select(
      'u.id',
      'u.name',
      'u.email',
      'u.role',
      'u.provider_id',
      'p.name as provider_name',
      'u.provider_admin',
      'u.disabled_at',
      'u.password_hash',
      'u.oidc_subject',
      'u.last_sign_in_at',
      'u.failed_sign_ins',
      'u.last_failed_sign_in_at',
      'u.last_locked_out_at',
    );
}

/** Every user, or one provider's users, active first, then by name. */
export async function listAccounts(db: Db, filter: { providerId?: number } = {}): Promise<Account[]> {
  const query = accounts(db);
  if (filter.providerId !== undefined) query.where('u.provider_id', filter.providerId);
  const rows = (await query.orderBy('u.id')) as AccountRow[];
  return rows.map(toAccount);
}

export async function findAccount(db: Db, id: number): Promise<Account | undefined> {
  const row = (await accounts(db).where('u.id', id).first()) as AccountRow | undefined;
  return row ? toAccount(row) : undefined;
}

/** True when an active admin other than `userId` exists: the service keeps at least one. */
export async function anotherActiveAdmin(db: Db, userId: number): Promise<boolean> {
  const row = await db('users')
    .where({ role: 'admin' })
    .whereNull('disabled_at')
    .whereNot('id', userId)
    .first('id');
  return row !== undefined;
}

/** A successful sign-in: when, and the failures before it forgotten. */
export async function recordSignIn(db: Db, userId: number, now: number): Promise<void> {
  await db('users').where({ id: userId }).update({ last_sign_in_at: now, failed_sign_ins: 0 });
}

/** A wrong password for an existing account (matched without regard to case, as at sign-in). */
export async function recordFailedSignIn(db: Db, email: string, now: number): Promise<void> {
  await db('users')
    .whereRaw('lower(email) = ?', [email.trim().toLowerCase()])
    .update({ failed_sign_ins: db.raw('failed_sign_ins + 1'), last_failed_sign_in_at: now });
}

/** An attempt refused because the account is locked. */
export async function recordLockOut(db: Db, email: string, now: number): Promise<void> {
  await db('users')
    .whereRaw('lower(email) = ?', [email.trim().toLowerCase()])
    .update({ last_locked_out_at: now });
}

/** Every provider organisation by name, to invite a user into one. */
export async function providerNames(db: Db): Promise<{ id: number; name: string }[]> {
  const rows = (await db('providers').orderBy('name').select('id', 'name')) as { id: number; name: string }[];
  return rows.map((p) => ({ id: Number(p.id), name: p.name }));
}
