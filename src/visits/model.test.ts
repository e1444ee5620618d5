import { describe, expect, it } from 'vitest';
import { parseVisitInstant } from './instant';
import { judgeVisit, type VisitRecord } from './model';

const at = (s: string) => Date.parse(s);
const settings = { lateMinutes: 15, shortShare: 0.75 };
const visit = (over: Partial<VisitRecord>): VisitRecord => ({
  plannedStart: at('2026-01-05T09:00:00Z'),
  plannedMinutes: 30,
  actualStart: null,
  actualEnd: null,
  carersPlanned: 1,
  carersPresent: 0,
  ...over,
});

describe('judgeVisit', () => {
  it('marks a visit late past the threshold and short below the share of its planned minutes', () => {
    const j = judgeVisit(
      visit({
        actualStart: at('2026-01-05T09:20:00Z'),
        actualEnd: at('2026-01-05T09:40:00Z'),
        carersPresent: 1,
      }),
      settings,
      at('2026-01-06T00:00:00Z'),
    );
    expect(j).toEqual({
      outcome: 'delivered',
      late: true,
      short: true,
      carerShort: false,
      minutesLate: 20,
      actualMinutes: 20,
    });
  });

  it('is on time at exactly the threshold, and marks a two-carer visit with one carer', () => {
    const j = judgeVisit(
      visit({
        actualStart: at('2026-01-05T09:15:00Z'),
        actualEnd: at('2026-01-05T09:45:00Z'),
        carersPlanned: 2,
        carersPresent: 1,
      }),
      settings,
      at('2026-01-06T00:00:00Z'),
    );
    expect(j).toMatchObject({ late: false, short: false, carerShort: true });
  });

  it('counts a visit nobody attended as missed only once its late threshold has passed', () => {
    expect(judgeVisit(visit({}), settings, at('2026-01-05T09:10:00Z')).outcome).toBe('planned');
    expect(judgeVisit(visit({}), settings, at('2026-01-05T09:16:00Z')).outcome).toBe('missed');
  });
});

describe('parseVisitInstant', () => {
  it('reads offsets, and England wall-clock times in winter and summer', () => {
    expect(parseVisitInstant('2026-01-05T09:00:00+01:00')).toBe(at('2026-01-05T08:00:00Z'));
    expect(parseVisitInstant('2026-01-05 09:00')).toBe(at('2026-01-05T09:00:00Z'));
    expect(parseVisitInstant('2026-07-01T09:00')).toBe(at('2026-07-01T08:00:00Z'));
    // 01:30 on the autumn change happens twice: the first (summer time) is taken.
    expect(parseVisitInstant('2026-10-25 01:30')).toBe(at('2026-10-25T00:30:00Z'));
  });

  it('refuses what is not a time', () => {
    for (const bad of ['05/01/2026 09:00', '2026-02-30 09:00', '2026-01-05 25:00', 'soon', '2026-01-05']) {
      expect(parseVisitInstant(bad)).toBeUndefined();
    }
  });
});
