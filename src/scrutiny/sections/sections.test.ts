import { describe, expect, it } from 'vitest';
import { buildComplaints } from './complaints';
import type { FundingStream } from '../../packages/model';
import { buildBeforeAndAfter } from './before-and-after';
import { buildCostAgainstBudget } from './cost-against-budget';

describe('scrutiny sections', () => {
  it('counts complaints by district, with a row for those recorded without one, and a total', () => {
    const section = buildComplaints({
      byDistrict: [
        { district: 'E07000130', complaints: 3, upheldComplaints: 2, safeguardingConcerns: 1 },
        { district: null, complaints: 1, upheldComplaints: 1, safeguardingConcerns: 0 },
      ],
    });
    const rows = section.table.rows;
    expect(rows).toHaveLength(7 + 1 + 1); // seven districts, not recorded, all
    expect(rows.find((r) => r[0] === 'Charnwood')).toEqual(['Charnwood', '3', '2', '1']);
    expect(rows.find((r) => r[0] === 'Melton')).toEqual(['Melton', '0', '0', '0']);
    expect(rows.at(-2)).toEqual(['District not recorded', '1', '1', '0']);
    expect(rows.at(-1)).toEqual(['All districts', '4', '3', '1']);
  });

  it('leaves out the "not recorded" row when every complaint has its district', () => {
    const rows = buildComplaints({ byDistrict: [] }).table.rows;
    expect(rows.map((r) => r[0])).not.toContain('District not recorded');
    expect(rows.at(-1)).toEqual(['All districts', '0', '0', '0']);
  });
});

describe('cost against budget section', () => {
  it('shows each stream against its budget, and says where no budget is set', () => {
    const stream = (fundingStream: FundingStream, budgetPence: number | null, committedPence: number) => ({
      fundingStream,
      budgetPence,
      budgetVersion: budgetPence === null ? null : 1,
      spentPence: committedPence / 2,
      projectedPence: committedPence / 2,
      committedPence,
      headroomPence: budgetPence === null ? null : budgetPence - committedPence,
    });
    const section = buildCostAgainstBudget({
      financialYear: 2026,
      from: '2026-04-01',
      to: '2027-03-31',
      day: '2026-10-01',
      method: 'the method',
      streams: [stream('council', 100_000_00, 120_000_00), stream('chc', null, 10_000_00)],
      total: {
        budgetPence: 100_000_00,
        spentPence: 65_000_00,
        projectedPence: 65_000_00,
        committedPence: 130_000_00,
        headroomPence: -30_000_00,
      },
    });
    expect(section.table.rows[0]).toEqual([
      'Council (adult social care)',
      '£100,000.00',
      '£60,000.00',
      '£120,000.00',
      '-£20,000.00',
    ]);
    expect(section.table.rows[1]![1]).toBe('No budget set');
    expect(section.table.rows.at(-1)![0]).toBe('All funding streams');
    expect(section.title).toBe('Cost against budget');
    expect(section.notes).toEqual(['the method']);
  });
});

describe('before and after section', () => {
  it('gives each band and the county before and after, with the counts behind them', () => {
    const figures = (referrals: number, medianDays: number | null) => ({
      referrals,
      placed: referrals,
      unplaced: 0,
      medianDays,
      p90Days: medianDays,
      fromBaseline: referrals,
      fromService: 0,
    });
    const section = buildBeforeAndAfter({
      date: '2021-11-01',
      all: { before: figures(3, 4), after: figures(2, 1.5) },
      byBand: { rural: { before: figures(3, 4), after: figures(2, 1.5) } },
      byZone: {},
    });
    expect(section.table.rows).toEqual([
      ['Rural', '3', '4', '4', '2', '1.5', '1.5'],
      ['County', '3', '4', '4', '2', '1.5', '1.5'],
    ]);
    expect(section.notes[0]).toContain('Before: 3 referrals from the old framework');
  });
});
