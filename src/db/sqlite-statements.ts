import type { Database, Statement } from 'sqlite3';

/**
 * knex runs every query through `Database#all` or `Database#run`, which prepare, step and finalize
 * a new statement each time: three round trips to the driver's worker thread. Keeping prepared
 * statements by SQL text makes a repeated query one round trip (the step), which is most of a
 * query's cost on a small machine (docs/BENCHMARKS.md "Simulation"). SQLite re-prepares a statement
 * itself when the schema changes, so migrations need no special care.
 *
 * node-sqlite3 runs the calls made on one statement one after another, each binding its own
 * parameters, and resets the statement before each, so a cached statement is safe to reuse even
 * while an earlier call on it is still queued.
 */
export const STATEMENT_CACHE_SIZE = 500;

type Callback = (this: Statement, err: Error | null, result?: unknown) => void;

export function cacheStatements(connection: Database, capacity = STATEMENT_CACHE_SIZE): void {
  // Most recently used last, so the first entry is the one to let go.
  const cache = new Map<string, Statement>();

  const cached = (sql: string): Statement | undefined => {
    const statement = cache.get(sql);
    if (statement) {
      cache.delete(sql);
      cache.set(sql, statement);
    }
    return statement;
  };

  const remember = (sql: string, statement: Statement) => {
    cache.set(sql, statement);
    if (cache.size > capacity) {
      const [oldest, dropped] = cache.entries().next().value as [string, Statement];
      cache.delete(oldest);
      dropped.finalize();
    }
  };

  // A statement whose call failed (a constraint, say) is not kept: the next call prepares afresh.
  const forget = (sql: string, statement: Statement) => {
    if (cache.get(sql) === statement) cache.delete(sql);
    statement.finalize();
  };

  const call = (method: 'all' | 'run') =>
    function (sql: string, params: unknown[], callback: Callback) {
      const hit = cached(sql);
      if (hit) {
        hit[method](params, function (this: Statement, err: Error | null, result?: unknown) {
          if (err) forget(sql, hit);
          callback.call(this, err, result);
        });
        return connection;
      }
      // Wait for the prepare: node-sqlite3 never answers the calls queued on a statement that
      // failed to prepare (a syntax error, an unknown column).
      const statement = connection.prepare(sql, (prepareError: Error | null) => {
        if (prepareError) {
          statement.finalize();
          callback.call(statement, prepareError);
          return;
        }
        // Two first uses of the same SQL at once: the first one prepared is kept, the other let go.
        const keep = !cache.has(sql);
        if (keep) remember(sql, statement);
        statement[method](params, function (this: Statement, err: Error | null, result?: unknown) {
          if (!keep || err) forget(sql, statement);
          callback.call(this, err, result);
        });
      });
      return connection;
    };

  const close = connection.close.bind(connection);
  Object.assign(connection, {
    all: call('all'),
    run: call('run'),
    close(callback?: (err: Error | null) => void) {
      for (const statement of cache.values()) statement.finalize();
      cache.clear();
      return close(callback);
    },
  });
}
