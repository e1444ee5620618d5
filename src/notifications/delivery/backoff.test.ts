import { describe, expect, it } from 'vitest';
import { BACKOFF_CAP_MS, nextAttempt } from './backoff';

const DAY = 86_400_000;

describe('nextAttempt', () => {
  it('waits twice as long after each failure, with jitter of up to half', () => {
    const waits = [1, 2, 3, 4].map((attempts) => {
      const low = nextAttempt({ attempts, now: 0, createdAt: 0, retryMs: DAY, random: () => 0 });
      const high = nextAttempt({ attempts, now: 0, createdAt: 0, retryMs: DAY, random: () => 0.999_999 });
      return [(low as { retryAt: number }).retryAt, (high as { retryAt: number }).retryAt];
    });
    expect(waits).toEqual([
      [15_000, 30_000],
      [30_000, 60_000],
      [60_000, 120_000],
      [120_000, 240_000],
    ]);
  });

  it('never waits more than the cap', () => {
    const next = nextAttempt({
      attempts: 40,
      now: 0,
      createdAt: 0,
      retryMs: 10 * DAY,
      random: () => 0.999_999,
    });
    expect((next as { retryAt: number }).retryAt).toBeLessThanOrEqual(BACKOFF_CAP_MS);
  });

  it('gives up once the next try would fall after the retry period (a dead letter)', () => {
    const now = DAY - 10_000;
    expect(nextAttempt({ attempts: 3, now, createdAt: 0, retryMs: DAY, random: () => 0.5 })).toEqual({
      dead: true,
    });
    expect(nextAttempt({ attempts: 3, now: 1_000, createdAt: 0, retryMs: DAY, random: () => 0.5 })).toEqual({
      retryAt: 1_000 + 90_000,
    });
  });
});
