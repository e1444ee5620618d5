/** The coverage report over HTTP: CSV and GeoJSON with the JSON's figures in flat columns; who may read it; bad input. */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardText } from '../../src/reports/csv';
import { COVERAGE_HEADERS, flattenArea, type Cell } from '../../src/reports/flatten';
import type { AreaReport, CoverageReport } from '../../src/reports/model';
import type { TestContext } from '../helpers/context';
import { coverageCase } from './coverage-case';
import { PERIOD, type ReportHistory } from './history';

/** How a flattened value is written in the CSV, as a string once parsed back. */
function asCsv(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'string') return guardText(value);
  return String(value);
}

describe('GET /reports/coverage: formats, access and input', () => {
  let ctx: TestContext;
  let commissioner: string;
  let history: ReportHistory;
  let report: CoverageReport;
  let bottesford: AreaReport;
  let county: AreaReport;

  beforeAll(async () => {
    ({ ctx, history, commissioner, report, bottesford, county } = await coverageCase());
  });
  afterAll(() => ctx.destroy());

  it('gives one CSV row per zone, then the county, with exactly the JSON’s figures', async () => {
    const res = await ctx.request
      .get(`/reports/coverage?${PERIOD}`)
      .set('Authorization', `Bearer ${commissioner}`)
      .set('Accept', 'text/csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="zone-coverage_2025-12-01_2025-12-31.csv"',
    );
    const text = res.text;
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(1 + 15 + 1); // header, 14 zones, county, and the final line end
    const [header, ...rows] = parse(text, { bom: true }) as string[][];
    expect(header).toEqual(COVERAGE_HEADERS);
    expect(rows).toHaveLength(15);
    const expected = [...report.zones, report.county].map((area) =>
      Object.values(flattenArea(area)).map(asCsv),
    );
    expect(rows).toEqual(expected);
    const bottesfordRow = Object.fromEntries(
      header!.map((h, i) => [h, rows[report.zones.indexOf(bottesford)]![i]]),
    );
    expect(bottesfordRow).toMatchObject({
      zone_name: 'Bottesford',
      placed_weekly_hours: '25',
      supplementary_names: "'=Gamma Care", // guarded against formula injection
      cost_weekly_pence: '51800', // at the rates in force (the December card)
      cost_weekly_gbp: '518',
      rag_overall: 'red',
    });
    expect(rows[14]![0]).toBe('county');
    // format=csv does the same as the Accept header.
    const byParam = await ctx.request
      .get(`/reports/coverage?${PERIOD}&format=csv`)
      .set('Authorization', `Bearer ${commissioner}`);
    expect(byParam.headers['content-type']).toMatch(/^text\/csv/);
  });

  it('gives the 14 zones as GeoJSON features with the JSON’s figures as flat properties', async () => {
    const res = await ctx.request
      .get(`/reports/coverage?${PERIOD}&format=geojson`)
      .set('Authorization', `Bearer ${commissioner}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/geo\+json/);
    const collection = JSON.parse(res.text) as {
      type: string;
      features: {
        type: string;
        id: string;
        geometry: { type: string } | null;
        properties: Record<string, Cell>;
      }[];
      county: Record<string, Cell>;
      period: unknown;
    };
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((f) => f.id)).toEqual(report.zones.map((z) => z.area.id));
    for (const [i, feature] of collection.features.entries()) {
      expect(feature.type).toBe('Feature');
      expect(['Polygon', 'MultiPolygon']).toContain(feature.geometry?.type);
      expect(feature.properties).toEqual(flattenArea(report.zones[i]!));
    }
    expect(collection.features.find((f) => f.id === 'bottesford')!.properties.placed_weekly_hours).toBe(25);
    expect(collection.county).toEqual(flattenArea(county));
    expect(collection.period).toEqual(report.period);
  });

  it('is for officers, commissioners and admins; providers get 403', async () => {
    for (const role of ['officer', 'admin'] as const) {
      const token = await ctx.tokenFor(role);
      expect(
        (await ctx.request.get('/reports/coverage').set('Authorization', `Bearer ${token}`)).status,
      ).toBe(200);
    }
    const provider = await ctx.tokenFor('provider', history.alpha);
    const res = await ctx.request.get('/reports/coverage').set('Authorization', `Bearer ${provider}`);
    expect(res.status).toBe(403);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });

  it('refuses a period that ends before it starts, a future instant and an unknown format, naming the field', async () => {
    const get = (q: string) =>
      ctx.request.get(`/reports/coverage?${q}`).set('Authorization', `Bearer ${commissioner}`);
    const backwards = await get('from=2025-12-31&to=2025-12-01');
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors).toEqual([{ path: 'query.to', message: 'must not be before from' }]);
    const future = await get('asOf=2026-02-01');
    expect(future.status).toBe(400);
    expect(future.body.errors[0].path).toBe('query.asOf');
    const format = await get('format=xlsx');
    expect(format.status).toBe(400);
    expect(format.body.errors[0].path).toBe('query.format');
  });
});
