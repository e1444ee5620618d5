/**
 * A report in the format asked for: JSON (the report itself), CSV (one row per zone or provider ×
 * zone, then the total rows) or GeoJSON (zone features with flat properties). `format=` wins over
 * the Accept header.
 */
import { reply, type HttpReply } from '../http/route';
import { CSV_CONTENT_TYPE, toCsv } from './csv';
import { COVERAGE_HEADERS, flattenArea } from './flatten';
import { flattenProviderRow, PROVIDER_HEADERS, type ProviderRowInput } from './flatten-providers';
import { featureCollection, GEOJSON_CONTENT_TYPE } from './geojson';
import type { CoverageReport } from './model';
import type { ProviderReport } from './provider-report';
import type { ReportFormat } from './schemas';
import type { ZoneGeometry } from './zone-geometry';

const BY_MEDIA_TYPE: Record<string, ReportFormat> = {
  'application/json': 'json',
  'text/csv': 'csv',
  'application/geo+json': 'geojson',
};

export function chooseFormat(
  explicit: ReportFormat | undefined,
  accepts: (types: string[]) => string | false,
): ReportFormat {
  if (explicit) return explicit;
  const best = accepts(Object.keys(BY_MEDIA_TYPE));
  return best ? (BY_MEDIA_TYPE[best] ?? 'json') : 'json';
}

const csvReply = (body: string, name: string) =>
  reply(200, body, {
    contentType: CSV_CONTENT_TYPE,
    headers: { 'Content-Disposition': `attachment; filename="${name}.csv"` },
  });

export async function renderCoverage(
  report: CoverageReport,
  format: ReportFormat,
  geometry: () => Promise<ZoneGeometry>,
): Promise<CoverageReport | HttpReply> {
  if (format === 'json') return report;
  if (format === 'csv') {
    const rows = [...report.zones, report.county].map((r) => Object.values(flattenArea(r)));
    return csvReply(toCsv(COVERAGE_HEADERS, rows), `zone-coverage_${report.period.from}_${report.period.to}`);
  }
  const collection = featureCollection(
    report.zones.map((z) => ({ zoneId: z.area.id, properties: flattenArea(z) })),
    await geometry(),
    {
      period: report.period,
      asOf: report.asOf,
      frameworkAsAt: report.frameworkAsAt,
      ragThresholds: report.ragThresholds,
      county: flattenArea(report.county),
    },
  );
  return reply(200, JSON.stringify(collection), { contentType: GEOJSON_CONTENT_TYPE });
}

/** Provider × zone rows first, in the report's order, then each provider's all-zones row (CSV only). */
function providerRows(report: ProviderReport): { zones: ProviderRowInput[]; totals: ProviderRowInput[] } {
  return {
    zones: report.providers.flatMap((p) =>
      p.zones.map((z) => ({ provider: p.provider, zone: z.zone, role: z.role, kpis: z.kpis })),
    ),
    totals: report.providers.map((p) => ({ provider: p.provider, zone: null, role: null, kpis: p.allZones })),
  };
}

export async function renderProviders(
  report: ProviderReport,
  format: ReportFormat,
  geometry: () => Promise<ZoneGeometry>,
): Promise<ProviderReport | HttpReply> {
  if (format === 'json') return report;
  const { zones, totals } = providerRows(report);
  if (format === 'csv') {
    const rows = [...zones, ...totals].map((r) => Object.values(flattenProviderRow(r)));
    return csvReply(toCsv(PROVIDER_HEADERS, rows), `provider-kpis_${report.period.from}_${report.period.to}`);
  }
  const collection = featureCollection(
    zones.map((r) => ({
      id: `${r.provider.id}:${r.zone!.id}`,
      zoneId: r.zone!.id,
      properties: flattenProviderRow(r),
    })),
    await geometry(),
    { period: report.period, asOf: report.asOf },
  );
  return reply(200, JSON.stringify(collection), { contentType: GEOJSON_CONTENT_TYPE });
}
