/**
 * The world a simulation starts from: a fresh database with the reference data (zones, rate card),
 * the demo framework of 49 providers (seeds/demo), the policy's rates and primes, and the users the
 * simulated officers, admin, commissioner and providers act as.
 */
import { insertUser } from '../../auth/queries';
import { SYSTEM_ACTOR, type Actor, type Role } from '../../auth/roles';
import { londonDate } from '../../calendar/dates';
import type { Db } from '../../db/connect';
import { migrateLatest } from '../../db/migrations';
import { setZoneRole } from '../../providers/commands';
import { insertRateCard } from '../../pricing/queries';
import type { Services } from '../../services';
import { seedDemoData } from '../../../seeds/demo';
import { seedReferenceData } from '../../../seeds/reference';
import type { ResolvedPolicy } from '../policy';

export interface Membership {
  providerId: number;
  zoneId: string;
  role: 'prime' | 'supplementary';
  /** Weekly minutes the provider declared free in the zone when the simulation starts, and when. */
  declaredMinutes: number;
  declaredAt: number;
}

export interface World {
  officer: Actor;
  admin: Actor;
  /** Decides hand-backs' short notice and the review's promotion and demotion flags (the papers'
   * commissioners act through this role; HC20 ¶27). */
  commissioner: Actor;
  providerActors: Map<number, Actor>;
  providers: { id: number; name: string; tenderScore: number }[];
  memberships: Membership[];
}

export async function buildWorld(
  services: Pick<Services, 'db' | 'zoneFacts'>,
  policy: ResolvedPolicy,
  start: number,
): Promise<World> {
  const { db } = services;
  await migrateLatest(db);
  await seedReferenceData(db, start);
  await seedDemoData(db, start);
  if (policy.ratesChanged) {
    await insertRateCard(
      db,
      { appliesFrom: londonDate(start), rates: policy.ratesPence, label: `Simulation: ${policy.name}` },
      start,
      null,
    );
  }
  const providers = (await db('providers').orderBy('id').select('id', 'name', 'tender_score')).map((p) => ({
    id: Number(p.id),
    name: String(p.name),
    tenderScore: Number(p.tender_score),
  }));
  await applyPrimesPerZone(services, policy, providers, start);
  const users = await addUsers(db, providers, start);
  return { ...users, providers, memberships: await readMemberships(db, start) };
}

/** In each zone the policy names, its best-scored members at tender are the primes, the rest supplementaries. */
async function applyPrimesPerZone(
  services: Pick<Services, 'db' | 'zoneFacts'>,
  policy: ResolvedPolicy,
  providers: World['providers'],
  start: number,
): Promise<void> {
  const { db } = services;
  const ctx = { ...services, actor: SYSTEM_ACTOR, now: start, config: policy.config.allocation };
  const tender = new Map(providers.map((p) => [p.id, p.tenderScore]));
  for (const [zoneId, primes] of Object.entries(policy.primesPerZone)) {
    const members: { provider_id: number }[] = await db('provider_zone_roles')
      .where({ zone_id: zoneId })
      .select('provider_id');
    const ranked = members
      .map((m) => Number(m.provider_id))
      .sort((a, b) => tender.get(b)! - tender.get(a)! || a - b);
    for (const [i, providerId] of ranked.entries()) {
      const role = i < (primes ?? 0) ? 'prime' : 'supplementary';
      await setZoneRole(ctx, { providerId, zoneId }, { role, reason: `simulation policy: ${primes} primes` });
    }
  }
}

/** The users the simulated officers, admin, commissioner and providers act as. */
async function addUsers(db: Db, providers: World['providers'], start: number) {
  const actor = async (name: string, role: Role, providerId: number | null = null): Promise<Actor> => {
    const user = await insertUser(db, { name, role, providerId }, start);
    return { userId: user.id, role, providerId, requestId: null };
  };
  const officer = await actor('Simulated brokerage officer', 'officer');
  const admin = await actor('Simulated administrator', 'admin');
  const commissioner = await actor('Simulated commissioner', 'commissioner');
  const providerActors = new Map<number, Actor>();
  for (const p of providers) {
    providerActors.set(p.id, await actor(`Simulated user of provider ${p.id}`, 'provider', p.id));
  }
  return { officer, admin, commissioner, providerActors };
}

/** Every provider's roles, with the capacity it had declared in each zone when the simulation starts. */
async function readMemberships(db: Db, start: number): Promise<Membership[]> {
  const rows: {
    provider_id: number;
    zone_id: string;
    role: 'prime' | 'supplementary';
    weekly_minutes: number | null;
    declared_at: number | null;
  }[] = await db('provider_zone_roles as r')
    .leftJoin('capacity_declarations as d', (j) =>
      j.on('d.provider_id', 'r.provider_id').andOn('d.zone_id', 'r.zone_id'),
    )
    .orderBy(['r.provider_id', 'r.zone_id'])
    .select('r.provider_id', 'r.zone_id', 'r.role', 'd.weekly_minutes', 'd.declared_at');
  return rows.map((r) => ({
    providerId: Number(r.provider_id),
    zoneId: r.zone_id,
    role: r.role,
    declaredMinutes: Number(r.weekly_minutes ?? 0),
    declaredAt: Number(r.declared_at ?? start),
  }));
}
