import { describe, expect, it } from 'vitest';
import { compareBeforeAfter, type ComparedReferral } from './before-after';

const referral = (requestedOn: string, waitDays: number | null, band = 'urban'): ComparedReferral => ({
  requestedOn,
  waitDays,
  zoneId: 'charnwood-north',
  band,
  source: 'baseline',
});

describe('compareBeforeAfter', () => {
  it('splits referrals at the day and gives the median, 90th percentile and counts of each side', () => {
    const result = compareBeforeAfter(
      [
        referral('2021-01-01', 2),
        referral('2021-02-01', 4),
        referral('2021-03-01', null),
        referral('2021-11-01', 1, 'rural'),
      ],
      '2021-11-01',
    );
    expect(result.all.before).toEqual({
      referrals: 3,
      placed: 2,
      unplaced: 1,
      medianDays: 3,
      p90Days: 3.8,
      fromBaseline: 3,
      fromService: 0,
    });
    expect(result.all.after).toMatchObject({ referrals: 1, placed: 1, medianDays: 1 });
    expect(result.byBand.rural!.before).toMatchObject({ referrals: 0, medianDays: null });
    expect(Object.keys(result.byZone)).toEqual(['charnwood-north']);
  });
});
