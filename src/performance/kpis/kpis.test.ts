import { describe, expect, it } from 'vitest';
import { awardKpis, pickedUpWithinTarget, type AwardEvent } from './kpis';

const targets = { urgent: 0, standard: 2 };
const at = (s: string) => Date.parse(s);

describe('pick-up within target', () => {
  it('means the same calendar day in England for urgent packages', () => {
    const urgent = { urgency: 'hospital-discharge', openedAt: at('2026-03-10T16:00:00Z') };
    expect(pickedUpWithinTarget({ ...urgent, awardedAt: at('2026-03-10T23:59:00Z') }, targets)).toBe(true);
    expect(pickedUpWithinTarget({ ...urgent, awardedAt: at('2026-03-11T00:01:00Z') }, targets)).toBe(false);
    // In summer 23:30 UTC is already the next day in England.
    const summer = { urgency: 'urgent', openedAt: at('2026-07-10T16:00:00Z') };
    expect(pickedUpWithinTarget({ ...summer, awardedAt: at('2026-07-10T23:30:00Z') }, targets)).toBe(false);
  });

  it('means by the end of the second day after intake for standard packages', () => {
    const standard = { urgency: 'standard', openedAt: at('2026-03-10T09:00:00Z') };
    expect(pickedUpWithinTarget({ ...standard, awardedAt: at('2026-03-12T23:00:00Z') }, targets)).toBe(true);
    expect(pickedUpWithinTarget({ ...standard, awardedAt: at('2026-03-13T08:00:00Z') }, targets)).toBe(false);
  });
});

describe('awardKpis', () => {
  const award = (overrides: Partial<AwardEvent>): AwardEvent => ({
    openedAt: at('2026-03-02T09:00:00Z'),
    awardedAt: at('2026-03-02T11:00:00Z'),
    urgency: 'standard',
    agreedStart: '2026-03-05',
    careStartedOn: null,
    cancelledBeforeStart: false,
    ...overrides,
  });

  it('reports pick-up time, starts by the agreed date, and judges only starts that are due', () => {
    const events = [
      award({ careStartedOn: '2026-03-05' }), // on time, 3 days after award
      award({ awardedAt: at('2026-03-02T13:00:00Z'), careStartedOn: '2026-03-07' }), // late
      award({ awardedAt: at('2026-03-06T09:00:00Z') }), // 4 days: outside target; not started, agreed date passed
      award({ agreedStart: '2026-03-20' }), // not due yet
      award({ cancelledBeforeStart: true }), // cancelled by the council: not judged
    ];
    const k = awardKpis(events, targets, '2026-03-10');
    expect(k.pickUp).toEqual({
      awarded: 5,
      medianHours: 2,
      p90Hours: 59.2,
      withinTarget: 4,
      withinTargetPct: 80,
    });
    expect(k.careStart).toEqual({
      started: 2,
      medianDaysFromAward: 4,
      judged: 3,
      startedByAgreedDate: 1,
      startedByAgreedDatePct: 33.3,
    });
  });
});
