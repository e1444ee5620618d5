import { expect } from 'vitest';
import type { CoverageReport } from '../../src/reports/model';
import { createTestContext } from '../helpers/context';
import { buildReportHistory, PERIOD } from './history';

/**
 * What the coverage report tests share: a fresh database holding the report history, a
 * commissioner's token, and the report of December 2025 as JSON, with its two zones and the county.
 */
export async function coverageCase(options: Parameters<typeof createTestContext>[0] = {}) {
  const ctx = await createTestContext(options);
  const history = await buildReportHistory(ctx.services.db);
  const commissioner = await ctx.tokenFor('commissioner');
  const res = await ctx.request
    .get(`/reports/coverage?${PERIOD}`)
    .set('Authorization', `Bearer ${commissioner}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const report = res.body as CoverageReport;
  const zone = (id: string) => report.zones.find((z) => z.area.id === id)!;
  return {
    ctx,
    history,
    commissioner,
    report,
    bottesford: zone('bottesford'),
    harborough: zone('harborough-rural'),
    county: report.county,
  };
}
