import type { Request } from 'express';
import type { Db } from '../db/connect';
import type { RouteAuthentication } from '../http/mount';
import type { Services } from '../services';
import { failureDeps } from './failures';
import { findUserByToken } from './queries';
import type { Actor } from './roles';
import { countFailedCredentials, sendTooManyFailures } from './throttle';
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
    return {
      userId: user.id,
      role: user.role,
      providerId: user.providerId,
      providerAdmin: user.providerAdmin,
      requestId: String(req.id ?? ''),
    };
  };
}

/**
 * The API's bearer-token authentication. Only a request that presents credentials and fails is
 * counted against its address (src/auth/throttle.ts); one without an Authorization header gets
 * its 401 without touching the database.
 */
export function bearerAuthentication(services: Services): RouteAuthentication {
  const deps = failureDeps(services);
  const limits = {
    failuresBeforeDelay: services.config.authFailuresBeforeDelay,
    failuresBeforeBlock: services.config.authFailuresBeforeBlock,
  };
  return {
    resolveActor: bearerActorResolver(services.db, services.clock.now),
    async answerFailure(req, res) {
      if (req.get('authorization') === undefined) return false;
      const counted = await countFailedCredentials(deps, req, { limits });
      if (!counted.refused) return false;
      sendTooManyFailures(req, res, counted.retryAfterSeconds);
      return true;
    },
  };
}
