import { describe, expect, it } from 'vitest';
import type { ZoneFacts } from './model';
import { capacityAge, coverageWarnings, cqcRatingsRefusal, zoneRoleRefusal } from './policy';

const harboroughRural: ZoneFacts = {
  id: 'harborough-rural',
  name: 'Harborough Rural',
  sizeClass: 'rural-free',
  hasPrimes: false,
  minPrimes: 0,
  minProviders: 2,
};
const bottesford: ZoneFacts = {
  id: 'bottesford',
  name: 'Bottesford',
  sizeClass: 'small-town',
  hasPrimes: true,
  minPrimes: 2,
  minProviders: 2,
};

describe('zoneRoleRefusal', () => {
  it('refuses a prime in the rural free zone, saying why', () => {
    const refusal = zoneRoleRefusal(harboroughRural, 'prime');
    expect(refusal?.code).toBe('rural-free-zone-has-no-primes');
    expect(refusal?.message).toMatch(/rural free zone/);
    expect(refusal?.message).toMatch(/supplementary/);
  });

  it('allows supplementaries there, and either role in a zone with primes', () => {
    expect(zoneRoleRefusal(harboroughRural, 'supplementary')).toBeUndefined();
    expect(zoneRoleRefusal(bottesford, 'prime')).toBeUndefined();
    expect(zoneRoleRefusal(bottesford, 'supplementary')).toBeUndefined();
  });
});

describe('cqcRatingsRefusal', () => {
  it('accepts all unrated or all rated', () => {
    expect(
      cqcRatingsRefusal({ overall: 'not-yet-rated', safe: 'not-yet-rated', wellLed: 'not-yet-rated' }),
    ).toBeUndefined();
    expect(
      cqcRatingsRefusal({ overall: 'good', safe: 'requires-improvement', wellLed: 'good' }),
    ).toBeUndefined();
  });

  it('refuses a mix of unrated and rated', () => {
    expect(cqcRatingsRefusal({ overall: 'good', safe: 'not-yet-rated', wellLed: 'good' })?.code).toBe(
      'inconsistent-cqc-ratings',
    );
  });
});

describe('capacityAge', () => {
  const day = 86_400_000;
  const declared = Date.parse('2026-01-01T09:00:00Z');

  it('counts whole days and is not stale at exactly the stale period', () => {
    expect(capacityAge(declared, declared + 14 * day, 14)).toEqual({ ageDays: 14, stale: false });
  });

  it('is stale once older than the period', () => {
    expect(capacityAge(declared, declared + 14 * day + 1, 14)).toEqual({ ageDays: 14, stale: true });
    expect(capacityAge(declared, declared + 15 * day, 14)).toEqual({ ageDays: 15, stale: true });
  });

  it('treats a declaration from the future (clock skew) as age 0', () => {
    expect(capacityAge(declared, declared - 1000, 14)).toEqual({ ageDays: 0, stale: false });
  });
});

describe('coverageWarnings', () => {
  it('warns when a zone is below its minimum primes or providers', () => {
    const warnings = coverageWarnings(bottesford, { primes: 1, providers: 1 });
    expect(warnings.map((w) => [w.code, w.required, w.actual])).toEqual([
      ['below-minimum-primes', 2, 1],
      ['below-minimum-providers', 2, 1],
    ]);
    expect(warnings[0]?.message).toMatch(/Bottesford has 1 active prime provider;/);
  });

  it('says nothing at the minimum (Bottesford sits exactly at 2)', () => {
    expect(coverageWarnings(bottesford, { primes: 2, providers: 2 })).toEqual([]);
  });

  it('never asks the rural free zone for primes', () => {
    expect(coverageWarnings(harboroughRural, { primes: 0, providers: 3 })).toEqual([]);
    expect(coverageWarnings(harboroughRural, { primes: 0, providers: 1 }).map((w) => w.code)).toEqual([
      'below-minimum-providers',
    ]);
  });
});
