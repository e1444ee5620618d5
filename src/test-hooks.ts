import { systemClock, type Clock } from './clock';
import type { Config, Env } from './config';

/**
 * Hooks the reliability tests (test/reliability) drive through the environment. Config refuses
 * every one of them in production, so in production these are no-ops that cost one property read.
 */

export type CrashPoint = 'sweep-mid' | 'intake-mid' | 'fan-out-mid' | 'delivery-mid';

/** Hooks for the reliability tests; always empty in production. */
export interface TestHooks {
  /** Kill the process (SIGKILL) the n-th time execution reaches this point, inside its transaction. */
  crashAt?: { point: CrashPoint; hit: number };
  /** now = origin + (real now − origin) × speed: a simulated day in a minute, shared by several processes. */
  clock?: { origin: number; speed: number };
}

// Per process, on purpose: "the n-th time this process reaches the point".
const hits = new Map<CrashPoint, number>();

/**
 * CRASH_AT=<point>[:n]: the n-th time execution reaches `point` the process is killed with SIGKILL,
 * as a power cut or an OOM kill would: no handler runs, the open transaction never commits.
 */
export function crashPoint(config: Pick<Config, 'testHooks'>, point: CrashPoint): void {
  const crash = config.testHooks.crashAt;
  if (crash?.point !== point) return;
  const n = (hits.get(point) ?? 0) + 1;
  hits.set(point, n);
  if (n >= crash.hit) process.kill(process.pid, 'SIGKILL');
}

/**
 * The service's clock: the system clock, or with TEST_CLOCK_SPEED a fast one that several processes
 * share (same TEST_CLOCK_ORIGIN), so a day of offer windows passes in a minute.
 */
export function clockFromConfig(config: Pick<Config, 'testHooks'>): Clock {
  const fast = config.testHooks.clock;
  if (!fast) return systemClock;
  return { now: () => Math.round(fast.origin + (Date.now() - fast.origin) * fast.speed) };
}

/** The hooks CRASH_AT, TEST_CLOCK_SPEED and TEST_CLOCK_ORIGIN ask for (src/config.ts; never in production). */
export function testHooksOf(env: Env): TestHooks {
  const [point, hit] = env.CRASH_AT?.split(':') ?? [];
  return {
    ...(point
      ? { crashAt: { point: point as NonNullable<TestHooks['crashAt']>['point'], hit: Number(hit ?? 1) } }
      : {}),
    ...(env.TEST_CLOCK_SPEED !== undefined
      ? { clock: { origin: env.TEST_CLOCK_ORIGIN ?? Date.now(), speed: env.TEST_CLOCK_SPEED } }
      : {}),
  };
}
