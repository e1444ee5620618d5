import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidatesFrom } from '../../src/allocation/candidates';
import { roundFacts } from '../../src/allocation/queries/candidates';
import { createZoneFacts } from '../../src/zones/facts';
import {
  assignRole,
  buildEpisode,
  buildPackage,
  buildProvider,
  declareCapacity,
  ensureReference,
} from '../factories';
import { createMigratedDatabase, type TestDatabase } from '../helpers/db';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-01-05T09:00:00Z');

/** What a round is decided on, read from the database: capacity left after the awards since each declaration. */
describe('the capacity a round counts on', () => {
  let test: TestDatabase;
  const zoneFacts = createZoneFacts();
  beforeAll(async () => {
    test = await createMigratedDatabase();
    await ensureReference(test.db);
  });
  afterAll(() => test.destroy());

  /** A package in `zoneId` awarded to `providerId` at `awardedAt`. */
  async function award(providerId: number, zoneId: string, awardedAt: number, weeklyMinutes: number) {
    const packageId = await buildPackage(test.db, { zoneId, weeklyMinutes, status: 'awarded', providerId });
    await buildEpisode(test.db, packageId, { outcome: 'awarded', awardedProviderId: providerId, awardedAt });
  }

  async function capacityOf(zoneId: string) {
    const zone = (await zoneFacts.of(test.db, zoneId))!;
    const facts = await roundFacts(test.db, {
      zone,
      kind: 'primes',
      now: T0 + 10 * HOUR,
      tieBreakDays: 28,
      specialisms: [],
    });
    return new Map(candidatesFrom(facts).map((c) => [c.providerId, c.capacityMinutes]));
  }

  it('takes off the awards in the zone since the latest declaration, and no others', async () => {
    const declaredTwice = await buildProvider(test.db);
    const neverDeclared = await buildProvider(test.db);
    for (const id of [declaredTwice, neverDeclared])
      await assignRole(test.db, { providerId: id, zoneId: 'melton', role: 'prime' });
    await declareCapacity(test.db, {
      providerId: declaredTwice,
      zoneId: 'melton',
      weeklyMinutes: 1_000,
      at: T0,
    });
    await award(declaredTwice, 'melton', T0 + HOUR, 100); // before the latest declaration: part of its figure
    await declareCapacity(test.db, {
      providerId: declaredTwice,
      zoneId: 'melton',
      weeklyMinutes: 900,
      at: T0 + 2 * HOUR,
    });
    await award(declaredTwice, 'melton', T0 + 2 * HOUR, 200); // at the declaration's instant: counts
    await award(declaredTwice, 'melton', T0 + 3 * HOUR, 300);
    await award(declaredTwice, 'hinckley', T0 + 3 * HOUR, 400); // another zone
    await award(neverDeclared, 'melton', T0 + 3 * HOUR, 50);

    const capacity = await capacityOf('melton');
    expect(capacity.get(declaredTwice)).toBe(900 - 200 - 300);
    expect(capacity.get(neverDeclared)).toBeNull();
    // A declaration made since the last round is what the next one counts on.
    await declareCapacity(test.db, {
      providerId: declaredTwice,
      zoneId: 'melton',
      weeklyMinutes: 1_200,
      at: T0 + 4 * HOUR,
    });
    expect((await capacityOf('melton')).get(declaredTwice)).toBe(1_200);
  });

  it('sees needs declarations and specialist appointments written since the last round, and none rolled back', async () => {
    const provider = await buildProvider(test.db);
    await assignRole(test.db, { providerId: provider, zoneId: 'hinckley', role: 'prime' });
    const factsOf = async () => {
      const zone = (await zoneFacts.of(test.db, 'hinckley'))!;
      const facts = await roundFacts(test.db, {
        zone,
        kind: 'primes',
        now: T0,
        tieBreakDays: 28,
        specialisms: [],
      });
      return {
        languages: facts.needsDeclarations.get(provider)?.languages ?? null,
        specialistFor: facts.specialistFor.get(provider) ?? [],
      };
    };
    expect(await factsOf()).toEqual({ languages: null, specialistFor: [] });
    const declaration = (languages: string[]) => ({
      provider_id: provider,
      zone_id: 'hinckley',
      specialisms_json: '[]',
      languages_json: JSON.stringify(languages),
      double_up_packages: 0,
      carer_genders_json: '[]',
      declared_at: T0,
    });
    await test.db('provider_need_declarations').insert(declaration(['pl']));
    await test
      .db('specialist_appointments')
      .insert({ provider_id: provider, specialism: 'dementia', appointed_at: T0 });
    expect(await factsOf()).toEqual({ languages: ['pl'], specialistFor: ['dementia'] });
    // A write rolled back after a round read it inside the same transaction leaves no trace behind.
    await test.db
      .transaction(async (trx) => {
        await trx('specialist_appointments').where({ provider_id: provider }).delete();
        const zone = (await zoneFacts.of(test.db, 'hinckley'))!;
        const inside = await roundFacts(trx, {
          zone,
          kind: 'primes',
          now: T0,
          tieBreakDays: 28,
          specialisms: [],
        });
        expect(inside.specialistFor.get(provider)).toBeUndefined();
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(await factsOf()).toEqual({ languages: ['pl'], specialistFor: ['dementia'] });
    await test
      .db('provider_need_declarations')
      .where({ provider_id: provider })
      .update({ languages_json: '["ur"]' });
    expect((await factsOf()).languages).toEqual(['ur']);
  });
  it("sees providers' changes and zone roles written since the last round, and none rolled back", async () => {
    const provider = await buildProvider(test.db, { tenderScore: 60 });
    const round = async (db: Knex = test.db) => {
      const facts = await roundFacts(db, {
        zone: (await zoneFacts.of(test.db, 'oadby-wigston'))!,
        kind: 'primes',
        now: T0,
        tieBreakDays: 28,
        specialisms: [],
      });
      const found = facts.providers.find((p) => p.id === provider);
      return found && { status: found.status, tenderScore: found.tenderScore, role: found.role };
    };
    expect(await round()).toBeUndefined();
    await assignRole(test.db, { providerId: provider, zoneId: 'oadby-wigston', role: 'prime' });
    expect(await round()).toEqual({ status: 'active', tenderScore: 60, role: 'prime' });
    await test.db('providers').where({ id: provider }).update({ status: 'suspended', tender_score: 65 });
    expect(await round()).toEqual({ status: 'suspended', tenderScore: 65, role: 'prime' });
    // Read inside a transaction that then rolls back: the next round does not see the change.
    await test.db
      .transaction(async (trx) => {
        await trx('provider_zone_roles').where({ provider_id: provider }).delete();
        expect(await round(trx)).toBeUndefined();
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(await round()).toEqual({ status: 'suspended', tenderScore: 65, role: 'prime' });
    await test.db('provider_zone_roles').where({ provider_id: provider }).update({ role: 'supplementary' });
    expect((await round())?.role).toBe('supplementary');
  });
});
