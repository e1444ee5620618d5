/**
 * Tables sorted on the server through links (the GOV.UK sortable table pattern without a script):
 * each column header links to the same page, with every filter kept, sorted by that column; the
 * current column's link turns the order round and its header carries aria-sort.
 */
import type { SortOrder } from '../http/params';

export type QueryValues = Record<string, string | undefined>;

/** A link to a page with some of its query changed (blank values left out). */
export function pageLink(path: string, base: QueryValues, change: QueryValues = {}): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...base, ...change })) if (v) query.set(k, v);
  const qs = query.toString();
  return `${path}${qs ? `?${qs}` : ''}`;
}

/** Each column header's link and its aria-sort, by column key. */
export function sortColumns<K extends string>(table: {
  path: string;
  base: QueryValues;
  keys: readonly K[];
  current: { key: K | undefined; order: SortOrder };
  firstOrder: (key: K) => SortOrder;
}): Record<K, { href: string; ariaSort: 'ascending' | 'descending' | 'none' }> {
  const { key: sortKey, order } = table.current;
  const columns = table.keys.map((key) => {
    const current = key === sortKey;
    const next: SortOrder = current ? (order === 'asc' ? 'desc' : 'asc') : table.firstOrder(key);
    return [
      key,
      {
        href: pageLink(table.path, table.base, { sort: key, order: next }),
        ariaSort: current ? (order === 'asc' ? 'ascending' : 'descending') : 'none',
      },
    ] as const;
  });
  return Object.fromEntries(columns) as Record<
    K,
    { href: string; ariaSort: 'ascending' | 'descending' | 'none' }
  >;
}
