import { describe, expect, it } from 'vitest';
import { addHandBack, isWithoutNotice, type GivenHandBack } from './hand-backs';
import { EMPTY_HAND_BACKS } from './kpis';

// 2026-01-05 10:00 in England.
const GIVEN = Date.UTC(2026, 0, 5, 10);
const handBack = (over: Partial<GivenHandBack>): GivenHandBack => ({
  givenAt: GIVEN,
  reason: 'staffing',
  noticeDate: '2026-02-02',
  approval: 'not-needed',
  weeklyMinutes: 600,
  ...over,
});

describe('isWithoutNotice', () => {
  it('is true for notice sooner than the default period, approved or not', () => {
    expect(isWithoutNotice(handBack({ noticeDate: '2026-01-12', approval: 'pending' }), 28)).toBe(true);
    expect(isWithoutNotice(handBack({ noticeDate: '2026-02-01', approval: 'approved' }), 28)).toBe(true);
  });

  it('is false for the full notice period or longer', () => {
    expect(isWithoutNotice(handBack({ noticeDate: '2026-02-02' }), 28)).toBe(false);
    expect(isWithoutNotice(handBack({ noticeDate: '2026-03-01' }), 28)).toBe(false);
  });

  it('is false for safety and for a provider leaving the market, however short the notice', () => {
    expect(isWithoutNotice(handBack({ reason: 'safety', noticeDate: '2026-01-06' }), 28)).toBe(false);
    expect(isWithoutNotice(handBack({ reason: 'provider-exit', noticeDate: '2026-01-06' }), 28)).toBe(false);
  });

  it('counts a refused short notice, whose stored date the refusal moved to the full period', () => {
    expect(isWithoutNotice(handBack({ noticeDate: '2026-02-02', approval: 'refused' }), 28)).toBe(true);
  });

  it('does not judge a hand-back recorded before notice dates were', () => {
    expect(isWithoutNotice(handBack({ noticeDate: null, approval: 'not-needed' }), 28)).toBe(false);
  });

  it('follows the configured notice period', () => {
    expect(isWithoutNotice(handBack({ noticeDate: '2026-01-12' }), 7)).toBe(false);
    expect(isWithoutNotice(handBack({ noticeDate: '2026-01-11' }), 7)).toBe(true);
  });
});

describe('addHandBack', () => {
  it('adds to the count, hours, reason and, when short, the hand-backs without notice', () => {
    const agg = { ...EMPTY_HAND_BACKS, byReason: {} };
    addHandBack(agg, handBack({ noticeDate: '2026-01-12' }), 28);
    addHandBack(agg, handBack({ reason: 'safety', noticeDate: '2026-01-06', weeklyMinutes: 120 }), 28);
    addHandBack(agg, handBack({}), 28);
    expect(agg).toEqual({
      count: 3,
      weeklyMinutes: 1320,
      byReason: { staffing: { count: 2, weeklyMinutes: 1200 }, safety: { count: 1, weeklyMinutes: 120 } },
      withoutNotice: 1,
    });
  });
});
