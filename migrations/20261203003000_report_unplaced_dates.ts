import type { Knex } from 'knex';

/**
 * Reports stored dates outside the years 1900–2200 (a wanted start typed as year 0023 once made
 * every KPI answer 500). Nothing is changed: reads now leave such dates out with a note, and the
 * admin page "Dates that cannot be placed" (/admin/dates) lists the same rows for correction.
 * The column list repeats src/calendar/unplaced-queries.ts, as migrations import no application code.
 */
const COLUMNS: [table: string, column: string][] = [
  ['packages', 'wanted_start'],
  ['brokerage_episodes', 'agreed_start'],
  ['brokerage_episodes', 'care_started_on'],
  ['brokerage_episodes', 'hand_back_notice_date'],
  ['offers', 'proposed_start'],
  ['quality_evidence', 'occurred_on'],
  ['providers', 'admitted_on'],
  ['rate_cards', 'applies_from'],
  ['area_layers', 'applies_from'],
];

export async function up(knex: Knex): Promise<void> {
  for (const [table, column] of COLUMNS) {
    const rows = (await knex(table)
      .whereNotNull(column)
      .where((q) =>
        q
          .where(column, '<', '1900-01-01')
          .orWhere(column, '>', '2200-12-31')
          .orWhereRaw('length(??) <> 10', [column]),
      )
      .select('id', `${column} as value`)) as { id: unknown; value: unknown }[];
    if (rows.length === 0) continue;
    const sample = rows
      .slice(0, 10)
      .map((r) => `${String(r.id)}="${String(r.value)}"`)
      .join(', ');
    console.warn(
      `[migrate] ${rows.length} row(s) of ${table}.${column} hold a date outside 1900–2200 (left out of KPIs and reports; listed at /admin/dates): ${sample}`,
    );
  }
}

export async function down(): Promise<void> {
  // Nothing was changed.
}
