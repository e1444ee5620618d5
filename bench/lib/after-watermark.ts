/**
 * A clock for benchmark calls on a database whose KPI aggregates may already be folded: every call a
 * second after the last, starting no earlier than the fold's watermark, since the aggregates answer
 * only at or after it and an earlier instant reads the events instead (docs/quality-score.md
 * "Aggregates"). `foldedTo` is 0 on a database never folded.
 */
import type { Queryable } from '../../src/db/connect';

export async function clockAfterWatermark(db: Queryable, start: number) {
  const foldedTo = Number((await db('kpi_fold_state').first('folded_to'))?.folded_to ?? 0);
  let clock = Math.max(start, foldedTo);
  return { foldedTo, next: () => (clock += 1_000) };
}
