/**
 * The commissioners' reports (src/reports) on the simulated year, as the API would serve them:
 * the zone coverage report and the provider KPI report, each as JSON and CSV.
 */
import { coverageReport } from '../../reports/coverage-report';
import { toCsv } from '../../reports/csv';
import { COVERAGE_HEADERS, flattenArea } from '../../reports/flatten';
import { flattenProviderRow, PROVIDER_HEADERS, type ProviderRowInput } from '../../reports/flatten-providers';
import type { CoverageReport } from '../../reports/model';
import { providerReport, type ProviderReport } from '../../reports/provider-report';
import type { Services } from '../../services';

/** What the reports read: the database, the configuration and the zones' facts. */
type ReportDeps = Pick<Services, 'db' | 'config' | 'zoneFacts'>;

export interface ReportFiles<T> {
  json: T;
  csv: string;
}

/** The period is the simulated days, both included; the reports are as at the end of the run. */
export function reportWhen(from: string, to: string, end: number) {
  return { from, to, asOf: new Date(end).toISOString() };
}

export async function coverageFiles(
  services: ReportDeps,
  when: { from: string; to: string; asOf: string },
  end: number,
): Promise<ReportFiles<CoverageReport>> {
  const report = await coverageReport(services, when, end);
  const rows = [...report.zones, report.county].map((r) => Object.values(flattenArea(r)));
  return { json: report, csv: toCsv(COVERAGE_HEADERS, rows) };
}

export async function providerFiles(
  services: ReportDeps,
  when: { from: string; to: string; asOf: string },
  end: number,
): Promise<ReportFiles<ProviderReport>> {
  const report = await providerReport(services, when, end, undefined);
  // As GET /reports/providers?format=csv: provider × zone rows, then each provider over all its zones.
  const zones: ProviderRowInput[] = report.providers.flatMap((p) =>
    p.zones.map((z) => ({ provider: p.provider, zone: z.zone, role: z.role, kpis: z.kpis })),
  );
  const totals: ProviderRowInput[] = report.providers.map((p) => ({
    provider: p.provider,
    zone: null,
    role: null,
    kpis: p.allZones,
  }));
  const rows = [...zones, ...totals].map((r) => Object.values(flattenProviderRow(r)));
  return { json: report, csv: toCsv(PROVIDER_HEADERS, rows) };
}
