import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { slowDown } from 'express-slow-down';
import { problemType, sendProblem } from '../http/problem';

const WINDOW_MS = 15 * 60 * 1000;

// Only failed authentications count: a busy but honest client is never slowed.
const countsAsSuccess = (_req: unknown, res: { statusCode: number }) => res.statusCode !== 401;

/**
 * Repeated failed authentication from one address is first slowed down, then refused.
 * Counters are per instance (memory store): behind a load balancer each instance throttles alone.
 */
export function authThrottle(options: { failuresBeforeDelay: number; failuresBeforeBlock: number }): RequestHandler[] {
  return [
    rateLimit({
      windowMs: WINDOW_MS,
      limit: options.failuresBeforeBlock,
      skipSuccessfulRequests: true,
      requestWasSuccessful: countsAsSuccess,
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      handler: (req, res) =>
        sendProblem(res, {
          type: problemType('too-many-failed-authentications'),
          status: 429,
          detail: 'Too many failed sign-in attempts from this address. Try again in 15 minutes.',
          requestId: String(req.id ?? ''),
        }),
    }),
    slowDown({
      windowMs: WINDOW_MS,
      delayAfter: options.failuresBeforeDelay,
      delayMs: (used) => (used - options.failuresBeforeDelay) * 250,
      maxDelayMs: 5_000,
      skipSuccessfulRequests: true,
      requestWasSuccessful: countsAsSuccess,
    }),
  ];
}
