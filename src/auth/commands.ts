import type { z } from 'zod';
import { recordAudit } from '../audit/record';
import { Conflict, NotFound, Unprocessable } from '../errors';
import type { CommandContext } from '../performance/command';
import {
  anotherAdminHasApiAccess,
  emailTaken,
  findUser,
  insertUser,
  issueToken,
  liveTokenCount,
  revokeAllTokens,
  updateSignIn,
  type User,
} from './queries';
import type { NewUserSchema } from './schemas';

export interface IssuedToken {
  user: User;
  token: string;
  expiresAt: string | null;
}

const isoOrNull = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** Creates a user and its first API token in one transaction, audited. */
export async function createUserWithToken(
  { db, actor, now }: CommandContext,
  input: z.output<typeof NewUserSchema>,
  ttlDays: number,
): Promise<IssuedToken> {
  return db.transaction(async (trx) => {
    if (
      input.providerId !== undefined &&
      !(await trx('providers').where({ id: input.providerId }).first('id'))
    ) {
      throw new Unprocessable('unknown-provider', `No provider with id ${input.providerId}.`);
    }
    if (input.email !== undefined && (await emailTaken(trx, input.email))) {
      throw new Unprocessable('email-taken', 'Another user already has this email address.');
    }
    const user = await insertUser(trx, { ...input, providerId: input.providerId ?? null }, now);
    await recordAudit(trx, actor, now, {
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      after: user,
    });
    const { token, expiresAt } = await issueToken(trx, { userId: user.id, label: 'api', ttlDays }, now);
    await recordAudit(trx, actor, now, {
      action: 'token.issue',
      entityType: 'user',
      entityId: user.id,
      after: { expiresAt: isoOrNull(expiresAt) },
    });
    return { user, token, expiresAt: isoOrNull(expiresAt) };
  });
}

/** Issues another token for an existing user (e.g. after revoking a lost one). */
export async function issueUserToken({ db, actor, now }: CommandContext, userId: number, ttlDays: number) {
  return db.transaction(async (trx) => {
    if (!(await findUser(trx, userId))) throw new NotFound('user-not-found', `No user ${userId}.`);
    const { token, expiresAt } = await issueToken(trx, { userId, label: 'api', ttlDays }, now);
    await recordAudit(trx, actor, now, {
      action: 'token.issue',
      entityType: 'user',
      entityId: userId,
      after: { expiresAt: isoOrNull(expiresAt) },
    });
    return { token, expiresAt: isoOrNull(expiresAt) };
  });
}

/**
 * Revokes every live token of a user; returns how many were revoked. Refused when the user is the
 * last enabled admin holding a live token: afterwards no one could create users or issue tokens
 * through the API, only on the server (npm run user:create).
 */
export async function revokeUserTokens({ db, actor, now }: CommandContext, userId: number): Promise<number> {
  return db.transaction(async (trx) => {
    const user = await findUser(trx, userId);
    if (!user) throw new NotFound('user-not-found', `No user ${userId}.`);
    if (
      user.role === 'admin' &&
      (await liveTokenCount(trx, userId, now)) > 0 &&
      !(await anotherAdminHasApiAccess(trx, userId, now))
    ) {
      throw new Conflict(
        'last-admin-access',
        `User ${userId} is the only administrator with a live API token: revoking it would leave no one able to manage users through the API. Issue a token to another administrator first.`,
        { title: "Cannot revoke the last administrator's API access" },
      );
    }
    const revoked = await revokeAllTokens(trx, userId, now);
    await recordAudit(trx, actor, now, {
      action: 'token.revoke-all',
      entityType: 'user',
      entityId: userId,
      after: { revoked },
    });
    return revoked;
  });
}

/** Sets a user's web sign-in: its email (when given) and password hash, audited without either secret. */
export async function setSignIn(
  { db, actor, now }: CommandContext,
  target: { userId: number; email?: string; passwordHash: string },
): Promise<void> {
  await db.transaction(async (trx) => {
    const user = await findUser(trx, target.userId);
    if (!user) throw new NotFound('user-not-found', `No user ${target.userId}.`);
    await updateSignIn(trx, target.userId, { passwordHash: target.passwordHash, email: target.email });
    await recordAudit(trx, actor, now, {
      action: 'user.sign-in.set',
      entityType: 'user',
      entityId: target.userId,
      before: { email: user.email },
      after: { email: target.email ?? user.email, password: 'changed' },
    });
  });
}
