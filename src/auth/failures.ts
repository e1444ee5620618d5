import type { Request, RequestHandler, Response } from 'express';
import type { Db } from '../db/connect';
import type { Services } from '../services';

/** Failures count for this long (a sliding window). */
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;

export interface FailureThrottleOptions {
  /** What failures are counted against: an address, an account. */
  keyOf: (req: Request) => string;
  /** After this many failures in the window, each further request waits `delayStepMs` more… */
  failuresBeforeDelay: number;
  delayStepMs: number;
  maxDelayMs: number;
  /** …and after this many it is refused, by `onBlocked`. */
  failuresBeforeBlock: number;
  onBlocked: (req: Request, res: Response, retryAfterSeconds: number) => void;
}

export interface FailureDeps {
  db: Db;
  now: () => number;
  onError: (err: unknown) => void;
}

/**
 * Slows, then refuses, whoever keeps failing to authenticate: only answers of 401 count, so a busy
 * but honest client is never slowed. The failures are rows in `auth_failures`, so every instance
 * behind a load balancer sees the same count. A 401 is recorded before it is sent, so the next
 * request, wherever it lands, already counts it.
 */
export function failureThrottle(deps: FailureDeps, options: FailureThrottleOptions): RequestHandler {
  return (req, res, next) => {
    const key = options.keyOf(req);
    const now = deps.now();
    recentFailures(deps.db, key, now)
      .then(({ count, oldest }) => {
        if (count >= options.failuresBeforeBlock) {
          const retryAfter = Math.max(1, Math.ceil(((oldest ?? now) + FAILURE_WINDOW_MS - now) / 1000));
          res.set('Retry-After', String(retryAfter));
          return options.onBlocked(req, res, retryAfter);
        }
        recordBeforeSending(deps, res, key);
        // This request is number count + 1 in the window: the first one past the allowance waits one step.
        const over = count + 1 - options.failuresBeforeDelay;
        const delay = over > 0 ? Math.min(options.maxDelayMs, over * options.delayStepMs) : 0;
        if (delay > 0) setTimeout(next, delay);
        else next();
      })
      .catch(next);
  };
}

async function recentFailures(
  db: Db,
  key: string,
  now: number,
): Promise<{ count: number; oldest: number | null }> {
  const row = await db('auth_failures')
    .where('key', key)
    .where('at', '>', now - FAILURE_WINDOW_MS)
    .first(db.raw('count(*) as count'), db.raw('min(at) as oldest'));
  return { count: Number(row?.count ?? 0), oldest: row?.oldest == null ? null : Number(row.oldest) };
}

/** Holds back a 401 until its failure is stored; other answers go out untouched. */
function recordBeforeSending(deps: FailureDeps, res: Response, key: string): void {
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  res.end = ((...args: unknown[]) => {
    if (res.statusCode !== 401) return end(...args);
    // Older rows no longer count (the read looks only inside the window) and the retention job
    // deletes them; a blocked key adds none, as its requests are refused before they can fail.
    deps
      .db('auth_failures')
      .insert({ key, at: deps.now() })
      .catch(deps.onError)
      .finally(() => end(...args));
    return res;
  }) as Response['end'];
}

/** The throttles' dependencies from the service's own (the clock is the service's, so tests can move it). */
export function failureDeps(services: Pick<Services, 'db' | 'clock' | 'logger'>): FailureDeps {
  return {
    db: services.db,
    now: () => services.clock.now(),
    onError: (err) => services.logger.error({ err }, 'could not record a failed authentication'),
  };
}

/** Deletes failures that no longer count (the retention job), including those of keys that stopped failing. */
export async function pruneFailures(db: Db, now: number): Promise<number> {
  return db('auth_failures')
    .where('at', '<=', now - FAILURE_WINDOW_MS)
    .del();
}
