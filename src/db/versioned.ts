import type { Queryable } from './connect';

/**
 * Reference data kept in memory while its version token is unchanged. Every write to the tracked
 * tables sets a new random token in data_versions, in the writer's own transaction
 * (migrations/20261207200100_create_data_versions.ts has the triggers and the tables each name covers),
 * so several instances on one PostgreSQL see one another's changes, and a rolled-back write leaves
 * behind a token nobody will see again.
 */
export type VersionedData = 'provider-needs' | 'scores' | 'capacity';

/**
 * The token as a scalar subquery, to select beside another read's columns: the check then costs no
 * statement of its own. Read it before the data it guards (as a column of an earlier statement),
 * so that data read afterwards is never older than the token it is kept under.
 */
export function versionToken(db: Queryable, name: VersionedData) {
  return db('data_versions').where({ name }).select('token');
}

/**
 * Values kept under a version token: each is read once (by the `load` its first caller gives) and
 * served again while the token is unchanged; a new token drops them all. Tokens are random, so one
 * cache may serve several databases (a test run's) without mixing them: a token never names two
 * different states of the data. A failed read is not kept; with no token every call reads. Callers
 * share what is kept, so they must not change it.
 */
export function versionedCache<T>() {
  let held: { token: string; values: Map<string, Promise<T>> } | undefined;
  return (token: string | null | undefined, key: string, load: () => Promise<T>): Promise<T> => {
    if (!token) return load();
    if (held?.token !== token) held = { token, values: new Map() };
    const values = held.values;
    const kept = values.get(key);
    // A read another transaction began and that failed with it is no reason for this one to fail.
    if (kept) return kept.catch(load);
    const value = load();
    values.set(key, value);
    value.catch(() => {
      if (values.get(key) === value) values.delete(key);
    });
    return value;
  };
}
