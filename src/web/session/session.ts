import type { Request, RequestHandler } from 'express';
import session from 'express-session';
import type { Services } from '../../services';
import type { PendingSignIn } from '../sign-in/oidc-client';
import { HashedSessionStore } from './hashed-store';

declare module 'express-session' {
  interface SessionData {
    /** The signed-in user; its role and provider are read from the database on every request. */
    userId?: number;
    /** When the user signed in (epoch ms), and with what browser: shown on their sessions page. */
    signedInAt?: number;
    userAgent?: string;
    /** Set when the role must use a second factor and the user has none yet: every page sends them to set it up. */
    mustEnrol?: boolean;
    /** A password accepted, waiting for the second factor's code (src/web/sign-in/second-factor.ts). */
    secondFactor?: { userId: number; next?: string; at: number };
    /** A second factor being set up: the new secret, until a code from it confirms it. */
    totpEnrolment?: { secret: string; uri: string };
    /** A single sign-on under way: between the redirect to the provider and its callback. */
    oidc?: PendingSignIn;
    /** The provider's ID token of a single sign-on, sent back to it at sign-out. */
    idToken?: string;
    /** One message for the next page shown (GOV.UK notification banner). */
    flash?: { heading: string; text?: string };
  }
}

export const SESSION_COOKIE = 'hcfl.sid';
const CLEANUP_EVERY_MS = 15 * 60 * 1000;

/**
 * Sessions live in the web_sessions table (ids hashed: src/web/session/hashed-store.ts) on the service's own knex instance, so every instance
 * behind a load balancer shares them and a restart signs nobody out. The cookie carries only the
 * signed session id: httpOnly, SameSite=Lax, Secure in production; idle sessions expire after
 * WEB_SESSION_HOURS (rolling).
 */
export function webSession({ db, config, logger }: Services): RequestHandler {
  const store = new HashedSessionStore(db, {
    tableName: 'web_sessions',
    createTable: false,
    cleanupInterval: CLEANUP_EVERY_MS,
    onDbCleanupError: (err) => logger.warn({ err }, 'web session clean-up failed'),
  });
  // The store checks its table as soon as it is built; a failure there surfaces on the first
  // session read or write (as a 500), not as an unhandled rejection at start-up.
  store.ready.catch(() => undefined);
  return session({
    name: SESSION_COOKIE,
    secret: config.sessionSecret,
    store,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    proxy: config.trustProxy !== undefined,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: config.env === 'production',
      path: '/',
      maxAge: config.web.sessionHours * 3_600_000,
    },
  });
}

/**
 * Writes the session now. Call it before redirecting after a change to the session: express-session
 * saves at the response's end, but sends the redirect's headers first, and a browser follows a 303
 * as soon as it has them, so the next page could read the session without the change (a flash
 * missing, a pending sign-in not found).
 */
export const saveSession = (req: Request) =>
  new Promise<void>((resolve, reject) => req.session.save((err) => (err ? reject(err) : resolve())));
