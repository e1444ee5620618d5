/**
 * An existing benchmark database (DATABASE_URL, or the SQLITE_FILE) behind one pooled connection, and
 * what a call costs in CPU on a shared machine where wall time means little: this process's, and on
 * PostgreSQL the connection's server process's (read from /proc, so the server must run on this machine;
 * parallel workers' CPU is not counted). Used by bench/page-cost.ts, bench/payment-totals.ts and bench/coverage-parts.ts.
 */
import fs from 'node:fs';
import { loadConfig } from '../../src/config';
import { connect } from '../../src/db/connect';

export function oneConnection() {
  const config = loadConfig({
    NODE_ENV: 'test',
    SCHEDULER_ENABLED: 'false',
    LOG_LEVEL: 'error',
    DATABASE_POOL_MAX: '1',
    ...(process.env.DATABASE_URL
      ? { DATABASE_URL: process.env.DATABASE_URL }
      : { SQLITE_FILE: process.env.SQLITE_FILE ?? '' }),
  });
  const db = connect(config.database);

  /** CPU ms of the PostgreSQL server process behind the one pooled connection (0 on SQLite). */
  async function serverCpuMs(): Promise<number> {
    if (config.database.client !== 'pg') return 0;
    const { rows } = (await db.raw('select pg_backend_pid() as pid')) as { rows: { pid: number }[] };
    const fields = fs.readFileSync(`/proc/${rows[0]!.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks
  }
  return { config, db, serverCpuMs };
}

/** CPU ms of this process so far (node-sqlite3's worker threads included). */
export function nodeCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
