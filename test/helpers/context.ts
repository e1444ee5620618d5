import { Writable } from 'node:stream';
import { pino } from 'pino';
import supertest from 'supertest';
import { createApp } from '../../src/app';
import type { Role } from '../../src/auth/roles';
import { manualClock } from '../../src/clock';
import { loadConfig, type Config } from '../../src/config';
import { buildServices, type Services } from '../../src/services';
import { buildUserWithToken } from '../factories/users';
import { createMigratedDatabase, type TestDatabase } from './db';

export const TEST_START = '2026-01-05T09:00:00Z';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({ NODE_ENV: 'test' }),
    // High enough that suites making many unauthenticated calls are never throttled.
    authFailuresBeforeDelay: 100_000,
    authFailuresBeforeBlock: 1_000_000,
    ...overrides,
  };
}

export interface TestContext {
  database: TestDatabase;
  services: Services;
  clock: ReturnType<typeof manualClock>;
  request: supertest.Agent;
  /** Every JSON log line the app wrote. */
  logLines: string[];
  /** A bearer token for a new user with the role (and provider, for provider users). */
  tokenFor(role: Role, providerId?: number): Promise<string>;
  destroy(): Promise<void>;
}

/** A migrated database, services with a manual clock, and the app under supertest. */
export async function createTestContext(options: { config?: Partial<Config> } = {}): Promise<TestContext> {
  const database = await createMigratedDatabase();
  const clock = manualClock(TEST_START);
  const logLines: string[] = [];
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk, _encoding, done) {
        logLines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    }),
  );
  const services = buildServices({ db: database.db, config: testConfig(options.config), clock, logger });
  const request = supertest.agent(createApp(services));
  return {
    database,
    services,
    clock,
    request,
    logLines,
    async tokenFor(role, providerId) {
      // A provider's token is its organisation's administrator's, to whom every provider route is open.
      const providerAdmin = role === 'provider';
      return (await buildUserWithToken(database.db, { role, providerId, providerAdmin }, clock.now())).token;
    },
    destroy: () => database.destroy(),
  };
}
