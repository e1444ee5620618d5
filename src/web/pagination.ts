import { pageLink } from './sorting';

/** The page number a query asks for: 1 unless a whole number from 1 to 10,000 is given. */
export function pageNumber(value: unknown): number {
  return Math.max(1, Math.min(10_000, Number.parseInt(typeof value === 'string' ? value : '', 10) || 1));
}

/**
 * Pagination links (govukPagination) keeping the page's other query values: the first, the last and
 * the two either side of the current page, with ellipses between.
 */
export function pagination(list: {
  path: string;
  values: Record<string, string | undefined>;
  page: number;
  total: number;
  pageSize: number;
}) {
  const { path, values, page, total, pageSize } = list;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const link = (n: number) => pageLink(path, values, { page: n === 1 ? undefined : String(n) });
  return {
    pages,
    previous: page > 1 ? { href: link(page - 1) } : undefined,
    next: page < pages ? { href: link(page + 1) } : undefined,
    items: Array.from({ length: pages }, (_, i) => i + 1)
      .filter((n) => n === 1 || n === pages || Math.abs(n - page) <= 2)
      .flatMap((n, i, shown) => [
        ...(i > 0 && n - shown[i - 1]! > 1 ? [{ ellipsis: true }] : []),
        { number: n, href: link(n), current: n === page },
      ]),
  };
}
