import type { Db } from '../db/connect';
import type { Services } from '../services';

/** Failures count for this long (a sliding window). */
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;

/** How failures against one key (an address, an account) are answered. */
export interface FailureLimits {
  /** After this many failures in the window, each further attempt waits `delayStepMs` more… */
  failuresBeforeDelay: number;
  delayStepMs: number;
  maxDelayMs: number;
  /** …and after this many it is refused until the oldest failure leaves the window. */
  failuresBeforeBlock: number;
}

export interface FailureDeps {
  db: Db;
  now: () => number;
}

/** Where a key stands: refused (and for how long), or let through after `delayMs`. */
export type FailureStanding =
  { blocked: true; retryAfterSeconds: number } | { blocked: false; delayMs: number };

/**
 * The standing of a key, from the failures stored in `auth_failures`: every instance behind a load
 * balancer sees the same count. Callers ask only when a request presents credentials (a token, a
 * password), so requests without any never cost a database read.
 */
export async function failureStanding(
  deps: FailureDeps,
  key: string,
  limits: FailureLimits,
): Promise<FailureStanding> {
  const now = deps.now();
  const row = await deps
    .db('auth_failures')
    .where('key', key)
    .where('at', '>', now - FAILURE_WINDOW_MS)
    .first(deps.db.raw('count(*) as count'), deps.db.raw('min(at) as oldest'));
  const count = Number(row?.count ?? 0);
  if (count >= limits.failuresBeforeBlock) {
    const oldest = row?.oldest == null ? now : Number(row.oldest);
    return {
      blocked: true,
      retryAfterSeconds: Math.max(1, Math.ceil((oldest + FAILURE_WINDOW_MS - now) / 1000)),
    };
  }
  // This attempt is number count + 1 in the window: the first one past the allowance waits one step.
  const over = count + 1 - limits.failuresBeforeDelay;
  return { blocked: false, delayMs: over > 0 ? Math.min(limits.maxDelayMs, over * limits.delayStepMs) : 0 };
}

/**
 * Stores one failure against each key, before the answer is sent, so the next request, wherever it
 * lands, already counts it. Older rows no longer count and the retention job deletes them.
 */
export async function recordFailure(deps: FailureDeps, keys: readonly string[]): Promise<void> {
  const at = deps.now();
  await deps.db('auth_failures').insert(keys.map((key) => ({ key, at })));
}

export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The throttles' dependencies from the service's own (the clock is the service's, so tests can move it). */
export function failureDeps(services: Pick<Services, 'db' | 'clock'>): FailureDeps {
  return { db: services.db, now: () => services.clock.now() };
}

/** Deletes failures that no longer count (the retention job), including those of keys that stopped failing. */
export async function pruneFailures(db: Db, now: number): Promise<number> {
  return db('auth_failures')
    .where('at', '<=', now - FAILURE_WINDOW_MS)
    .del();
}
