import { describe, expect, it } from 'vitest';
import { summariseEvidence } from './summary';

const row = (
  kind: 'monitoring-visit' | 'complaint' | 'upheld-complaint' | 'safeguarding-concern' | 'cqc-rating',
  occurredOn: string,
  extra: { visit_score?: number; cqc_rating?: 'good' | 'inadequate'; upheld?: boolean | number } = {},
) => ({
  provider_id: 7,
  kind,
  occurred_on: occurredOn,
  visit_score: extra.visit_score ?? null,
  cqc_rating: extra.cqc_rating ?? null,
  upheld: extra.upheld ?? null,
});

describe('summariseEvidence', () => {
  it('counts visits, complaints and concerns, and leaves CQC rating rows to the register', () => {
    const summary = summariseEvidence([
      row('cqc-rating', '2025-01-10', { cqc_rating: 'inadequate' }),
      row('monitoring-visit', '2026-02-01', { visit_score: 64 }),
      row('upheld-complaint', '2026-02-03'),
      row('cqc-rating', '2026-02-05', { cqc_rating: 'good' }),
      row('safeguarding-concern', '2026-02-06'),
      row('monitoring-visit', '2026-02-09', { visit_score: 80 }),
    ]).get(7);
    expect(summary).toEqual({
      visitScores: [64, 80],
      cqcRating: null,
      cqcRatedOn: null,
      upheldComplaints: 1,
      safeguardingConcerns: 1,
    });
  });

  it('counts upheld complaints and every safeguarding concern not found unsubstantiated', () => {
    const summary = summariseEvidence([
      row('complaint', '2026-02-01', { upheld: true }),
      row('complaint', '2026-02-02', { upheld: 0 }),
      row('upheld-complaint', '2026-02-03', { upheld: 1 }),
      row('safeguarding-concern', '2026-02-04'),
      row('safeguarding-concern', '2026-02-05', { upheld: false }),
      row('safeguarding-concern', '2026-02-06', { upheld: true }),
    ]).get(7);
    expect(summary).toMatchObject({ upheldComplaints: 2, safeguardingConcerns: 2 });
  });

  it('has no entry for a provider without evidence', () => {
    expect(summariseEvidence([]).size).toBe(0);
  });
});
