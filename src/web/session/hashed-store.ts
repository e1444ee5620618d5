import { ConnectSessionKnexStore } from 'connect-session-knex';
import type { SessionData } from 'express-session';
import { hashToken } from '../../auth/tokens';
import type { Db } from '../../db/connect';

type Callback = (err?: unknown) => void;

/**
 * The session store with each session id kept as its SHA-256 hash: the cookie carries the id, the
 * table only its hash, so a copy of web_sessions (a backup, a replica) signs nobody in. Session ids
 * are 24 random bytes, so one fast hash is enough (as for API tokens, src/auth/tokens.ts). Each
 * row also names its user, so that a user can list and end their sessions and an admin end a user's
 * (src/web/session/sessions.ts).
 */
export class HashedSessionStore extends ConnectSessionKnexStore {
  constructor(
    private readonly db: Db,
    options: Omit<ConstructorParameters<typeof ConnectSessionKnexStore>[0], 'knex'>,
  ) {
    super({ ...options, knex: db });
  }

  override get(sid: string, callback?: (err: unknown, session?: SessionData | null) => void) {
    return super.get(hashToken(sid), callback as never);
  }

  override async set(sid: string, session: SessionData, callback?: Callback) {
    try {
      await super.set(hashToken(sid), session);
      await this.db('web_sessions')
        .where({ sid: hashToken(sid) })
        .update({ user_id: session.userId ?? null });
      callback?.();
    } catch (err) {
      callback?.(err);
      if (!callback) throw err;
    }
  }

  override touch(sid: string, session: SessionData, callback?: Callback) {
    return super.touch(hashToken(sid), session, callback as never);
  }

  override destroy(sid: string, callback?: Callback) {
    return super.destroy(hashToken(sid), callback as never);
  }
}
