import { z } from 'zod';
import type { Config } from './config';

/** The web pages' sessions and sign-in variables (parsed with the rest in src/config.ts). */
export const signInEnv = {
  WEB_SESSION_HOURS: z.coerce.number().min(0.25).max(720).default(8),
  SIGN_IN_FAILURES_BEFORE_DELAY: z.coerce.number().int().min(1).max(1_000).default(5),
  SIGN_IN_FAILURES_BEFORE_LOCK: z.coerce.number().int().min(1).max(1_000).default(10),
};

type SignInEnv = { [K in keyof typeof signInEnv]: z.output<(typeof signInEnv)[K]> };

/** The server-rendered pages (src/web): sessions and sign-in lock-out. */
export interface WebConfig {
  /** A web session ends after this many hours without a request. */
  sessionHours: number;
  /** Failed sign-ins to one account (per 15 minutes) before each further attempt is slowed. */
  signInFailuresBeforeDelay: number;
  /** Failed sign-ins to one account (per 15 minutes) before it is locked for the rest of the window. */
  signInFailuresBeforeLock: number;
}

export function webConfigOf(env: SignInEnv): WebConfig {
  return {
    sessionHours: env.WEB_SESSION_HOURS,
    signInFailuresBeforeDelay: env.SIGN_IN_FAILURES_BEFORE_DELAY,
    signInFailuresBeforeLock: env.SIGN_IN_FAILURES_BEFORE_LOCK,
  };
}

/**
 * What start-up should warn about without refusing to start: in production without TRUST_PROXY,
 * every client behind the load balancer seems to come from its address (docs/operations.md).
 */
export function startupWarnings(config: Config): string[] {
  if (config.env !== 'production' || config.trustProxy !== undefined) return [];
  return [
    'TRUST_PROXY is unset: behind a load balancer or proxy every client shares its address, so the ' +
      'per-address throttle of failed authentications treats them as one (docs/operations.md).',
  ];
}
