/** Users, through the service's own user queries: with an API token, or a password for the web. */
import { insertUser, issueToken } from '../../src/auth/queries';
import type { Role } from '../../src/auth/roles';
import type { Db } from '../../src/db/connect';
import { hashPassword } from '../../src/web/sign-in/passwords';

let sequence = 0;

export interface UserSpec {
  role: Role;
  /** The provider a provider user acts for. */
  providerId?: number | null;
  name?: string;
  /** A provider user who administers its organisation's users. */
  providerAdmin?: boolean;
}

/** A user of the role with a bearer token that never expires. */
export async function buildUserWithToken(
  db: Db,
  spec: UserSpec,
  now: number,
): Promise<{ id: number; token: string }> {
  sequence += 1;
  const user = await insertUser(
    db,
    {
      name: spec.name ?? `Test ${spec.role} ${sequence}`,
      role: spec.role,
      providerId: spec.providerId ?? null,
      providerAdmin: spec.providerAdmin ?? false,
    },
    now,
  );
  const { token } = await issueToken(db, { userId: user.id, label: 'test', ttlDays: null }, now);
  return { id: user.id, token };
}

/**
 * A user who signs in on the web with an email and password (made up unless given). The hash has
 * the fewest rounds bcrypt takes: tests need no strength, and each round doubles the time.
 */
export async function buildWebUser(
  db: Db,
  spec: UserSpec & { email?: string; password?: string },
  now: number,
): Promise<{ id: number; email: string; password: string }> {
  sequence += 1;
  const email =
    spec.email ?? `${spec.role}-${sequence}-${Math.random().toString(36).slice(2, 8)}@example.org`;
  const password = spec.password ?? `correct horse ${sequence}`;
  const user = await insertUser(
    db,
    {
      name: spec.name ?? `Web ${spec.role} ${sequence}`,
      role: spec.role,
      providerId: spec.providerId ?? null,
      providerAdmin: spec.providerAdmin ?? false,
      email,
      passwordHash: await hashPassword(password, 4),
    },
    now,
  );
  return { id: user.id, email, password };
}
