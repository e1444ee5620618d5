import type { RequestHandler } from 'express';
import { problemType, sendProblem } from '../http/problem';
import { failureThrottle, type FailureDeps } from './failures';

/**
 * Repeated failed authentication from one address is first slowed down (a quarter of a second more
 * for each failure past the allowance, up to 5 s), then refused with 429 until the failures are
 * 15 minutes old. Counted in the database (src/auth/failures.ts), across instances.
 */
export function authThrottle(
  deps: FailureDeps,
  options: { failuresBeforeDelay: number; failuresBeforeBlock: number },
): RequestHandler {
  return failureThrottle(deps, {
    keyOf: (req) => `address:${req.ip ?? ''}`,
    failuresBeforeDelay: options.failuresBeforeDelay,
    delayStepMs: 250,
    maxDelayMs: 5_000,
    failuresBeforeBlock: options.failuresBeforeBlock,
    onBlocked: (req, res, retryAfterSeconds) =>
      sendProblem(res, {
        type: problemType('too-many-failed-authentications'),
        status: 429,
        detail: `Too many failed sign-in attempts from this address. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
        requestId: String(req.id ?? ''),
      }),
  });
}
