import type { Request, Response } from 'express';
import { problemType, sendProblem } from '../http/problem';
import { failureStanding, pause, recordFailure, type FailureDeps, type FailureLimits } from './failures';

/** The per-address limits, from the configuration (AUTH_FAILURES_BEFORE_DELAY, AUTH_FAILURES_BEFORE_BLOCK). */
export interface AddressLimits {
  failuresBeforeDelay: number;
  failuresBeforeBlock: number;
}

export const addressKey = (req: Request) => `address:${req.ip ?? ''}`;

const addressLimits = (limits: AddressLimits): FailureLimits => ({
  ...limits,
  delayStepMs: 250,
  maxDelayMs: 5_000,
});

/**
 * Called only once a request's credentials (a token, a password) have failed, never before: a
 * request with valid credentials is never refused because of other requests' failures from the
 * same address (everyone in an office behind one proxy shares it), and a request without any
 * credentials costs no database read. Past the allowance each failure is slowed (a quarter of a
 * second more each time, up to 5 s); past the limit the address is refused until its failures are
 * 15 minutes old. Returns false when refused (the caller answers 429); otherwise the failure is
 * stored against the address and `alsoCount` keys (an account) and the delay has been waited out.
 */
export async function countFailedCredentials(
  deps: FailureDeps,
  req: Request,
  options: { limits: AddressLimits; alsoCount?: readonly string[] },
): Promise<{ refused: true; retryAfterSeconds: number } | { refused: false }> {
  const key = addressKey(req);
  const standing = await failureStanding(deps, key, addressLimits(options.limits));
  if (standing.blocked) return { refused: true, retryAfterSeconds: standing.retryAfterSeconds };
  await recordFailure(deps, [key, ...(options.alsoCount ?? [])]);
  await pause(standing.delayMs);
  return { refused: false };
}

/** The API's 429 for an address past its limit of failed authentications. */
export function sendTooManyFailures(req: Request, res: Response, retryAfterSeconds: number): void {
  res.set('Retry-After', String(retryAfterSeconds));
  sendProblem(res, {
    type: problemType('too-many-failed-authentications'),
    status: 429,
    detail: `Too many failed authentications from this address. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes, with valid credentials at any time.`,
    requestId: String(req.id ?? ''),
  });
}
