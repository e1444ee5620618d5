import type { Request } from 'express';
import { failureStanding, pause, type FailureDeps, type FailureStanding } from '../../auth/failures';
import { countFailedCredentials, type AddressLimits } from '../../auth/throttle';

export const accountKey = (email: string) => `sign-in:${email.trim().toLowerCase()}`;

export interface SignInLimits {
  address: AddressLimits;
  failuresBeforeDelay: number;
  failuresBeforeLock: number;
}

/**
 * Lock-out per account (as it always was): after `failuresBeforeDelay` failed sign-ins to one email
 * in 15 minutes each further attempt is slowed (half a second more each time, up to 10 s), and
 * after `failuresBeforeLock` the account is locked, even to the right password, until those
 * failures are 15 minutes old. Guessing one account's password from many addresses, or through
 * many instances, is slowed as much as from one. Waits out the delay unless locked.
 */
export async function accountStanding(
  deps: FailureDeps,
  email: string,
  limits: SignInLimits,
): Promise<FailureStanding> {
  const standing = await failureStanding(deps, accountKey(email), {
    failuresBeforeDelay: limits.failuresBeforeDelay,
    delayStepMs: 500,
    maxDelayMs: 10_000,
    failuresBeforeBlock: limits.failuresBeforeLock,
  });
  if (!standing.blocked) await pause(standing.delayMs);
  return standing;
}

/** A wrong password: counted against the account and the address (src/auth/throttle.ts). */
export function countFailedSignIn(deps: FailureDeps, req: Request, email: string, limits: SignInLimits) {
  return countFailedCredentials(deps, req, { limits: limits.address, alsoCount: [accountKey(email)] });
}
