import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { nextCronTime } from '../../src/simulation/runner/cron';
import { parsePolicy, PolicyError, readPolicyFile, resolvePolicy } from '../../src/simulation/policy';

const base = loadConfig({ NODE_ENV: 'test' });

describe('simulation policy files', () => {
  it('keeps the service configuration for everything a policy leaves out', () => {
    const resolved = resolvePolicy(parsePolicy({}), base);
    expect(resolved.config.allocation).toEqual(base.allocation);
    expect(resolved.config.performance).toEqual(base.performance);
    expect(resolved.ratesPence).toEqual({ urban: 1875, fringe: 2020, rural: 2300, isolated: 2635 });
    expect(resolved.ratesChanged).toBe(false);
  });

  it('applies windows, weights, review rules, rates, capacity strictness and primes', () => {
    const resolved = resolvePolicy(
      parsePolicy({
        name: 'rural push',
        allocation: { standardWindowMinutes: 2880, capacityMode: 'advisory' },
        score: { weights: { pickUp: 2, quality: 1, response: 1 } },
        review: { periodMonths: 2, zoneThresholds: { melton: 45 }, decision: 'leave-open' },
        ratesPence: { rural: 2500, isolated: 2900 },
        primesPerZone: { bottesford: 1 },
      }),
      base,
    );
    expect(resolved.name).toBe('rural push');
    expect(resolved.config.allocation.standardWindowMinutes).toBe(2880);
    expect(resolved.config.allocation.urgentWindowMinutes).toBe(base.allocation.urgentWindowMinutes);
    expect(resolved.config.allocation.capacityMode).toBe('advisory');
    expect(resolved.config.performance.weights).toEqual({ pickUp: 2, quality: 1, response: 1 });
    expect(resolved.config.performance.review.periodMonths).toBe(2);
    expect(resolved.config.performance.review.zoneThresholds).toEqual({ melton: 45 });
    expect(resolved.reviewDecision).toBe('leave-open');
    expect(resolved.ratesPence).toEqual({ urban: 1875, fringe: 2020, rural: 2500, isolated: 2900 });
    expect(resolved.ratesChanged).toBe(true);
    expect(resolved.primesPerZone).toEqual({ bottesford: 1 });
  });

  it('refuses unknown fields, unknown zones, bad values and primes in the rural free zone, naming each', () => {
    const attempt = () =>
      parsePolicy({
        allocation: { standardWindowMinutes: 0, colour: 'red' },
        ratesPence: { urban: 18.75 },
        primesPerZone: { 'harborough-rural': 2, atlantis: 1 },
        score: { weights: { pickUp: 0, quality: 0, response: 0 } },
      });
    expect(attempt).toThrow(PolicyError);
    expect(attempt).toThrow(/allocation\.standardWindowMinutes/);
    expect(attempt).toThrow(/allocation: Unrecognized key: "colour"/);
    expect(attempt).toThrow(/ratesPence\.urban/);
    expect(attempt).toThrow(/primesPerZone: Unrecognized key: "atlantis"/);
    // The rules across fields, each on a policy with nothing else wrong.
    expect(() => parsePolicy({ primesPerZone: { 'harborough-rural': 2 } })).toThrow(
      /primesPerZone\.harborough-rural: the rural free zone/,
    );
    expect(() => parsePolicy({ score: { weights: { pickUp: 0, quality: 0, response: 0 } } })).toThrow(
      /score\.weights: at least one weight/,
    );
  });

  it('applies the specialist round order and the hand-back settings, and the simulated notice behaviour', () => {
    const resolved = resolvePolicy(
      parsePolicy({
        allocation: { specialistRoundOrder: ['specialists', 'primes', 'supplementaries'] },
        handBack: { noticeDays: 21, rebrokerLeadDays: 7, continuityKm: 3, shortNoticeShare: 0.2 },
      }),
      base,
    );
    expect(resolved.config.allocation.roundOrder).toEqual({
      standard: base.allocation.roundOrder.standard,
      specialist: ['specialists', 'primes', 'supplementaries'],
    });
    expect(resolved.config.allocation).not.toHaveProperty('specialistRoundOrder');
    expect(resolved.config.allocation.handBack).toEqual({
      noticeDays: 21,
      rebrokerLeadDays: 7,
      continuityKm: 3,
    });
    expect(resolved.handBacks).toEqual({
      shortNoticeShare: 0.2,
      shortNoticeDays: 7,
      shortNoticeDecision: 'approve',
    });
    // Left out: the service's own settings, and every hand-back with full notice.
    const plain = resolvePolicy(parsePolicy({ handBack: { rebrokerLeadDays: null } }), base);
    expect(plain.config.allocation.handBack).toEqual({ ...base.allocation.handBack, rebrokerLeadDays: null });
    expect(plain.handBacks.shortNoticeShare).toBe(0);
  });

  it('refuses a repeated round kind, unknown hand-back fields and short notice that is not short', () => {
    expect(() => parsePolicy({ allocation: { specialistRoundOrder: ['primes', 'primes'] } })).toThrow(
      /allocation\.specialistRoundOrder: each round kind at most once/,
    );
    expect(() => parsePolicy({ allocation: { specialistRoundOrder: ['zone'] } })).toThrow(
      /allocation\.specialistRoundOrder\.0/,
    );
    expect(() => parsePolicy({ handBack: { shortNoticeShare: 1.5, grace: 2 } })).toThrow(
      /handBack\.shortNoticeShare[\s\S]*handBack: Unrecognized key: "grace"/,
    );
    const notShort = parsePolicy({ handBack: { noticeDays: 7, shortNoticeShare: 0.1, shortNoticeDays: 7 } });
    expect(() => resolvePolicy(notShort, base)).toThrow(/handBack\.shortNoticeDays/);
  });

  it('reads the example policies', () => {
    for (const file of ['specialists-first', 'short-rebroker-lead', 'short-notice']) {
      expect(() => readPolicyFile(`src/simulation/examples/${file}.json`), file).not.toThrow();
    }
  });

  it('accepts the schedules the scheduler accepts, and refuses the rest', () => {
    expect(() => parsePolicy({ score: { schedule: '0 3 * * MON-FRI' } })).not.toThrow();
    expect(() => parsePolicy({ score: { schedule: '61 * * * *' } })).toThrow(/score\.schedule/);
    expect(() => parsePolicy({ review: { schedule: '0 3 L * *' } })).toThrow(/review\.schedule/);
  });
});

describe('nextCronTime', () => {
  it('finds the next daily, weekly and every-minute tick (UTC)', () => {
    expect(new Date(nextCronTime('30 2 * * *', Date.parse('2025-04-07T03:00:00Z'))).toISOString()).toBe(
      '2025-04-08T02:30:00.000Z',
    );
    expect(new Date(nextCronTime('30 2 * * *', Date.parse('2025-04-07T02:30:00Z'))).toISOString()).toBe(
      '2025-04-07T02:30:00.000Z',
    );
    expect(new Date(nextCronTime('30 2 * * 1', Date.parse('2025-04-08T00:00:00Z'))).toISOString()).toBe(
      '2025-04-14T02:30:00.000Z',
    );
    expect(new Date(nextCronTime('* * * * *', Date.parse('2025-04-07T10:00:00.001Z'))).toISOString()).toBe(
      '2025-04-07T10:01:00.000Z',
    );
    expect(new Date(nextCronTime('*/15 8-9 * * *', Date.parse('2025-04-07T09:50:00Z'))).toISOString()).toBe(
      '2025-04-08T08:00:00.000Z',
    );
  });

  it('requires day of month and day of week both, as node-cron does (the service scheduler)', () => {
    // The first of a month that is a Monday after 2025-04-07: 2025-09-01.
    expect(new Date(nextCronTime('0 3 1 * 1', Date.parse('2025-04-07T00:00:00Z'))).toISOString()).toBe(
      '2025-09-01T03:00:00.000Z',
    );
    expect(new Date(nextCronTime('0 3 * * SUN', Date.parse('2025-04-07T00:00:00Z'))).toISOString()).toBe(
      '2025-04-13T03:00:00.000Z',
    );
  });
});
