/**
 * Complaints by district (docs/specification/zones-and-bands.md §2.6: the council reports complaints
 * by its seven districts). A zone is not a district: a zone's area may lie across several districts
 * (zones.districts_json lists them), so complaints are counted by the district recorded with each
 * complaint, never shared out from zones.
 */
import { groupedBarSpec } from '../../charts/vega';
import { DISTRICTS } from '../../zones/districts';
import { concernsByDistrict, type DistrictConcerns } from '../complaints-queries';
import { defineSection, figure } from '../model';

export interface ComplaintsData {
  byDistrict: DistrictConcerns[];
}

const NOT_RECORDED = 'District not recorded';

export function buildComplaints({ byDistrict }: ComplaintsData) {
  const find = (code: string | null) =>
    byDistrict.find((d) => d.district === code) ?? {
      district: code,
      complaints: 0,
      upheldComplaints: 0,
      safeguardingConcerns: 0,
    };
  const districts = DISTRICTS.map((d) => ({ name: d.name, ...find(d.code) }));
  const unknown = { name: NOT_RECORDED, ...find(null) };
  const all = unknown.complaints + unknown.safeguardingConcerns > 0 ? [...districts, unknown] : districts;
  const total = (pick: (d: DistrictConcerns) => number) => all.reduce((sum, d) => sum + pick(d), 0);
  const rows = all.map((d) => [
    d.name,
    figure(d.complaints),
    figure(d.upheldComplaints),
    figure(d.safeguardingConcerns),
  ]);
  rows.push([
    'All districts',
    figure(total((d) => d.complaints)),
    figure(total((d) => d.upheldComplaints)),
    figure(total((d) => d.safeguardingConcerns)),
  ]);
  return {
    title: 'Complaints by district',
    summary:
      'Complaints about care and safeguarding concerns recorded against framework providers, dated within the period, by the district where the care was given.',
    table: {
      caption: 'Complaints and safeguarding concerns by district',
      head: ['District', 'Complaints', 'Of which upheld', 'Safeguarding concerns'],
      rows,
      numeric: [false, true, true, true],
    },
    chart: {
      spec: groupedBarSpec({
        atLeast: 5,
        title: 'Complaints by district',
        yTitle: 'Complaints',
        categories: all.map((d) => d.name),
        data: all.flatMap((d) => [
          { category: d.name, series: 'Complaints', value: d.complaints },
          { category: d.name, series: 'Upheld', value: d.upheldComplaints },
        ]),
      }),
      description:
        'Bar chart of complaints and upheld complaints in each district; the table below gives the same figures.',
    },
    notes: [
      'Complaints recorded before districts were kept have none and are counted under "District not recorded". Withdrawn records are not counted.',
    ],
  };
}

export const complaintsSection = defineSection<ComplaintsData>({
  id: 'complaints',
  load: async ({ services, period, now }) => ({
    byDistrict: await concernsByDistrict(services.db, { ...period, asOf: now }),
  }),
  build: buildComplaints,
});
