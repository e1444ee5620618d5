import type { Queryable } from './connect';

/**
 * Reference data kept in memory while its version token is unchanged. Every write to the tracked
 * tables sets a new random token in data_versions, in the writer's own transaction
 * (migrations/20261207200100_create_data_versions.ts and 20261210400100_track_provider_versions.ts have
 * the triggers and the tables each name covers),
 * so several instances on one PostgreSQL see one another's changes, and a rolled-back write leaves
 * behind a token nobody will see again.
 */
export type VersionedData = 'provider-needs' | 'scores' | 'capacity' | 'providers';

/**
 * The tokens of several kinds of data in one statement. Read them before the data they guard, in the
 * same transaction, so that data read afterwards is never older than the token it is kept under. A
 * name without a row gets no token, so its data is read every time.
 */
export async function versionTokens<N extends VersionedData>(
  db: Queryable,
  names: readonly N[],
): Promise<Record<N, string | null>> {
  const rows: { name: N; token: string }[] = await db('data_versions')
    .whereIn('name', names)
    .select('name', 'token');
  const tokens = Object.fromEntries(names.map((name) => [name, null])) as Record<N, string | null>;
  for (const row of rows) tokens[row.name] = row.token;
  return tokens;
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
