import type { Request, RequestHandler, Response } from 'express';
import { failureThrottle, type FailureDeps } from '../../auth/failures';

const accountKey = (req: Request) => {
  const email = (req.body as Record<string, unknown> | undefined)?.email;
  return `sign-in:${typeof email === 'string' ? email.trim().toLowerCase() : ''}`;
};

/**
 * Lock-out per account, on top of the per-address throttle every 401 already passes through
 * (src/auth/throttle.ts): after `failuresBeforeDelay` failed sign-ins to one email in 15 minutes
 * each further attempt is slowed (half a second more each time, up to 10 s), and after
 * `failuresBeforeLock` the account is locked until those failures are 15 minutes old. Guessing one
 * account's password from many addresses, or through many instances, is slowed as much as from one.
 */
export function signInThrottle(
  deps: FailureDeps,
  options: {
    failuresBeforeDelay: number;
    failuresBeforeLock: number;
    onLocked: (req: Request, res: Response) => void;
  },
): RequestHandler {
  return failureThrottle(deps, {
    keyOf: accountKey,
    failuresBeforeDelay: options.failuresBeforeDelay,
    delayStepMs: 500,
    maxDelayMs: 10_000,
    failuresBeforeBlock: options.failuresBeforeLock,
    onBlocked: (req, res) => options.onLocked(req, res),
  });
}
