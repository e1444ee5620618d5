import { loadConfig } from '../../src/config';

/**
 * The service's configuration for a benchmark on an existing database: DATABASE_URL if set, else the
 * SQLite file SQLITE_FILE; one connection, as one request at a time uses; no scheduler, errors only.
 */
export function existingDatabaseConfig() {
  return loadConfig({
    NODE_ENV: 'test',
    SCHEDULER_ENABLED: 'false',
    LOG_LEVEL: 'error',
    DATABASE_POOL_MAX: '1',
    ...(process.env.DATABASE_URL
      ? { DATABASE_URL: process.env.DATABASE_URL }
      : { SQLITE_FILE: process.env.SQLITE_FILE ?? '' }),
  });
}
