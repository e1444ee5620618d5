import { describe, expect, it } from 'vitest';
import { careStartOverdue, careStartOverdueCutoff } from './care-start-overdue';

describe('careStartOverdue', () => {
  const awarded = { status: 'awarded', agreedStart: '2026-01-12', careStartedOn: null };

  it('flags an award with no start confirmed two days after the agreed start', () => {
    expect(careStartOverdue(awarded, '2026-01-13')).toBe(false);
    expect(careStartOverdue(awarded, '2026-01-14')).toBe(true);
    expect(careStartOverdue(awarded, '2026-02-01')).toBe(true);
  });

  it('leaves alone care that started, and packages not awarded', () => {
    expect(careStartOverdue({ ...awarded, careStartedOn: '2026-01-12' }, '2026-01-20')).toBe(false);
    expect(careStartOverdue({ ...awarded, status: 'active' }, '2026-01-20')).toBe(false);
    expect(careStartOverdue({ ...awarded, agreedStart: null }, '2026-01-20')).toBe(false);
  });

  it('gives the cut-off a query can use', () => {
    expect(careStartOverdueCutoff('2026-03-01')).toBe('2026-02-27');
  });
});
