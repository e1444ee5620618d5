import { describe, expect, it } from 'vitest';
import { systemClock } from '../../src/clock';
import { ConfigError, loadConfig } from '../../src/config';
import { clockFromConfig, crashPoint } from '../../src/test-hooks';

const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://u@db/hcfl',
  SESSION_SECRET: 's'.repeat(40),
};

describe('test hooks (CRASH_AT, TEST_CLOCK_*)', () => {
  it('refuse to start in production, each named', () => {
    expect(() => loadConfig({ ...PRODUCTION, CRASH_AT: 'sweep-mid' })).toThrow(ConfigError);
    const all = () =>
      loadConfig({ ...PRODUCTION, CRASH_AT: 'intake-mid:2', TEST_CLOCK_SPEED: '60', TEST_CLOCK_ORIGIN: '1' });
    for (const name of ['CRASH_AT', 'TEST_CLOCK_SPEED', 'TEST_CLOCK_ORIGIN']) {
      expect(all).toThrow(`${name}: a test hook, not allowed in production`);
    }
    expect(loadConfig(PRODUCTION).testHooks).toEqual({});
  });

  it('parse outside production, and refuse an unknown crash point', () => {
    expect(loadConfig({ CRASH_AT: 'sweep-mid:3' }).testHooks.crashAt).toEqual({ point: 'sweep-mid', hit: 3 });
    expect(loadConfig({ CRASH_AT: 'intake-mid' }).testHooks.crashAt).toEqual({ point: 'intake-mid', hit: 1 });
    expect(() => loadConfig({ CRASH_AT: 'everywhere' })).toThrow(/CRASH_AT/);
    expect(loadConfig({}).testHooks).toEqual({});
  });

  it('run the clock fast from a shared origin, and do nothing when unset', () => {
    const origin = Date.now() - 1_000;
    const fast = clockFromConfig({ testHooks: { clock: { origin, speed: 3_600 } } });
    // One real second after the origin is an hour after it.
    expect(fast.now() - origin).toBeGreaterThanOrEqual(3_600_000);
    expect(clockFromConfig({ testHooks: {} })).toBe(systemClock);
    expect(() => crashPoint({ testHooks: {} }, 'sweep-mid')).not.toThrow();
    expect(() =>
      crashPoint({ testHooks: { crashAt: { point: 'intake-mid', hit: 1 } } }, 'sweep-mid'),
    ).not.toThrow();
  });
});
