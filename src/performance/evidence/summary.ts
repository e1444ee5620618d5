/**
 * Each provider's quality evidence as the score reads it
 * (docs/specification/quality-and-performance.md §7.3, §7.5): visit scores, upheld complaints and
 * safeguarding concerns within the score period, and the latest CQC rating whenever it was given (a
 * rating stands until the next one).
 */
import { addDays, londonDate } from '../../calendar/dates';
import type { Db } from '../../db/connect';
import { NO_QUALITY_EVIDENCE, type QualityEvidenceSummary } from './model';
import { countsAgainstScore } from './concerns';
import { evidenceFacts, flag, type EvidenceFact } from './queries';

/**
 * Sums evidence rows up per provider. Rows must come in date order per provider: the last CQC
 * rating seen is the one in force.
 */
export function summariseEvidence(rows: readonly EvidenceFact[]): Map<number, QualityEvidenceSummary> {
  const out = new Map<number, QualityEvidenceSummary>();
  for (const r of rows) {
    let s = out.get(r.provider_id);
    if (!s) out.set(r.provider_id, (s = { ...NO_QUALITY_EVIDENCE, visitScores: [] }));
    if (r.kind === 'monitoring-visit') s.visitScores.push(Number(r.visit_score));
    else if (r.kind === 'cqc-rating') {
      s.cqcRating = r.cqc_rating;
      s.cqcRatedOn = r.occurred_on;
    }
    const counted = countsAgainstScore(r.kind, flag(r.upheld));
    if (counted === 'complaint') s.upheldComplaints += 1;
    if (counted === 'safeguarding') s.safeguardingConcerns += 1;
  }
  return out;
}

/**
 * Each provider's quality evidence as it stood at `asOf`: recorded before it and not yet withdrawn,
 * visits, complaints and concerns dated within the `days` before, and the latest CQC rating.
 */
export async function qualityEvidenceAt(
  db: Db,
  asOf: number,
  days: number,
  providerIds?: readonly number[],
): Promise<Map<number, QualityEvidenceSummary>> {
  const today = londonDate(asOf);
  const rows = await evidenceFacts(db, { asOf, today, since: addDays(today, -days) }, providerIds);
  return summariseEvidence(rows);
}
