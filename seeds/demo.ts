import type { Knex } from 'knex';
import type { Role } from '../src/auth/roles';
import { ZONE_CATALOGUE, type SizeClass } from '../src/zones/catalogue';
import { seedContacts } from './demo/contacts';
import { buildDemoFramework, type DemoFramework, type DemoMembership } from './demo/framework';
import { seedNeeds, seedSpecialists } from './demo/needs';
import { randomInt, substream } from './demo/prng';
import { FRAMEWORK_START } from './demo/providers';

export interface DemoUser {
  name: string;
  role: Role;
  providerId: number | null;
}

export const DEMO_SEED = 2021;

/** The zone whose best prime the demo provider user works for: a large zone with plenty of work. */
export const DEMO_PROVIDER_ZONE = 'charnwood-north';

/**
 * The demo framework and one demo user per role, loaded only in the embedded/demo mode
 * (never into production by accident: src/startup.ts checks the config). Idempotent: providers,
 * roles and declarations already there (matched by CQC location id, provider and zone) are left
 * as they are, so changes made through the API survive a restart.
 */
export async function seedDemoData(db: Knex, now: number): Promise<DemoUser[]> {
  const framework = buildDemoFramework(DEMO_SEED);
  const idByKey = await db.transaction(async (trx) => {
    const ids = await seedProviders(trx, framework, now);
    await seedRoles(trx, framework.memberships, ids);
    await seedCapacity(trx, framework.memberships, ids, now);
    await seedNeeds(trx, framework, ids, now);
    await seedSpecialists(trx, framework, ids, now);
    await seedContacts(trx, framework.providers, ids, now);
    return ids;
  });
  const bestPrime = framework.memberships.find((m) => m.zoneId === DEMO_PROVIDER_ZONE && m.role === 'prime');
  const providerId = bestPrime ? (idByKey.get(bestPrime.providerKey) ?? null) : null;
  const users: DemoUser[] = [
    { name: 'Demo brokerage officer', role: 'officer', providerId: null },
    { name: 'Demo commissioner', role: 'commissioner', providerId: null },
    { name: 'Demo administrator', role: 'admin', providerId: null },
    // An elected member reads the scrutiny summary only (docs/specification/roles-and-stories.md §9.1).
    { name: 'Demo elected member', role: 'member', providerId: null },
    ...(providerId !== null ? [{ name: 'Demo provider user', role: 'provider' as const, providerId }] : []),
  ];
  for (const user of users) {
    const existing = await db('users').where({ name: user.name, role: user.role }).first('id');
    if (!existing) {
      await db('users').insert({
        name: user.name,
        role: user.role,
        provider_id: user.providerId,
        // The demo provider's one user administers its organisation (its contacts, webhooks, users).
        provider_admin: user.role === 'provider',
        created_at: now,
      });
    }
  }
  return users;
}

async function seedProviders(trx: Knex.Transaction, framework: DemoFramework, now: number) {
  const existing = new Map<string, number>(
    (
      (await trx('providers').select('id', 'cqc_location_id')) as { id: number; cqc_location_id: string }[]
    ).map((r) => [r.cqc_location_id, Number(r.id)]),
  );
  const idByKey = new Map<string, number>();
  for (const p of framework.providers) {
    let id = existing.get(p.cqcLocationId);
    if (id === undefined) {
      const [row] = await trx('providers')
        .insert({
          name: p.name,
          cqc_location_id: p.cqcLocationId,
          cqc_overall: p.cqcOverall,
          cqc_safe: p.cqcSafe,
          cqc_well_led: p.cqcWellLed,
          chc_approved: p.chcApproved,
          status: p.status,
          tender_score: p.tenderScore,
          admitted_on: p.admittedOn,
          legacy_type: p.legacyType,
          created_at: now,
          updated_at: now,
          version: 1,
        })
        .returning('id');
      id = Number((row as { id: number }).id);
    }
    idByKey.set(p.key, id);
  }
  return idByKey;
}

/** Demo roles were appointed for the framework start, 1 Nov 2021 (HC21 ¶9; midnight GMT). */
const ROLES_SINCE = Date.parse(`${FRAMEWORK_START}T00:00:00Z`);

async function seedRoles(trx: Knex.Transaction, memberships: DemoMembership[], ids: Map<string, number>) {
  const existing = new Set(
    (
      (await trx('provider_zone_roles').select('provider_id', 'zone_id')) as {
        provider_id: number;
        zone_id: string;
      }[]
    ).map((r) => `${r.provider_id}|${r.zone_id}`),
  );
  const rows = memberships
    .map((m) => ({
      provider_id: ids.get(m.providerKey)!,
      zone_id: m.zoneId,
      role: m.role,
      since: ROLES_SINCE,
    }))
    .filter((r) => !existing.has(`${r.provider_id}|${r.zone_id}`));
  await insertInChunks(trx, 'provider_zone_roles', rows);
}

/**
 * New weekly hours a demo provider can take, by zone size (more work, bigger branches): primes
 * in the upper part of the range, supplementaries in the lower. Invented, deterministic.
 */
const CAPACITY_HOURS: Record<SizeClass, [min: number, max: number]> = {
  large: [40, 120],
  medium: [30, 80],
  'small-town': [20, 45],
  'small-rural': [20, 45],
  'rural-free': [20, 35],
};

const DAY = 86_400_000;

/** One declaration per membership, of varied age: most recent, about one in eight older than 14 days (stale). */
export function demoCapacity(
  membership: DemoMembership,
  now: number,
): { weeklyMinutes: number; declaredAt: number } {
  const random = substream(DEMO_SEED, `capacity|${membership.providerKey}|${membership.zoneId}`);
  const sizeClass = ZONE_CATALOGUE.find((z) => z.id === membership.zoneId)?.sizeClass ?? 'small-town';
  const [min, max] = CAPACITY_HOURS[sizeClass];
  const mid = Math.round((min + max) / 2);
  const hours = membership.role === 'prime' ? randomInt(random, mid, max) : randomInt(random, min, mid);
  const ageDays = random() < 0.125 ? randomInt(random, 15, 30) : randomInt(random, 0, 12);
  const ageHours = randomInt(random, 0, 23);
  return { weeklyMinutes: hours * 60, declaredAt: now - ageDays * DAY - ageHours * 3_600_000 };
}

async function seedCapacity(
  trx: Knex.Transaction,
  memberships: DemoMembership[],
  ids: Map<string, number>,
  now: number,
) {
  const declared = new Set(
    (
      (await trx('capacity_declarations').distinct('provider_id', 'zone_id')) as {
        provider_id: number;
        zone_id: string;
      }[]
    ).map((r) => `${r.provider_id}|${r.zone_id}`),
  );
  const rows = memberships
    .map((m) => ({ m, providerId: ids.get(m.providerKey)! }))
    .filter(({ m, providerId }) => !declared.has(`${providerId}|${m.zoneId}`))
    .map(({ m, providerId }) => {
      const { weeklyMinutes, declaredAt } = demoCapacity(m, now);
      return {
        provider_id: providerId,
        zone_id: m.zoneId,
        weekly_minutes: weeklyMinutes,
        declared_at: declaredAt,
        declared_by: null,
      };
    });
  await insertInChunks(trx, 'capacity_declarations', rows);
}

/** Inserts in chunks of 100 rows: well inside SQLite's limit on bound variables. */
async function insertInChunks(trx: Knex.Transaction, table: string, rows: Record<string, unknown>[]) {
  for (let i = 0; i < rows.length; i += 100) await trx(table).insert(rows.slice(i, i + 100));
}
