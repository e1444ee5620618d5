import type { Knex } from 'knex';

// The last day of care of an ended package (the `endedOn` an officer gives), so that payments can
// be priced day by day (docs/payments.md). Until now it was kept only in the audit row; packages
// ended before this take it from there, else from the England-ish (UTC) day they were closed.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('packages', (t) => {
    t.string('care_ended_on', 10).nullable();
  });
  const ended = await knex('packages').where({ status: 'ended' }).select('id', 'closed_at', 'updated_at');
  for (const row of ended) {
    const audit = await knex('audit_events')
      .where({ entity_type: 'package', entity_id: String(row.id), action: 'package.end' })
      .orderBy('id', 'desc')
      .first('after_json');
    const endedOn = endedOnFrom(audit?.after_json);
    const fallback = new Date(Number(row.closed_at ?? row.updated_at)).toISOString().slice(0, 10);
    await knex('packages')
      .where({ id: row.id })
      .update({ care_ended_on: endedOn ?? fallback });
  }
}

function endedOnFrom(json: string | null | undefined): string | null {
  if (!json) return null;
  try {
    const value = (JSON.parse(json) as { endedOn?: unknown }).endedOn;
    return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
  } catch {
    return null;
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('packages', (t) => {
    t.dropColumn('care_ended_on');
  });
}
