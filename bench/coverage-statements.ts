/**
 * The coverage report's SQL statements one by one, on PostgreSQL: each statement the report issues
 * (captured from knex), run alone with EXPLAIN (ANALYZE) so that its server time, planning time and
 * any JIT show; the slowest first. Used to find which statement costs the server its time.
 *
 *   DATABASE_URL=postgres://…/db npx tsx bench/coverage-statements.ts [--from 2025-01-01 --to 2025-12-31] [--plans]
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { manualClock } from '../src/clock';
import { coverageReport } from '../src/reports/coverage-report';
import { buildServices } from '../src/services';
import { oneConnection } from './lib/one-connection';

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    plans: { type: 'boolean', default: false },
    /** Settings for the explaining session, e.g. --set jit=off --set max_parallel_workers_per_gather=0. */
    set: { type: 'string', multiple: true, default: [] },
  },
});
/** The end of the benchmark's history year, as bench/pages.ts serves it. */
const NOW = Date.parse('2026-01-01T02:30:00Z');

const { config, db } = oneConnection();
if (config.database.client !== 'pg') throw new Error('PostgreSQL only: set DATABASE_URL');
const services = buildServices({ db, config, clock: manualClock(NOW) });
const statements: { sql: string; bindings: readonly unknown[] }[] = [];
db.on('query', (q: { sql: string; bindings?: readonly unknown[] }) => {
  // Transaction control and withPlainPlans's settings are not explained (pass them as --set).
  if (/^(begin|commit|rollback|savepoint|release)|set_config/i.test(q.sql.trim())) return;
  statements.push({ sql: q.sql, bindings: q.bindings ?? [] });
});

try {
  const when = values.from && values.to ? { from: values.from, to: values.to } : {};
  await coverageReport(services, when, NOW);
  db.removeAllListeners('query');
  // The captured text is PostgreSQL's ($1, $2 …), so it is explained on a plain client, not through knex.
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  for (const setting of values.set) {
    const [name, value] = setting.split('=');
    await client.query('select set_config($1, $2, false)', [name, value]);
  }
  const timed: { ms: number; jitMs: number; planMs: number; sql: string; plan: string }[] = [];
  for (const { sql, bindings } of statements) {
    const { rows } = (await client.query(`explain (analyze, timing off, format json) ${sql}`, [
      ...bindings,
    ])) as {
      rows: {
        'QUERY PLAN': [
          {
            'Execution Time': number;
            'Planning Time': number;
            JIT?: { Functions: number; Timing?: { Total: number } };
          },
        ];
      }[];
    };
    const [plan] = rows[0]!['QUERY PLAN'];
    const text = values.plans
      ? (
          (await client.query(`explain (analyze, buffers, timing off) ${sql}`, [...bindings])) as {
            rows: { 'QUERY PLAN': string }[];
          }
        ).rows
          .map((r) => r['QUERY PLAN'])
          .join('\n')
      : '';
    timed.push({
      ms: plan['Execution Time'],
      planMs: plan['Planning Time'],
      jitMs: plan.JIT?.Timing?.Total ?? plan.JIT?.Functions ?? 0,
      sql,
      plan: text,
    });
  }
  await client.end();
  timed.sort((a, b) => b.ms - a.ms);
  for (const t of timed) {
    console.log(
      `--- execution ${t.ms.toFixed(0)} ms, planning ${t.planMs.toFixed(0)} ms, JIT ${t.jitMs.toFixed(0)} ms\n${t.sql.slice(0, 300)}`,
    );
    if (t.plan) console.log(t.plan);
  }
  console.log(
    `total execution ${timed.reduce((s, t) => s + t.ms, 0).toFixed(0)} ms over ${timed.length} statements`,
  );
} finally {
  await db.destroy();
}
