import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BIDDER_TYPES, bidsByZone } from '../../../seeds/demo/bids-2021';
import { keyQuestionsConsistent } from '../../../seeds/demo/cqc';
import {
  buildDemoFramework,
  DEMO_PRIMES_BY_SIZE_CLASS,
  type DemoFramework,
} from '../../../seeds/demo/framework';
import { isConnected } from '../../../seeds/demo/zone-neighbours';
import { ZONE_CATALOGUE } from '../../../src/zones/catalogue';

const demo = buildDemoFramework();

function zonesOf(framework: DemoFramework, providerKey: string): string[] {
  return framework.memberships.filter((m) => m.providerKey === providerKey).map((m) => m.zoneId);
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** The rules every seed must keep; the seed only moves things around inside them. */
function expectAwardShape(framework: DemoFramework): void {
  const { providers, memberships } = framework;
  // 49 providers (HC21 ¶17), 206 memberships (HC21 ¶20), each zone its 2021 count.
  expect(providers).toHaveLength(49);
  expect(memberships).toHaveLength(206);
  const perZone = countBy(memberships, (m) => m.zoneId);
  for (const zone of ZONE_CATALOGUE) expect(perZone[zone.id], zone.id).toBe(zone.successfulBids2021);

  // No provider twice in a zone; every provider somewhere; each provider's zones one patch of the map.
  expect(new Set(memberships.map((m) => `${m.providerKey}|${m.zoneId}`)).size).toBe(memberships.length);
  for (const provider of providers) {
    const zones = zonesOf(framework, provider.key);
    expect(zones.length, provider.key).toBeGreaterThan(0);
    expect(isConnected(zones), `${provider.key}: ${zones.join(', ')}`).toBe(true);
  }

  // HTLAH types 7/8/16/1 + 17 new (HC21 ¶17), and each zone's split by type as HC21 ¶20.
  expect(countBy(providers, (p) => p.legacyType ?? 'new')).toEqual({
    lead: 7,
    supplementary: 8,
    contingency: 16,
    exception: 1,
    new: 17,
  });
  expect(providers.filter((p) => p.htlahIncumbent)).toHaveLength(32);
  for (const p of providers) expect(p.htlahIncumbent).toBe(p.legacyType !== null);
  const typeOf = new Map(providers.map((p) => [p.key, p.legacyType ?? 'new']));
  for (const type of BIDDER_TYPES) {
    const actual = countBy(
      memberships.filter((m) => typeOf.get(m.providerKey) === type),
      (m) => m.zoneId,
    );
    for (const [zoneId, expected] of bidsByZone(type))
      expect(actual[zoneId] ?? 0, `${type} in ${zoneId}`).toBe(expected);
  }

  // 15 CHC-approved (HC21 ¶18).
  expect(providers.filter((p) => p.chcApproved)).toHaveLength(15);

  // CQC overall in the Aug 2021 community-care proportions 4/67/8/0/21% (CHQ21 ¶16) → 2/33/4/0/10.
  expect(countBy(providers, (p) => p.cqcOverall)).toEqual({
    outstanding: 2,
    good: 33,
    'requires-improvement': 4,
    'not-yet-rated': 10,
  });
  for (const p of providers) {
    expect(keyQuestionsConsistent(p.cqcOverall, p.cqcSafe, p.cqcWellLed), p.key).toBe(true);
    // HC21 ¶14: no concerns in Safe or Well-led among admitted providers.
    expect(['outstanding', 'good', 'not-yet-rated']).toContain(p.cqcSafe);
    expect(['outstanding', 'good', 'not-yet-rated']).toContain(p.cqcWellLed);
  }

  // Primes: the top tender scores, by size class; none in the rural free zone; at least 2 elsewhere.
  const scoreOf = new Map(providers.map((p) => [p.key, p.tenderScore]));
  for (const zone of ZONE_CATALOGUE) {
    const members = memberships.filter((m) => m.zoneId === zone.id);
    const primes = members.filter((m) => m.role === 'prime');
    const expectedPrimes = zone.hasPrimes
      ? Math.min(DEMO_PRIMES_BY_SIZE_CLASS[zone.sizeClass], members.length)
      : 0;
    expect(primes, zone.id).toHaveLength(expectedPrimes);
    if (zone.hasPrimes) expect(primes.length).toBeGreaterThanOrEqual(zone.minPrimes);
    const lowestPrime = Math.min(...primes.map((m) => scoreOf.get(m.providerKey) ?? 0));
    for (const m of members.filter((x) => x.role === 'supplementary')) {
      expect(scoreOf.get(m.providerKey), `${zone.id} ${m.providerKey}`).toBeLessThanOrEqual(lowestPrime);
    }
  }
}

describe('buildDemoFramework', () => {
  it('reproduces the shape of the 2021 award', () => {
    expectAwardShape(demo);
  });

  it('keeps the shape for any seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) =>
        expectAwardShape(buildDemoFramework(seed)),
      ),
      { numRuns: 25 },
    );
  });

  it('is byte-identical for the same seed and different for another', () => {
    expect(JSON.stringify(buildDemoFramework(2021))).toBe(JSON.stringify(demo));
    expect(JSON.stringify(buildDemoFramework(2022))).not.toBe(JSON.stringify(demo));
    expect(demo.seed).toBe(2021);
  });

  it('has not changed for seed 2021 (update this fingerprint only when changing the demo on purpose)', () => {
    const fingerprint = createHash('sha256').update(JSON.stringify(demo)).digest('hex');
    expect(fingerprint).toBe('dbee13e6aa79bc7d0ae19cc33c4ca5066e0a40e28cb98ae7333f9a5f60668cfc');
  });

  it('gives providers stable keys, fictional CQC ids and unique names', () => {
    demo.providers.forEach((p, i) => {
      const n = String(i + 1);
      expect(p.key).toBe(`demo-provider-${n.padStart(2, '0')}`);
      expect(p.cqcLocationId).toBe(`DEMO-${n.padStart(4, '0')}`);
      expect(p.status).toBe('active');
      expect(p.admittedOn).toBe('2021-11-01');
    });
    expect(new Set(demo.providers.map((p) => p.name)).size).toBe(49);
  });

  it('spreads tender scores realistically between 55 and 95', () => {
    const scores = demo.providers.map((p) => p.tenderScore);
    for (const s of scores) expect(Number.isInteger(s) && s >= 55 && s <= 95).toBe(true);
    expect(Math.max(...scores) - Math.min(...scores)).toBeGreaterThanOrEqual(25);
    expect(new Set(scores).size).toBeGreaterThanOrEqual(20);
  });

  it('averages about 4.2 zones per provider (206 / 49)', () => {
    expect(demo.memberships.length / demo.providers.length).toBeCloseTo(4.2, 1);
  });

  it('makes the rural free zone all supplementary and Bottesford all prime', () => {
    const roles = (zoneId: string) => demo.memberships.filter((m) => m.zoneId === zoneId).map((m) => m.role);
    expect(roles('harborough-rural')).toEqual(['supplementary', 'supplementary', 'supplementary']);
    expect(roles('bottesford')).toEqual(['prime', 'prime']);
  });

  it('has providers that are prime in one zone and supplementary in another (HC20 ¶28)', () => {
    const mixed = demo.providers.filter((p) => {
      const roles = new Set(demo.memberships.filter((m) => m.providerKey === p.key).map((m) => m.role));
      return roles.size === 2;
    });
    expect(mixed.length).toBeGreaterThan(0);
  });

  it('puts the zones no incumbent bid for with new providers only, and the exception provider in Oadby and Wigston', () => {
    const typeOf = new Map(demo.providers.map((p) => [p.key, p.legacyType]));
    for (const zoneId of ['castle-donington', 'bottesford', 'harborough-rural']) {
      const members = demo.memberships.filter((m) => m.zoneId === zoneId);
      expect(members.every((m) => typeOf.get(m.providerKey) === null)).toBe(true);
    }
    const exception = demo.providers.find((p) => p.legacyType === 'exception');
    expect(zonesOf(demo, exception?.key ?? '')).toEqual(['oadby-wigston']);
  });

  it('leaves the unrated providers among the new entrants (Perf21 ¶16: new registrations)', () => {
    const unrated = demo.providers.filter((p) => p.cqcOverall === 'not-yet-rated');
    expect(unrated.every((p) => p.legacyType === null)).toBe(true);
    expect(demo.providers.filter((p) => p.chcApproved).every((p) => p.cqcOverall !== 'not-yet-rated')).toBe(
      true,
    );
  });

  it('lists memberships in catalogue zone order, primes first', () => {
    const zoneOrder = ZONE_CATALOGUE.map((z) => z.id);
    const indexes = demo.memberships.map((m) => zoneOrder.indexOf(m.zoneId));
    expect([...indexes].sort((a, b) => a - b)).toEqual(indexes);
    for (const zoneId of zoneOrder) {
      const roles = demo.memberships.filter((m) => m.zoneId === zoneId).map((m) => m.role);
      expect(
        roles.indexOf('supplementary') === -1 || roles.lastIndexOf('prime') < roles.indexOf('supplementary'),
      ).toBe(true);
    }
  });
});
