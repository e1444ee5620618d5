import type { TestDatabase } from '../helpers/db';

/**
 * A change log of a test database: triggers on every table note each inserted, updated or deleted
 * row in `test_change_log`, inside the writing transaction, so a rolled-back write leaves no note
 * and a committed one always does. "This rejected request changed nothing" is then one cheap query
 * (the log did not grow), where comparing table contents would cost tens of milliseconds a request
 * on PostgreSQL. The log names the table and operation for a readable failure.
 */
export interface ChangeLog {
  tables: string[];
  /** The position of the log now. */
  mark(): Promise<number>;
  /** The row changes committed since a mark, as 'INSERT packages', 'UPDATE offers', … */
  since(mark: number): Promise<string[]>;
}

const LOG = 'test_change_log';

export async function installChangeLog(database: TestDatabase): Promise<ChangeLog> {
  const { db } = database;
  const postgres = database.engine === 'postgres';
  const tables = (
    postgres
      ? ((await db.raw(`select tablename as name from pg_tables where schemaname = 'public'`)).rows as {
          name: string;
        }[])
      : ((await db.raw(`select name from sqlite_master where type = 'table'`)) as { name: string }[])
  )
    .map((t) => t.name)
    .filter((name) => !name.startsWith('knex_') && !name.startsWith('sqlite_') && name !== LOG)
    .sort();
  await db.schema.createTable(LOG, (t) => {
    t.increments('id').primary();
    t.string('tbl', 80).notNullable();
    t.string('op', 10).notNullable();
  });
  if (postgres) {
    await db.raw(`
      CREATE FUNCTION test_change_note() RETURNS trigger AS $$
      BEGIN INSERT INTO ${LOG} (tbl, op) VALUES (TG_TABLE_NAME, TG_OP); RETURN NULL; END;
      $$ LANGUAGE plpgsql`);
    for (const table of tables) {
      await db.raw(
        `CREATE TRIGGER test_change_note AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION test_change_note()`,
      );
    }
  } else {
    for (const table of tables) {
      for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
        await db.raw(
          `CREATE TRIGGER "test_change_${op.toLowerCase()}_${table}" AFTER ${op} ON "${table}" BEGIN INSERT INTO ${LOG} (tbl, op) VALUES ('${table}', '${op}'); END`,
        );
      }
    }
  }
  return {
    tables,
    async mark() {
      const row = await db(LOG).max({ id: 'id' }).first();
      return Number(row?.id ?? 0);
    },
    async since(mark) {
      const rows: { tbl: string; op: string }[] = await db(LOG)
        .where('id', '>', mark)
        .orderBy('id')
        .select('tbl', 'op');
      return rows.map((r) => `${r.op} ${r.tbl}`);
    },
  };
}
