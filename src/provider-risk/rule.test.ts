import { describe, expect, it } from 'vitest';
import type { ProviderRiskRule } from '../config-provider-risk';
import type { ProviderRiskView, RiskInputs } from './model';
import { complaintsPer100Hours, rateProviderRisk, reviewList } from './rule';

const rule: ProviderRiskRule = {
  redSubstantiated: 1,
  redConcerns: 3,
  amberConcerns: 1,
  redComplaintsPer100h: 2,
  amberComplaintsPer100h: 0.5,
  minHours: 50,
};

const quiet: RiskInputs = {
  cqcOverall: 'good',
  complaints: 0,
  upheldComplaints: 0,
  safeguardingConcerns: 0,
  substantiatedConcerns: 0,
  packagesHeld: 20,
  weeklyMinutesHeld: 400 * 60,
};

describe('rateProviderRisk', () => {
  it('is green for a rated provider with no concerns in the month', () => {
    expect(rateProviderRisk(quiet, rule)).toEqual({ rag: 'green', reasons: [] });
    expect(rateProviderRisk({ ...quiet, cqcOverall: 'not-yet-rated' }, rule).rag).toBe('green');
  });

  it('is red for an Inadequate provider, and amber for Requires improvement', () => {
    expect(rateProviderRisk({ ...quiet, cqcOverall: 'inadequate' }, rule)).toEqual({
      rag: 'red',
      reasons: [{ code: 'cqc-inadequate', rag: 'red' }],
    });
    expect(rateProviderRisk({ ...quiet, cqcOverall: 'requires-improvement' }, rule)).toEqual({
      rag: 'amber',
      reasons: [{ code: 'cqc-requires-improvement', rag: 'amber' }],
    });
  });

  it('is amber for a safeguarding concern raised, red when one is substantiated or several are raised', () => {
    expect(rateProviderRisk({ ...quiet, safeguardingConcerns: 1 }, rule).rag).toBe('amber');
    expect(rateProviderRisk({ ...quiet, safeguardingConcerns: 1, substantiatedConcerns: 1 }, rule)).toEqual({
      rag: 'red',
      reasons: [
        { code: 'safeguarding-substantiated', rag: 'red' },
        { code: 'safeguarding-concerns', rag: 'amber' },
      ],
    });
    expect(rateProviderRisk({ ...quiet, safeguardingConcerns: 3 }, rule).reasons).toEqual([
      { code: 'safeguarding-concerns', rag: 'red' },
    ]);
  });

  it('weighs upheld complaints by the size of the service', () => {
    // 400 h held: 1 upheld is 0.25 per 100 h (green), 2 is 0.5 (amber), 8 is 2 (red).
    expect(rateProviderRisk({ ...quiet, upheldComplaints: 1, complaints: 3 }, rule).rag).toBe('green');
    expect(rateProviderRisk({ ...quiet, upheldComplaints: 2 }, rule).rag).toBe('amber');
    expect(rateProviderRisk({ ...quiet, upheldComplaints: 8 }, rule).rag).toBe('red');
    // A 10-hour service counts as 50 h: one upheld complaint is 2 per 100 h.
    const small = { ...quiet, weeklyMinutesHeld: 600, upheldComplaints: 1 };
    expect(complaintsPer100Hours(small, rule)).toBe(2);
    expect(rateProviderRisk(small, rule).rag).toBe('red');
  });

  it('lists every reason, red ones first', () => {
    const worst = rateProviderRisk(
      { ...quiet, cqcOverall: 'requires-improvement', safeguardingConcerns: 1, upheldComplaints: 8 },
      rule,
    );
    expect(worst.rag).toBe('red');
    expect(worst.reasons.map((r) => r.code)).toEqual([
      'complaints-rate',
      'safeguarding-concerns',
      'cqc-requires-improvement',
    ]);
  });

  it('follows the configured thresholds', () => {
    const lenient = { ...rule, amberConcerns: 2, redSubstantiated: 2 };
    expect(
      rateProviderRisk({ ...quiet, safeguardingConcerns: 1, substantiatedConcerns: 1 }, lenient).rag,
    ).toBe('green');
  });
});

describe('reviewList', () => {
  const view = (name: string, over: Partial<ProviderRiskView>): ProviderRiskView => ({
    providerId: name.length,
    providerName: name,
    month: '2026-01',
    rag: 'green',
    computedRag: 'green',
    reasons: [],
    inputs: quiet,
    computedAt: '2026-02-01T04:00:00.000Z',
    override: null,
    ...over,
  });
  const red = { code: 'cqc-inadequate', rag: 'red' } as const;
  const amber = { code: 'safeguarding-concerns', rag: 'amber' } as const;

  it('holds red and amber providers (as overridden), most severe first, the larger service first on a tie', () => {
    const list = reviewList([
      view('Green', {}),
      view('Amber small', { rag: 'amber', reasons: [amber], inputs: { ...quiet, weeklyMinutesHeld: 60 } }),
      view('Amber large', { rag: 'amber', reasons: [amber] }),
      view('Red twice', { rag: 'red', reasons: [red, { ...red, code: 'complaints-rate' }] }),
      view('Red once', { rag: 'red', reasons: [red, amber] }),
      view('Overridden green', { rag: 'green', computedRag: 'red', reasons: [red] }),
      view('Overridden amber', { rag: 'amber', computedRag: 'green' }),
    ]);
    expect(list.map((r) => r.providerName)).toEqual([
      'Red twice',
      'Red once',
      'Amber large',
      'Amber small',
      'Overridden amber',
    ]);
  });

  it('puts the graver reason first when the counts tie: CQC Inadequate before a complaints rate', () => {
    const rate = { code: 'complaints-rate', rag: 'red' } as const;
    const list = reviewList([
      view('Complaints', { rag: 'red', reasons: [rate], inputs: { ...quiet, weeklyMinutesHeld: 90_000 } }),
      view('Inadequate', { rag: 'red', reasons: [red] }),
    ]);
    expect(list.map((r) => r.providerName)).toEqual(['Inadequate', 'Complaints']);
  });
});
