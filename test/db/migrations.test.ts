import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateLatest, migrationSource, rollbackAll } from '../../src/db/migrations';
import { createEmptyDatabase, type TestDatabase } from '../helpers/db';

const APP_TABLES = [
  'providers',
  'users',
  'api_tokens',
  'audit_events',
  'zones',
  'area_layers',
  'rate_cards',
  'rate_card_rates',
  'provider_zone_roles',
  'capacity_declarations',
  'packages',
  'brokerage_episodes',
  'brokerage_rounds',
  'offers',
  'quality_evidence',
  'score_runs',
  'score_snapshots',
  'role_review_flags',
  'auth_failures',
  'outbox_messages',
  'outbox_attempts',
  'outbox_events',
  'provider_contacts',
  'notification_preferences',
  'notification_marks',
  'webhook_endpoints',
  'account_links',
  'provider_cqc_locations',
  'cqc_ratings',
];

describe('migrations', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createEmptyDatabase();
  });
  afterAll(() => test.destroy());

  it('are timestamped files, one concern each, in order', async () => {
    const names = await migrationSource.getMigrations([]);
    expect(names.length).toBeGreaterThan(0);
    expect([...names].sort()).toEqual(names);
    for (const name of names) {
      const migration = await migrationSource.getMigration(name);
      expect(typeof migration.up, name).toBe('function');
      expect(typeof migration.down, name).toBe('function');
    }
  });

  it('run up, down and up again on an empty database', async () => {
    await migrateLatest(test.db);
    for (const table of APP_TABLES) expect(await test.db.schema.hasTable(table), table).toBe(true);
    await rollbackAll(test.db);
    for (const table of APP_TABLES) expect(await test.db.schema.hasTable(table), table).toBe(false);
    await migrateLatest(test.db);
    for (const table of APP_TABLES) expect(await test.db.schema.hasTable(table), table).toBe(true);
  });

  it('make the audit trail append-only in the database itself', async () => {
    await test.db('audit_events').insert({
      at: 1,
      actor_role: 'system',
      action: 'test.event',
      entity_type: 'test',
      entity_id: '1',
    });
    await expect(test.db('audit_events').update({ action: 'rewritten' })).rejects.toThrow(/append-only/);
    await expect(test.db('audit_events').delete()).rejects.toThrow(/append-only/);
    expect(await test.db('audit_events').count({ n: '*' }).first()).toMatchObject({ n: 1 });
  });
});
