import type { Knex } from 'knex';
import pg from 'pg';
import type { Database } from 'sqlite3';
import { cacheStatements } from './sqlite-statements';

/**
 * Every difference between SQLite and PostgreSQL lives here; no other file asks which engine it runs on.
 * Conventions that keep queries portable: times are UTC epoch milliseconds in bigint columns,
 * calendar dates are 'YYYY-MM-DD' text, JSON is text, booleans go through `toBool`.
 */

// PostgreSQL returns int8 (bigint) and numeric as strings; our bigints are epoch milliseconds
// and counts, all far below 2^53, so numbers are exact.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value: string) => Number(value));

export type Dialect = 'sqlite' | 'postgres';

export function dialectOf(db: Knex): Dialect {
  const client = db.client.config.client as string;
  return client === 'pg' || client === 'postgres' || client === 'postgresql' ? 'postgres' : 'sqlite';
}

/** SQLite stores booleans as 0/1; PostgreSQL as true/false. */
export function toBool(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 't';
}

/** SQLite runs one writer at a time, so its pool is one connection; PostgreSQL gets a real pool. */
export function connectionSettings(
  database: { client: 'pg'; url: string; poolMax: number } | { client: 'sqlite3'; file: string },
): Knex.Config {
  if (database.client === 'pg') {
    return {
      client: 'pg',
      connection: database.url,
      pool: { min: 0, max: database.poolMax },
    };
  }
  return {
    client: 'sqlite3',
    connection: { filename: database.file },
    useNullAsDefault: true,
    pool: {
      min: 1,
      max: 1,
      afterCreate(conn: Database, done: (err: Error | null, conn: unknown) => void) {
        cacheStatements(conn);
        // WAL keeps readers unblocked by the writer and survives a killed process;
        // foreign keys are off by default in SQLite; the busy timeout covers a second process.
        conn.exec('PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;', (err) =>
          done(err, conn),
        );
      },
    },
  };
}

/**
 * Runs independent queries of one transaction and returns their results in order. On SQLite they
 * go to the driver together: node-sqlite3 hands each to a worker thread, and the hand-over, not
 * the query, is most of a small query's cost (docs/BENCHMARKS.md "HTTP"), so four reads cost about one.
 * A pg client runs one query at a time and deprecates overlapping calls, so there they run in
 * turn. Either way every query has settled before this returns or throws, so none is still running
 * when the transaction commits or rolls back.
 */
export async function together<T extends readonly unknown[]>(
  db: Knex,
  queries: { readonly [K in keyof T]: () => PromiseLike<T[K]> },
): Promise<T> {
  if (dialectOf(db) === 'postgres') {
    const results: unknown[] = [];
    for (const query of queries) results.push(await query());
    return results as unknown as T;
  }
  const settled = await Promise.allSettled(queries.map((query) => query()));
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

/**
 * SQL for the day number (days since 1970-01-01, as `toDayNumber` in src/calendar/dates.ts) of a
 * 'YYYY-MM-DD' text column; null stays null. `column` is trusted SQL.
 */
export function dayNumberSql(db: Knex, column: string): string {
  return dialectOf(db) === 'postgres'
    ? `(cast(${column} as date) - date '1970-01-01')`
    : `cast(julianday(${column}) - 2440587.5 as integer)`;
}

/** Median and other percentiles are computed in SQL where the engine can, else by the caller. */
export function supportsPercentiles(db: Knex): boolean {
  return dialectOf(db) === 'postgres';
}

/**
 * The SQL of a continuous percentile (linear interpolation between ranks, as PostgreSQL's
 * percentile_cont) of a numeric expression, as a grouped aggregate; null where the engine has
 * none, and the caller fetches the column and uses src/performance/kpis/percentiles.ts, which
 * interpolates the same way.
 */
export function percentileSql(db: Knex, fraction: number, expression: string): string | null {
  if (!supportsPercentiles(db)) return null;
  if (!(fraction >= 0 && fraction <= 1))
    throw new RangeError(`percentile fraction must be 0–1, got ${fraction}`);
  return `percentile_cont(${fraction}) within group (order by ${expression})`;
}

/** Rows affected by an update or delete, as both drivers report it through knex. */
export function affectedRows(result: unknown): number {
  return typeof result === 'number' ? result : Array.isArray(result) ? result.length : 0;
}

/**
 * True when a write failed on a unique constraint (SQLite SQLITE_CONSTRAINT "UNIQUE constraint
 * failed", PostgreSQL SQLSTATE 23505), so that a race the code's own check could not see becomes
 * a 409, not a 500.
 */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  if (!e) return false;
  if (e.code === '23505') return true;
  return e.code === 'SQLITE_CONSTRAINT' && typeof e.message === 'string' && e.message.includes('UNIQUE');
}

/**
 * The rows a worker claims inside its transaction: on PostgreSQL `FOR UPDATE SKIP LOCKED`, so that the
 * workers of several instances take different rows instead of waiting for (or deadlocking on) one
 * another's; SQLite has one writer at a time and no row locks, so there is nothing to add.
 */
export function skippingLocked(db: Knex, query: Knex.QueryBuilder): Knex.QueryBuilder {
  return dialectOf(db) === 'postgres' ? query.forUpdate().skipLocked() : query;
}

/**
 * `expression` (trusted SQL) compared byte by byte, whatever the database's collation: SQLite's
 * default (BINARY) already does; PostgreSQL's databases sort by their locale unless told "C".
 */
export function binaryCollated(db: Knex, expression: string): string {
  return dialectOf(db) === 'postgres' ? `${expression} collate "C"` : expression;
}

/**
 * Runs reads in one transaction where PostgreSQL neither JIT-compiles them nor starts parallel workers.
 * Two kinds of read need it: those made of many small index lookups (correlated subqueries, each
 * cheap), whose estimated cost runs to millions, which switches JIT on (seconds of compiling for a
 * 200 ms read at 100× history) and a worker for a few thousand rows; and the reports' scans of the
 * whole history, where compiling a wide CASE cost more than running it (the coverage report's priced
 * stretches: 1.8 s of JIT in a 4 s statement at 100×) and the workers each redo a hashed subquery
 * while the report's other reads already keep the cores busy (docs/BENCHMARKS.md "The coverage
 * report's plans on PostgreSQL"). SQLite has neither; its reads run as they are.
 */
export async function withPlainPlans<T>(db: Knex, work: (db: Knex) => Promise<T>): Promise<T> {
  if (dialectOf(db) !== 'postgres') return work(db);
  return db.transaction(async (trx) => {
    await trx.raw(
      "select set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)",
    );
    return work(trx);
  });
}
