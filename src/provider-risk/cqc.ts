import type { Queryable } from '../db/connect';
import type { CqcRating } from '../providers/model';

/**
 * Each provider's CQC overall rating in force, the one place the provider-risk RAG reads CQC status
 * from (docs/provider-risk.md). Today that is the provider's own record (kept up to date by an admin
 * or by CQC rating evidence); when ratings move to a dated register, only this function changes.
 */
export async function currentCqcOverall(
  db: Queryable,
  providerIds: readonly number[],
): Promise<Map<number, CqcRating>> {
  const rows = await db('providers').whereIn('id', providerIds).select('id', 'cqc_overall');
  return new Map(rows.map((r) => [Number(r.id), r.cqc_overall as CqcRating]));
}
