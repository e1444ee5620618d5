/**
 * The provider-risk rule (docs/provider-risk.md; docs/specification/quality-and-performance.md §7.7):
 * a provider's month is red, amber or green from its CQC rating, its safeguarding concerns and
 * upheld complaints in the month, and the size of its service. Pure: no SQL, no clock.
 */
import type { ProviderRiskRule } from '../config-provider-risk';
import { RISK_REASONS, type ProviderRiskView, type RiskInputs, type RiskRag, type RiskReason } from './model';

/**
 * Upheld complaints per 100 weekly hours held, the service counted as at least `minHours` so that
 * one complaint does not turn a very small service red.
 * Example: 2 upheld, 400 h held → 0.5; 1 upheld, 10 h held (minHours 50) → 2.
 */
export function complaintsPer100Hours(inputs: RiskInputs, rule: ProviderRiskRule): number {
  const hours = Math.max(inputs.weeklyMinutesHeld / 60, rule.minHours);
  return (inputs.upheldComplaints * 100) / hours;
}

/**
 * Every reason the month calls for, worst first; green when there is none.
 * Example: Requires improvement and one concern raised → amber for both reasons.
 */
export function rateProviderRisk(
  inputs: RiskInputs,
  rule: ProviderRiskRule,
): { rag: RiskRag; reasons: RiskReason[] } {
  const reasons: RiskReason[] = [];
  const add = (code: RiskReason['code'], rag: RiskReason['rag']) => reasons.push({ code, rag });
  const rate = complaintsPer100Hours(inputs, rule);
  if (inputs.cqcOverall === 'inadequate') add('cqc-inadequate', 'red');
  if (inputs.substantiatedConcerns >= rule.redSubstantiated) add('safeguarding-substantiated', 'red');
  if (inputs.safeguardingConcerns >= rule.redConcerns) add('safeguarding-concerns', 'red');
  else if (inputs.safeguardingConcerns >= rule.amberConcerns) add('safeguarding-concerns', 'amber');
  if (rate >= rule.redComplaintsPer100h) add('complaints-rate', 'red');
  else if (rate >= rule.amberComplaintsPer100h) add('complaints-rate', 'amber');
  if (inputs.cqcOverall === 'requires-improvement') add('cqc-requires-improvement', 'amber');
  reasons.sort((a, b) => RANK[a.rag] - RANK[b.rag]);
  return { rag: reasons[0]?.rag ?? 'green', reasons };
}

const RANK: Record<RiskRag, number> = { red: 0, amber: 1, green: 2 };

/**
 * The "desktop review or visit" list: red and amber providers (as overridden, where they were),
 * most severe first: red before amber, then more red reasons, then the gravest reason (in the order
 * of RISK_REASONS: CQC Inadequate first), then more reasons, then the larger service (more people
 * affected), then by name.
 */
export function reviewList(ratings: readonly ProviderRiskView[]): ProviderRiskView[] {
  const reds = (r: ProviderRiskView) => r.reasons.filter((x) => x.rag === 'red').length;
  const gravest = (r: ProviderRiskView) =>
    r.reasons.length === 0 ? RISK_REASONS.length : RISK_REASONS.indexOf(r.reasons[0]!.code);
  return ratings
    .filter((r) => r.rag !== 'green')
    .sort(
      (a, b) =>
        RANK[a.rag] - RANK[b.rag] ||
        reds(b) - reds(a) ||
        gravest(a) - gravest(b) ||
        b.reasons.length - a.reasons.length ||
        b.inputs.weeklyMinutesHeld - a.inputs.weeklyMinutesHeld ||
        a.providerName.localeCompare(b.providerName),
    );
}
