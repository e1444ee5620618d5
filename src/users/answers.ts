import type { Account } from './queries';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** An account as the API answers it: instants as ISO strings. */
export function accountAnswer(account: Account) {
  return {
    ...account,
    lastSignInAt: iso(account.lastSignInAt),
    lastFailedSignInAt: iso(account.lastFailedSignInAt),
    lastLockedOutAt: iso(account.lastLockedOutAt),
  };
}
