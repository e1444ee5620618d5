import { describe, expect, it } from 'vitest';
import { buildComplaints } from './complaints';

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
