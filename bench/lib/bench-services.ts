import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { createLogger, logDestination } from '../../src/logger';
import { buildServices } from '../../src/services';
import { prepareDatabase } from '../../src/startup';
import { createEmptyDatabase } from '../../test/helpers/db';

/**
 * The project's services as the request benchmarks run them: a fresh database (SQLite, or
 * PostgreSQL when DATABASE_URL is set) prepared as src/startup.ts prepares it, demo mode, no
 * scheduler, and the request log on (to a file, through the service's own log destination).
 */
export async function benchServices(name: string) {
  const database = await createEmptyDatabase();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `hcfl-${name}-`));
  const config = loadConfig({
    NODE_ENV: 'test',
    ...database.env,
    DEMO_MODE: 'true',
    SCHEDULER_ENABLED: 'false',
    LOG_LEVEL: 'info',
  });
  const log = logDestination(path.join(dir, 'requests.log'));
  const services = buildServices({ db: database.db, config, logger: createLogger('info', log) });
  const credentials = await prepareDatabase(database.db, config, Date.now());
  return {
    database,
    services,
    /** The Authorization header of the demo officer. */
    officer: { authorization: `Bearer ${credentials.find((c) => c.role === 'officer')!.token}` },
    async close() {
      await database.destroy();
      log.flushSync();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
