// For knex's own CLI and tooling. The service itself migrates through src/db (npm run db:migrate).
import { loadConfig } from './src/config';
import { connectionSettings } from './src/db/dialect';
import { migrationSource } from './src/db/migrations';

const config = loadConfig();

export default {
  ...connectionSettings(config.database),
  migrations: { migrationSource },
};
