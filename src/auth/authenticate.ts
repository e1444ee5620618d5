import type { Request } from 'express';
import type { Db } from '../db/connect';
import { findUserByToken } from './queries';
import type { Actor } from './roles';
import { looksLikeToken } from './tokens';

/** The actor behind a request's bearer token, or undefined when there is none or it is not live. */
export function bearerActorResolver(db: Db, now: () => number) {
  return async (req: Request): Promise<Actor | undefined> => {
    const header = req.get('authorization');
    const match = header?.match(/^Bearer\s+(\S+)$/i);
    const token = match?.[1];
    if (!token || !looksLikeToken(token)) return undefined;
    const user = await findUserByToken(db, token, now());
    if (!user) return undefined;
    return { userId: user.id, role: user.role, providerId: user.providerId, requestId: String(req.id ?? '') };
  };
}
