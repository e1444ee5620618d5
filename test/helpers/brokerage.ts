import { seedReferenceData } from '../../seeds/reference';
import { assignRole, buildProvider, declareCapacity } from '../factories';
import type { TestContext } from './context';

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
  await assignRole(ctx.services.db, id, zoneId, role);
  await declareCapacity(
    ctx.services.db,
    id,
    zoneId,
    (options.capacityHours ?? 100) * 60,
    ctx.clock.now() - 60_000,
  );
  return { id, token: await ctx.tokenFor('provider', id) };
}

export async function seedReference(ctx: TestContext): Promise<void> {
  await seedReferenceData(ctx.services.db, ctx.clock.now());
}

export function newPackage(overrides: Record<string, unknown> = {}) {
  return {
    reference: `SU-${Math.random().toString(36).slice(2, 10)}`,
    location: PLACES.loughborough,
    weeklyHours: 10,
    visitsPerWeek: 14,
    careType: 'core',
    urgency: 'standard',
    wantedStart: '2026-01-12',
    needs: { flags: ['dementia-experience'], language: null },
    ...overrides,
  };
}

/** Offers of a provider for a package, via the provider's own API. */
export async function offerFor(ctx: TestContext, provider: TestProvider, packageId: number) {
  const res = await ctx.request.get('/offers').set('Authorization', `Bearer ${provider.token}`);
  return (res.body.offers as { id: number; packageId: number; status: string }[]).find(
    (o) => o.packageId === packageId,
  );
}
