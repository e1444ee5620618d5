import { recordAudit } from '../audit/record';
import { findUserByEmail, updateSignIn } from '../auth/queries';
import type { Role } from '../auth/roles';
import { NotFound } from '../errors';
import { notify } from '../notifications/notify';
import type { CommandContext } from '../performance/command';
import { createLink, findLiveLink, latestLinkAt, useLink, type AccountLinkPurpose } from './links';
import { endSessionsOf } from './sessions';

/** A reset is emailed at most this often per user, so that the form cannot flood someone's inbox. */
const RESET_AT_MOST_EVERY_MS = 60_000;

/**
 * "Forgot your password": emails the user a single-use link to choose a new one, when the address
 * belongs to an active user who signs in with a password. The caller answers the same whatever
 * happens here, so the form does not reveal which addresses have accounts. Audited when sent.
 */
export async function requestPasswordReset(
  { db, actor, now }: CommandContext,
  request: { email: string; resetMinutes: number; passwordSignInRoles: readonly Role[] },
): Promise<void> {
  await db.transaction(async (trx) => {
    const user = await findUserByEmail(trx, request.email);
    if (!user || !request.passwordSignInRoles.includes(user.role)) return;
    const latest = await latestLinkAt(trx, user.id, 'password-reset');
    if (latest !== null && now - latest < RESET_AT_MOST_EVERY_MS) return;
    const link = await createLink(
      trx,
      { userId: user.id, purpose: 'password-reset', ttlMs: request.resetMinutes * 60_000 },
      now,
    );
    await notify(trx, { type: 'account.link', purpose: 'password-reset', userId: user.id, ...link }, now);
    await recordAudit(trx, actor, now, {
      action: 'user.password-reset.request',
      entityType: 'user',
      entityId: user.id,
      after: { linkExpiresAt: link.expiresAt },
    });
  });
}

/**
 * Sets the password of the user a live link belongs to, and uses the link up (once, even when two
 * requests race). The user's web sessions end (whoever knew the old password is signed out) and
 * its failed sign-ins are forgotten. Audited without the password.
 */
export async function setPasswordFromLink(
  { db, actor, now }: CommandContext,
  input: { token: string; passwordHash: string },
): Promise<{ userId: number; purpose: AccountLinkPurpose }> {
  return db.transaction(async (trx) => {
    const link = await findLiveLink(trx, input.token, now);
    if (!link || !(await useLink(trx, link.id, now))) {
      throw new NotFound('link-not-valid', 'This link has expired or has already been used.');
    }
    await updateSignIn(trx, link.userId, { passwordHash: input.passwordHash });
    await trx('users').where({ id: link.userId }).update({ failed_sign_ins: 0 });
    await endSessionsOf(trx, link.userId);
    await recordAudit(trx, { ...actor, userId: actor.userId ?? link.userId }, now, {
      action: 'user.password.set',
      entityType: 'user',
      entityId: link.userId,
      after: { password: 'changed', by: link.purpose },
    });
    return { userId: link.userId, purpose: link.purpose };
  });
}
