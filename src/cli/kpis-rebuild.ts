import { SYSTEM_ACTOR } from '../auth/roles';
import { loadConfig } from '../config';
import { connect } from '../db/connect';
import { rebuildKpiAggregates } from '../performance/kpis/aggregates/rebuild';

// npm run kpis:rebuild
// Recomputes every day of the KPIs' daily aggregates from the recorded events (offers, awards,
// hand-backs) and moves the fold's watermark to now, in one audited transaction. The KPI report
// and the score run fold the events since the watermark themselves; this is for after a repair
// of stored events, or to check the aggregates (docs/quality-score.md "Aggregates").
const config = loadConfig();
const db = connect(config.database);
try {
  const started = Date.now();
  const result = await rebuildKpiAggregates({ db, config, actor: SYSTEM_ACTOR, now: started });
  process.stdout.write(
    `KPI aggregates rebuilt: ${result.days} days, folded to ${new Date(result.foldedTo).toISOString()} ` +
      `in ${Date.now() - started} ms.\n`,
  );
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
