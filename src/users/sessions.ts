import { recordAudit } from '../audit/record';
import type { Db } from '../db/connect';
import type { CommandContext } from '../performance/command';

/**
 * A user's web sessions (the web_sessions table, whose ids are stored hashed:
 * src/web/session/hashed-store.ts). A session is named by that hash, which cannot sign anyone in,
 * so it may appear in a page and a form.
 */
export interface WebSession {
  id: string;
  signedInAt: number | null;
  userAgent: string | null;
  expiresAt: number;
}

interface SessionRow {
  sid: string;
  sess: string | { signedInAt?: number; userAgent?: string };
  expired: string | Date;
}

/** The user's sessions that have not yet expired, newest first. */
export async function listSessions(db: Db, userId: number, now: number): Promise<WebSession[]> {
  const rows = (await db('web_sessions')
    .where({ user_id: userId })
    .select('sid', 'sess', 'expired')) as SessionRow[];
  return rows
    .map((row) => {
      const sess =
        typeof row.sess === 'string'
          ? (JSON.parse(row.sess) as Exclude<SessionRow['sess'], string>)
          : row.sess;
      return {
        id: row.sid,
        signedInAt: sess.signedInAt ?? null,
        userAgent: sess.userAgent ?? null,
        expiresAt: new Date(row.expired).getTime(),
      };
    })
    .filter((s) => s.expiresAt > now)
    .sort((a, b) => (b.signedInAt ?? 0) - (a.signedInAt ?? 0));
}

/** Deletes the user's sessions (all, one, or all but one); returns how many. */
export async function endSessionsOf(
  db: Db,
  userId: number,
  which: { only?: string; except?: string } = {},
): Promise<number> {
  const query = db('web_sessions').where({ user_id: userId });
  if (which.only !== undefined) query.where('sid', which.only);
  if (which.except !== undefined) query.whereNot('sid', which.except);
  return query.del();
}

/** Ends sessions of a user (their own other sessions, or an admin ending all of someone's), audited. */
export async function endSessions(
  { db, actor, now }: CommandContext,
  target: { userId: number; only?: string; except?: string },
): Promise<number> {
  return db.transaction(async (trx) => {
    const ended = await endSessionsOf(trx, target.userId, target);
    await recordAudit(trx, actor, now, {
      action: 'user.sessions.end',
      entityType: 'user',
      entityId: target.userId,
      after: {
        ended,
        ...(target.only ? { one: true } : {}),
        ...(target.except ? { keptCurrent: true } : {}),
      },
    });
    return ended;
  });
}
