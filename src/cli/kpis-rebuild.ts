import { SYSTEM_ACTOR } from '../auth/roles';
import { loadConfig } from '../config';
import { connect } from '../db/connect';
import { rebuildKpiAggregates } from '../performance/kpis/aggregates/rebuild';
import { rebuildVisitAggregates } from '../visits/aggregates/rebuild';

// npm run kpis:rebuild
// Recomputes every day of the KPIs' daily aggregates from the recorded events (offers, awards,
// hand-backs), then every day of the visit KPIs' daily aggregate from the visit records, and moves
// each fold's watermark to now, each in one audited transaction. The KPI report, the visit KPIs
// and the score run fold what changed since the watermarks themselves; this is for after a repair
// of stored events or visits, or to check the aggregates (docs/quality-score.md "Aggregates",
// docs/visits.md "Aggregate").
const config = loadConfig();
const db = connect(config.database);
try {
  const started = Date.now();
  const result = await rebuildKpiAggregates({ db, config, actor: SYSTEM_ACTOR, now: started });
  process.stdout.write(
    `KPI aggregates rebuilt: ${result.days} days, folded to ${new Date(result.foldedTo).toISOString()} ` +
      `in ${Date.now() - started} ms.\n`,
  );
  const visitsStarted = Date.now();
  const visits = await rebuildVisitAggregates({
    db,
    actor: SYSTEM_ACTOR,
    now: visitsStarted,
    settings: config.performance.visits,
  });
  process.stdout.write(
    `Visit aggregate rebuilt: ${visits.days} days, folded to ${new Date(visits.foldedTo).toISOString()} ` +
      `in ${Date.now() - visitsStarted} ms.\n`,
  );
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
