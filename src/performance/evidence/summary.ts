/**
 * Each provider's quality evidence as the score reads it
 * (docs/specification/quality-and-performance.md §7.3, §7.5): visit scores, upheld complaints and
 * safeguarding concerns within the score period, and the provider's current overall CQC rating from
 * the ratings register (src/providers/cqc) with its publication date — whenever it was published (a
 * rating stands until the next one). Evidence rows of the old "CQC rating change" kind are not read:
 * recording one writes the register (docs/cqc-ratings.md), which is the one source.
 */
import { addDays, londonDate } from '../../calendar/dates';
import type { Db } from '../../db/connect';
import { providerRatingsFromRegister } from '../../providers/cqc/register';
import { NO_QUALITY_EVIDENCE, type QualityEvidenceSummary } from './model';
import { countsAgainstScore } from './concerns';
import { evidenceFacts, flag, type EvidenceFact } from './queries';

/** Sums evidence rows (visits, upheld complaints, safeguarding concerns) up per provider. */
export function summariseEvidence(rows: readonly EvidenceFact[]): Map<number, QualityEvidenceSummary> {
  const out = new Map<number, QualityEvidenceSummary>();
  for (const r of rows) {
    let s = out.get(r.provider_id);
    if (!s) out.set(r.provider_id, (s = { ...NO_QUALITY_EVIDENCE, visitScores: [] }));
    if (r.kind === 'monitoring-visit') s.visitScores.push(Number(r.visit_score));
    const counted = countsAgainstScore(r.kind, flag(r.upheld));
    if (counted === 'complaint') s.upheldComplaints += 1;
    if (counted === 'safeguarding') s.safeguardingConcerns += 1;
  }
  return out;
}

/**
 * Each provider's quality evidence as it stood at `asOf`: recorded before it and not yet withdrawn,
 * visits, complaints and concerns dated within the `days` before, and the register's overall CQC
 * rating as it stood then.
 */
export async function qualityEvidenceAt(
  db: Db,
  asOf: number,
  days: number,
  providerIds?: readonly number[],
): Promise<Map<number, QualityEvidenceSummary>> {
  const today = londonDate(asOf);
  const rows = await evidenceFacts(db, { asOf, today, since: addDays(today, -days) }, providerIds);
  const out = summariseEvidence(rows);
  const filter = { asOf: { at: asOf, today }, ...(providerIds ? { providerIds } : {}) };
  for (const [providerId, ratings] of await providerRatingsFromRegister(db, filter)) {
    const overall = ratings.overall;
    if (!overall) continue;
    const s = out.get(providerId) ?? { ...NO_QUALITY_EVIDENCE, visitScores: [] };
    out.set(providerId, { ...s, cqcRating: overall.rating, cqcRatedOn: overall.publishedOn });
  }
  return out;
}
