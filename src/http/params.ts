import { z } from 'zod';

/**
 * A record's id in a path or query string: a positive integer that fits PostgreSQL's `integer`
 * (int4), so that a larger one is a 400 naming the field, never a database error.
 */
export const Id = z.coerce.number().int().positive().max(2_147_483_647);

/** The params of a route or page about one record: `/…/:id`. */
export const IdParams = z.object({ id: Id });

/** A list's sort direction, in a query string or a page's address. */
export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];
