import { describe, expect, it } from 'vitest';
import { pageNumber, pagination } from './pagination';

describe('pagination', () => {
  it('links the first, the last and two either side of the page, keeping the query', () => {
    const links = pagination({
      path: '/staff/queue',
      values: { view: 'needs-action' },
      page: 6,
      total: 1_000,
      pageSize: 100,
    });
    expect(links.pages).toBe(10);
    expect(links.previous?.href).toBe('/staff/queue?view=needs-action&page=5');
    expect(links.items.map((i) => ('ellipsis' in i ? '…' : i.number))).toEqual([
      1,
      '…',
      4,
      5,
      6,
      7,
      8,
      '…',
      10,
    ]);
    expect(links.items.find((i) => 'current' in i && i.current)).toMatchObject({ number: 6 });
  });

  it('has one page and no links when everything fits', () => {
    const links = pagination({ path: '/staff/packages', values: {}, page: 1, total: 0, pageSize: 25 });
    expect(links).toMatchObject({ pages: 1, previous: undefined, next: undefined });
  });

  it('reads a page number from the query, 1 when it is missing or not a number', () => {
    expect([pageNumber('3'), pageNumber(undefined), pageNumber('x'), pageNumber('-2')]).toEqual([3, 1, 1, 1]);
  });
});
