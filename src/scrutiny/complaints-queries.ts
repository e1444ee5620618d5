/**
 * Complaints and safeguarding concerns by district (docs/specification/quality-and-performance.md
 * §7.6): counts only, from the quality evidence recorded against providers. The district is the
 * one recorded with the complaint (where the care was given); complaints of the earlier,
 * detail-less kind have none and are counted as "district not recorded".
 */
import type { Db } from '../db/connect';

export interface DistrictConcerns {
  /** The district's ONS code; null where none was recorded. */
  district: string | null;
  complaints: number;
  upheldComplaints: number;
  safeguardingConcerns: number;
}

const COMPLAINT_KINDS = ['complaint', 'upheld-complaint'];

/**
 * Complaints (and whether upheld) and safeguarding concerns dated within the period, as known at
 * `asOf`: recorded before it and not withdrawn by then (as the quality score reads evidence).
 */
export async function concernsByDistrict(
  db: Db,
  window: { from: string; to: string; asOf: number },
): Promise<DistrictConcerns[]> {
  const rows = (await db('quality_evidence')
    .where('recorded_at', '<', window.asOf)
    .where((q) => q.whereNull('withdrawn_at').orWhere('withdrawn_at', '>=', window.asOf))
    .whereBetween('occurred_on', [window.from, window.to])
    .whereIn('kind', [...COMPLAINT_KINDS, 'safeguarding-concern'])
    .groupBy('district', 'kind', 'upheld')
    .select('district', 'kind', 'upheld')
    .count({ n: '*' })) as { district: string | null; kind: string; upheld: unknown; n: number | string }[];
  const out = new Map<string | null, DistrictConcerns>();
  for (const r of rows) {
    const key = r.district ?? null;
    let d = out.get(key);
    if (!d)
      out.set(key, (d = { district: key, complaints: 0, upheldComplaints: 0, safeguardingConcerns: 0 }));
    const n = Number(r.n);
    if (r.kind === 'safeguarding-concern') d.safeguardingConcerns += n;
    else {
      d.complaints += n;
      // SQLite answers a boolean as 0/1, PostgreSQL as true/false.
      if (r.upheld) d.upheldComplaints += n;
    }
  }
  return [...out.values()];
}
