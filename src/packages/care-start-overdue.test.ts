import { describe, expect, it } from 'vitest';
import { careStartOverdue, careStartOverdueCutoff } from './care-start-overdue';

describe('careStartOverdue', () => {
  const awarded = { status: 'awarded', agreedStart: '2026-01-12', wantedStart: '2026-01-05' };

  it('flags an award with no start confirmed the given days after the agreed start', () => {
    expect(careStartOverdue(awarded, '2026-01-13', 2)).toBe(false);
    expect(careStartOverdue(awarded, '2026-01-14', 2)).toBe(true);
    expect(careStartOverdue(awarded, '2026-01-13', 1)).toBe(true);
    expect(careStartOverdue(awarded, '2026-02-01', 2)).toBe(true);
  });

  it('falls back to the wanted start when no start was agreed', () => {
    expect(careStartOverdue({ ...awarded, agreedStart: null }, '2026-01-07', 2)).toBe(true);
    expect(careStartOverdue({ ...awarded, agreedStart: null }, '2026-01-06', 2)).toBe(false);
  });

  it('leaves alone care that started, and packages not awarded', () => {
    expect(careStartOverdue({ ...awarded, status: 'active' }, '2026-01-20', 2)).toBe(false);
    expect(careStartOverdue({ ...awarded, status: 'brokering' }, '2026-01-20', 2)).toBe(false);
  });

  it('gives the cut-off a query can use', () => {
    expect(careStartOverdueCutoff('2026-03-01', 2)).toBe('2026-02-27');
  });
});
