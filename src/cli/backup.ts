import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { connect } from '../db/connect';
import { backupPostgres, backupSqlite } from './backups';

// npm run backup [-- --out <file>]: a consistent copy of the database while the service runs.
// SQLite: a database file (restore: stop the service, put the file at SQLITE_FILE, start).
// PostgreSQL: a pg_dump custom-format archive (restore with pg_restore; see docs/operations.md "Backups").
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const config = loadConfig();
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const db = connect(config.database);
try {
  // The engine decides the tool, as the configuration says; no query here depends on it.
  const out =
    values.out ??
    (config.database.client === 'pg'
      ? `data/backups/hcfl-${stamp}.dump`
      : `data/backups/hcfl-${stamp}.sqlite`);
  if (config.database.client === 'pg') await backupPostgres(config.database.url, out);
  else await backupSqlite(db, out);
  const packages = await db('packages').count({ n: '*' }).first();
  process.stdout.write(
    `backup: ${out} (the database held ${Number(packages?.n ?? 0)} packages when it finished)\n`,
  );
} catch (err) {
  process.stderr.write(`backup failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
