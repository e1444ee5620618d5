import { randomBytes } from 'node:crypto';
import { hashToken } from '../auth/tokens';
import type { Db } from '../db/connect';

/** A single-use link to set a password: sent to a new user (an invitation) or on request (a reset). */
export type AccountLinkPurpose = 'invitation' | 'password-reset';

export interface LiveLink {
  id: number;
  userId: number;
  purpose: AccountLinkPurpose;
  expiresAt: number;
}

/**
 * Makes a link's token (32 random bytes) and keeps only its SHA-256 hash; earlier unused links of the
 * same user and purpose stop working, so only the newest email's link does.
 */
export async function createLink(
  db: Db,
  link: { userId: number; purpose: AccountLinkPurpose; ttlMs: number },
  now: number,
): Promise<{ token: string; expiresAt: number }> {
  await db('account_links')
    .where({ user_id: link.userId, purpose: link.purpose })
    .whereNull('used_at')
    .update({ used_at: now });
  const token = randomBytes(32).toString('base64url');
  const expiresAt = now + link.ttlMs;
  await db('account_links').insert({
    user_id: link.userId,
    purpose: link.purpose,
    token_hash: hashToken(token),
    created_at: now,
    expires_at: expiresAt,
  });
  return { token, expiresAt };
}

/** The link a token opens: unused, unexpired, of a user not deactivated; undefined otherwise. */
export async function findLiveLink(db: Db, token: string, now: number): Promise<LiveLink | undefined> {
  if (token.length < 20 || token.length > 100) return undefined;
  const row = (await db('account_links as l')
    .join('users as u', 'u.id', 'l.user_id')
    .where('l.token_hash', hashToken(token))
    .whereNull('l.used_at')
    .where('l.expires_at', '>', now)
    .whereNull('u.disabled_at')
    .first('l.id', 'l.user_id', 'l.purpose', 'l.expires_at')) as
    { id: number; user_id: number; purpose: AccountLinkPurpose; expires_at: number } | undefined;
  return row
    ? {
        id: Number(row.id),
        userId: Number(row.user_id),
        purpose: row.purpose,
        expiresAt: Number(row.expires_at),
      }
    : undefined;
}

/** Marks the link used, once: false when another request used it first. */
export async function useLink(db: Db, id: number, now: number): Promise<boolean> {
  return (await db('account_links').where({ id }).whereNull('used_at').update({ used_at: now })) === 1;
}

/** When the user's latest link of this purpose was made (to send resets at most once a minute). */
export async function latestLinkAt(
  db: Db,
  userId: number,
  purpose: AccountLinkPurpose,
): Promise<number | null> {
  const row = await db('account_links').where({ user_id: userId, purpose }).max('created_at as at').first();
  return row?.at == null ? null : Number(row.at);
}
