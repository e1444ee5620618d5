import { describe, expect, it } from 'vitest';
import { noticeTerms, rebrokerOpensOn, startAfterNotice } from './notice';

const rules = { noticeDays: 28, rebrokerLeadDays: null };

describe('noticeTerms', () => {
  it('needs no approval for 28 days notice and re-brokers at once by default', () => {
    expect(noticeTerms({ reason: 'staffing', noticeDate: '2026-02-02', today: '2026-01-05', rules })).toEqual(
      {
        approval: 'not-needed',
        rebrokerOpensOn: '2026-01-05',
      },
    );
  });

  it('holds shorter notice for a commissioner, unless the reason is safety or a provider exit', () => {
    const short = { noticeDate: '2026-02-01', today: '2026-01-05', rules };
    expect(noticeTerms({ ...short, reason: 'travel' }).approval).toBe('pending');
    expect(noticeTerms({ ...short, reason: 'safety' }).approval).toBe('not-needed');
    expect(noticeTerms({ ...short, reason: 'provider-exit' }).approval).toBe('not-needed');
  });
});

describe('rebrokerOpensOn', () => {
  it('opens the lead time before the notice date, never before today', () => {
    const lead = { noticeDays: 28, rebrokerLeadDays: 14 };
    expect(rebrokerOpensOn('2026-02-02', '2026-01-05', lead)).toBe('2026-01-19');
    expect(rebrokerOpensOn('2026-01-10', '2026-01-05', lead)).toBe('2026-01-05');
  });
});

describe('startAfterNotice', () => {
  it('moves a start before the day after the notice date to that day', () => {
    expect(startAfterNotice('2026-01-20', '2026-02-02')).toBe('2026-02-03');
    expect(startAfterNotice('2026-03-01', '2026-02-02')).toBe('2026-03-01');
    expect(startAfterNotice('2026-01-20', null)).toBe('2026-01-20');
  });
});
