import type { Role } from '../../src/auth/roles';
import type { Db } from '../../src/db/connect';
import { migrateLatest } from '../../src/db/migrations';
import { seedReferenceData } from '../../seeds/reference';
import { assignRole, buildProvider, buildUserWithToken, declareCapacity } from '../factories';

export interface FrameworkProvider {
  id: number;
  token: string;
  zoneId: string;
  role: 'prime' | 'supplementary';
}

/**
 * A migrated, seeded database with providers in the given zones and users with API tokens,
 * written directly (no server needed): for tests that then start real server processes on it.
 */
export async function prepareFramework(
  db: Db,
  zones: { zoneId: string; primes: number; supplementaries: number }[],
  now = Date.now(),
): Promise<{ officer: string; admin: string; providers: FrameworkProvider[] }> {
  await migrateLatest(db);
  await seedReferenceData(db, now);
  const token = async (role: Role, providerId: number | null = null) =>
    (await buildUserWithToken(db, { role, providerId }, now)).token;
  const providers: FrameworkProvider[] = [];
  for (const { zoneId, primes, supplementaries } of zones) {
    const roles = [
      ...Array<'prime'>(primes).fill('prime'),
      ...Array<'supplementary'>(supplementaries).fill('supplementary'),
    ];
    for (const [i, role] of roles.entries()) {
      const id = await buildProvider(db, { tenderScore: 90 - i * 5 });
      await assignRole(db, { providerId: id, zoneId, role });
      await declareCapacity(db, {
        providerId: id,
        zoneId,
        weeklyMinutes: 1_000 * 60,
        at: now - 60_000,
      });
      providers.push({ id, token: await token('provider', id), zoneId, role });
    }
  }
  return { officer: await token('officer'), admin: await token('admin'), providers };
}
