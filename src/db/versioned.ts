import type { Queryable } from './connect';

/**
 * Reference data kept in memory while its version token is unchanged. Every write to the tracked
 * tables sets a new random token in data_versions, in the writer's own transaction
 * (migrations/20261207200100_create_data_versions.ts has the triggers and the tables each name covers),
 * so several instances on one PostgreSQL see one another's changes, and a rolled-back write leaves
 * behind a token nobody will see again.
 */
export type VersionedData = 'provider-needs';

/**
 * The token as a scalar subquery, to select beside another read's columns: the check then costs no
 * statement of its own. Read it before the data it guards (as a column of an earlier statement),
 * so that data read afterwards is never older than the token it is kept under.
 */
export function versionToken(db: Queryable, name: VersionedData) {
  return db('data_versions').where({ name }).select('token');
}

/**
 * A loader that reads again only when the token differs from the one its copy was read under.
 * Tokens are random, so one loader may serve several databases (a test run's) without mixing them:
 * a token never names two different states of the data. A failed read is not kept.
 */
export function versionedCache<T>(load: (db: Queryable) => Promise<T>) {
  let held: { token: string; value: Promise<T> } | undefined;
  return (db: Queryable, token: string | null | undefined): Promise<T> => {
    if (!token) return load(db);
    if (held?.token === token) return held.value;
    const entry = { token, value: load(db) };
    held = entry;
    entry.value.catch(() => {
      if (held === entry) held = undefined;
    });
    return entry.value;
  };
}
