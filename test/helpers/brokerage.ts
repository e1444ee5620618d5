import { noNeeds } from '../../src/packages/model';
import { expect, onTestFinished } from 'vitest';
import { seedReferenceData } from '../../seeds/reference';
import { assignRole, buildProvider, declareCapacity } from '../factories';
import { createTestContext, type TestContext } from './context';

/** Places with known zone and band (coordinates from settlements_leicestershire.csv). */
export const PLACES = {
  loughborough: { lat: 52.7667, lon: -1.2 }, // charnwood-north, urban
  hallaton: { lat: 52.5611, lon: -0.8369 }, // harborough-rural
  hinckley: { lat: 52.5389, lon: -1.3761 }, // hinckley, urban
  clockTower: { lat: 52.6365, lon: -1.1339 }, // Leicester City: outside the county
};

export interface TestProvider {
  id: number;
  token: string;
}

/** A provider with a role and capacity in a zone, and a signed-in user for it. */
export async function providerInZone(
  ctx: TestContext,
  zoneId: string,
  role: 'prime' | 'supplementary',
  options: { tenderScore?: number; chcApproved?: boolean; capacityHours?: number; status?: string } = {},
): Promise<TestProvider> {
  const id = await buildProvider(ctx.services.db, {
    tenderScore: options.tenderScore ?? 70,
    chcApproved: options.chcApproved ?? false,
    status: options.status ?? 'active',
  });
  await assignRole(ctx.services.db, { providerId: id, zoneId, role });
  await declareCapacity(ctx.services.db, {
    providerId: id,
    zoneId,
    weeklyMinutes: (options.capacityHours ?? 100) * 60,
    at: ctx.clock.now() - 60_000,
  });
  return { id, token: await ctx.tokenFor('provider', id) };
}

export async function seedReference(ctx: TestContext): Promise<void> {
  await seedReferenceData(ctx.services.db, ctx.clock.now());
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export function newPackage(overrides: Record<string, unknown> = {}) {
  return {
    reference: `SU-${Math.random().toString(36).slice(2, 10)}`,
    location: PLACES.loughborough,
    weeklyHours: 10,
    visitsPerWeek: 14,
    careType: 'core',
    urgency: 'standard',
    wantedStart: '2026-01-12',
    needs: { ...noNeeds(), support: ['medication-support'] },
    ...overrides,
  };
}

/** A package as intake answers it (the fields tests look at). */
export interface IntakenPackage {
  id: number;
  reference: string;
  zone: { id: string };
  band: string;
  hourlyRatePence: number;
  status: string;
  version: number;
}

/** Intake through the API by an officer; the test fails unless the package is created. */
export async function intakeAs(
  ctx: TestContext,
  officerToken: string,
  overrides: Record<string, unknown> = {},
): Promise<IntakenPackage> {
  const res = await ctx.request.post('/packages').set(bearer(officerToken)).send(newPackage(overrides));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as IntakenPackage;
}

/** Offers of a provider for a package, via the provider's own API. */
export async function offerFor(ctx: TestContext, provider: TestProvider, packageId: number) {
  const res = await ctx.request.get('/offers').set(bearer(provider.token));
  return (res.body.offers as { id: number; packageId: number; status: string }[]).find(
    (o) => o.packageId === packageId,
  );
}

/**
 * A fresh database for one case, with the zones and rates, an officer and a commissioner, and the
 * calls the cases make; each case adds the providers it needs, so no case sees another's data.
 */
export async function brokerageCase() {
  const ctx = await createTestContext();
  onTestFinished(() => ctx.destroy());
  await seedReference(ctx);
  const officer = await ctx.tokenFor('officer');
  const commissioner = await ctx.tokenFor('commissioner');
  return {
    ctx,
    officer,
    intake: (overrides: Record<string, unknown> = {}) => intakeAs(ctx, officer, overrides),
    answer(provider: TestProvider, offerId: number, verb: 'accept' | 'decline', body: object = {}) {
      return ctx.request
        .post(`/offers/${offerId}/${verb}`)
        .set(bearer(provider.token))
        .send(verb === 'decline' ? { reason: 'no-capacity', ...body } : body);
    },
    async explain(id: number) {
      return (await ctx.request.get(`/packages/${id}/allocation`).set(bearer(commissioner))).body;
    },
    async packageAs(token: string, id: number) {
      return (await ctx.request.get(`/packages/${id}`).set(bearer(token))).body;
    },
  };
}

/** Charnwood North's three primes, scored 90, 80 and 70. */
export async function charnwoodPrimes(ctx: TestContext): Promise<TestProvider[]> {
  return [
    await providerInZone(ctx, 'charnwood-north', 'prime', { tenderScore: 90 }),
    await providerInZone(ctx, 'charnwood-north', 'prime', { tenderScore: 80 }),
    await providerInZone(ctx, 'charnwood-north', 'prime', { tenderScore: 70 }),
  ];
}

/** The rest of Charnwood North's framework: a CHC-approved prime scored 60, and supplementaries at 95 and 50. */
export async function charnwoodOthers(ctx: TestContext) {
  return {
    chcPrime: await providerInZone(ctx, 'charnwood-north', 'prime', { tenderScore: 60, chcApproved: true }),
    supplementaries: [
      await providerInZone(ctx, 'charnwood-north', 'supplementary', { tenderScore: 95 }),
      await providerInZone(ctx, 'charnwood-north', 'supplementary', { tenderScore: 50 }),
    ],
  };
}

/** Harborough Rural has no primes: two supplementaries, scored 75 and 65. */
export async function harboroughRural(ctx: TestContext): Promise<TestProvider[]> {
  return [
    await providerInZone(ctx, 'harborough-rural', 'supplementary', { tenderScore: 75 }),
    await providerInZone(ctx, 'harborough-rural', 'supplementary', { tenderScore: 65 }),
  ];
}
