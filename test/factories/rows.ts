import type { Queryable } from '../../src/db/connect';

/** Inserts one row and returns its id (on both engines). */
export async function insertId(db: Queryable, table: string, row: Record<string, unknown>): Promise<number> {
  const [inserted] = await db(table).insert(row).returning('id');
  return (inserted as { id: number }).id;
}
