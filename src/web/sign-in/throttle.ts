import type { Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { slowDown } from 'express-slow-down';

const WINDOW_MS = 15 * 60 * 1000;

/** Failed sign-ins are answered 401; anything else (success, a form error) does not count. */
const notAFailure = (_req: Request, res: Response) => res.statusCode !== 401;

const accountKey = (req: Request) => {
  const email = (req.body as Record<string, unknown> | undefined)?.email;
  return `sign-in:${typeof email === 'string' ? email.trim().toLowerCase() : ''}`;
};

/**
 * Lock-out per account, on top of the per-address throttle every 401 already passes through
 * (src/auth/throttle.ts): after `failuresBeforeDelay` failed sign-ins to one email in 15 minutes
 * each further attempt is slowed (half a second more each time, up to 10 s), and after
 * `failuresBeforeLock` the account is locked for the rest of the window. Guessing one
 * account's password from many addresses is slowed as much as from one.
 * Counters are per instance (memory store), as for the API's throttle.
 */
export function signInThrottle(options: {
  failuresBeforeDelay: number;
  failuresBeforeLock: number;
  onLocked: RequestHandler;
}): RequestHandler[] {
  return [
    rateLimit({
      windowMs: WINDOW_MS,
      limit: options.failuresBeforeLock,
      keyGenerator: accountKey,
      skipSuccessfulRequests: true,
      requestWasSuccessful: notAFailure,
      standardHeaders: false,
      legacyHeaders: false,
      handler: options.onLocked,
    }),
    slowDown({
      windowMs: WINDOW_MS,
      delayAfter: options.failuresBeforeDelay,
      delayMs: (used) => (used - options.failuresBeforeDelay) * 500,
      maxDelayMs: 10_000,
      keyGenerator: accountKey,
      skipSuccessfulRequests: true,
      requestWasSuccessful: notAFailure,
    }),
  ];
}
