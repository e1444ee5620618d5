import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RateCard } from '../pricing/rate-card';
import { calculatePayments, type CareStretch } from './calculate';

const cards: RateCard[] = [
  { appliesFrom: '2025-04-01', rates: { urban: 2000, fringe: 2200, rural: 2400, isolated: 2600 } },
  { appliesFrom: '2026-04-01', rates: { urban: 2100, fringe: 2300, rural: 2500, isolated: 2700 } },
];
const terms = { cards, negotiated: new Map() };
const stretch = (over: Partial<CareStretch>): CareStretch => ({
  packageId: 1,
  packageReference: 'SU-1',
  providerId: 7,
  providerName: 'Seven Care',
  fundingStream: 'council',
  band: 'urban',
  weeklyMinutes: 600,
  from: '2026-03-01',
  to: null,
  ...over,
});

describe('calculatePayments', () => {
  it('clips to the period, splits at the uplift and rounds once per rate', () => {
    const { rows, totals } = calculatePayments(
      [stretch({ from: '2026-03-20', to: '2026-04-05' })],
      {
        from: '2026-03-25',
        to: '2026-04-30',
      },
      terms,
    );
    expect(rows[0]).toMatchObject({ firstDay: '2026-03-25', lastDay: '2026-04-05', days: 12, hours: 17.14 });
    // 2,000 × 600 × 7 / 420 = 20,000; 2,100 × 600 × 5 / 420 = 15,000
    expect(rows[0]!.rates.map((r) => [r.days, r.amountPence])).toEqual([
      [7, 20_000],
      [5, 15_000],
    ]);
    expect(totals.all).toEqual({ rows: 1, hours: 17.14, amountPence: 35_000 });
  });

  it('pays nothing before the first rate card: earlier care was the old framework’s', () => {
    const { rows } = calculatePayments(
      [stretch({ from: '2019-06-01', to: '2025-04-07' })],
      { from: '2025-01-01', to: '2025-04-30' },
      terms,
    );
    expect(rows[0]).toMatchObject({ firstDay: '2025-04-01', lastDay: '2025-04-07', days: 7 });
    expect(
      calculatePayments([stretch({ from: '2025-01-01' })], { from: '2025-01-01', to: '2025-03-31' }, terms)
        .rows,
    ).toEqual([]);
  });

  it('makes one row per provider and package, paying a day covered twice once', () => {
    const { rows } = calculatePayments(
      [stretch({ from: '2026-03-01', to: '2026-03-10' }), stretch({ from: '2026-03-10', to: '2026-03-12' })],
      { from: '2026-03-01', to: '2026-03-31' },
      terms,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.days).toBe(12);
  });

  it('adds up: rows to their rates, totals to their rows, streams to the total', () => {
    const day = fc.integer({ min: 0, max: 400 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(day, day, fc.integer({ min: 15, max: 3000 })), { maxLength: 8 }),
        (specs) => {
          const base = Date.parse('2025-06-01T00:00:00Z');
          const iso = (d: number) => new Date(base + d * 86_400_000).toISOString().slice(0, 10);
          const stretches = specs.map(([a, b, minutes], i) =>
            stretch({
              packageId: i + 1,
              from: iso(Math.min(a, b)),
              to: iso(Math.max(a, b)),
              weeklyMinutes: minutes,
            }),
          );
          const p = calculatePayments(stretches, { from: iso(0), to: iso(400) }, terms);
          expect(p.totals.all.amountPence).toBe(p.rows.reduce((s, r) => s + r.amountPence, 0));
          for (const r of p.rows) expect(r.amountPence).toBe(r.rates.reduce((s, x) => s + x.amountPence, 0));
          const streams = Object.values(p.totals.byFundingStream).reduce((s, t) => s + t.amountPence, 0);
          expect(streams).toBe(p.totals.all.amountPence);
        },
      ),
    );
  });
});
